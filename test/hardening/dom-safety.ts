/**
 * What the hardening suite checks on a rendered page: nothing ran, and nothing in the DOM (light and
 * every shadow root, recursively) could run or load anything: no event-handler attributes, no
 * script-capable URLs, no element that executes, embeds or fetches.
 */

/** Elements that run script, embed documents, load resources or restyle the page. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'image',
  'picture',
  'source',
  'svg',
  'math',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'video',
  'audio',
  'track',
  'noscript',
  'xmp',
  'plaintext',
  'marquee',
  'isindex',
  'keygen',
  'portal',
  'template',
  'title',
  'html',
  'head',
  'body',
]);

/** Attributes whose value is a URL a browser may navigate to, load or submit to. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'background',
  'poster',
  'srcset',
  'ping',
  'cite',
  'longdesc',
  'codebase',
  'lowsrc',
  'dynsrc',
  'manifest',
  'icon',
  'srcdoc',
];

/**
 * The checklist's and the review's charts are SVG drawn by their own templates (shared/chart.ts and the
 * history's trend, checklist-history.ts; never from data): exactly this shape.
 */
const CHART_SVG_ATTRIBUTES = new Set(['class', 'viewBox', 'preserveAspectRatio', 'width', 'height', 'aria-hidden', 'focusable']);
const CHART_RECT_ATTRIBUTES = new Set(['class', 'x', 'y', 'width', 'height', 'fill-opacity']);
const CHART_CLASSES = ['bar', 'swatch', 'trend-chart'];

function isChart(svg: Element): boolean {
  const host = (svg.getRootNode() as ShadowRoot).host;
  if (host?.localName !== 'ladder-checklist' && host?.localName !== 'ladder-review') return false;
  if (!CHART_CLASSES.some((c) => svg.classList.contains(c))) return false;
  if (![...svg.attributes].every((a) => CHART_SVG_ATTRIBUTES.has(a.name))) return false;
  return [...svg.querySelectorAll('*')].every(
    (el) => el.localName === 'rect' && el.children.length === 0 && [...el.attributes].every((a) => CHART_RECT_ATTRIBUTES.has(a.name)),
  );
}

/** A URL as the URL parser reads its scheme: tab, CR and LF removed, leading C0 controls and spaces trimmed. */
function schemeOf(value: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: doing what the URL parser does
  const squeezed = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
}

const describe = (el: Element) => {
  const host = (el.getRootNode() as ShadowRoot).host;
  return `<${el.localName}>${host ? ` in <${host.localName}>` : ''}`;
};

/**
 * Every problem found under `root` (itself included), light DOM and shadow roots. Elements in
 * `ignore` (the page's own, present before the test: html, body, the runner's scripts) are not
 * checked themselves, but whatever was added inside them since is: a test's fixture lives in body.
 */
export function findUnsafe(root: Node, ignore: ReadonlySet<Element> = new Set()): string[] {
  const problems: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element && !ignore.has(node)) {
      const tag = node.localName;
      if (tag === 'svg' && isChart(node)) return;
      if (FORBIDDEN_TAGS.has(tag)) problems.push(`${describe(node)} element`);
      for (const { name, value } of [...node.attributes]) {
        const lower = name.toLowerCase();
        if (lower.startsWith('on')) problems.push(`${lower}="${value}" on ${describe(node)}`);
        if (lower === 'style') problems.push(`style="${value}" on ${describe(node)}`);
        if (URL_ATTRIBUTES.includes(lower) || lower.endsWith(':href')) {
          const scheme = schemeOf(value);
          if (scheme === 'javascript' || scheme === 'data' || scheme === 'vbscript')
            problems.push(`${lower}="${value}" on ${describe(node)}`);
        }
      }
      if (node instanceof HTMLAnchorElement && node.hasAttribute('href') && !['http:', 'https:', 'mailto:'].includes(node.protocol)) {
        problems.push(`<a href="${node.getAttribute('href')}"> resolves to ${node.protocol}`);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return problems;
}

/** The elements present now (the runner's page), to be left out of later walks. */
export function snapshotElements(): Set<Element> {
  return new Set(document.querySelectorAll('*'));
}

/** Makes every way a payload may signal execution set `window.__xss`. Returns the undo. */
export function armXssTrap(): () => void {
  const { alert, prompt, confirm, print } = window;
  const hit = () => {
    window.__xss = 1;
  };
  window.__xss = undefined;
  window.__xssHit = hit;
  window.alert = hit;
  window.prompt = () => {
    hit();
    return null;
  };
  window.confirm = () => {
    hit();
    return false;
  };
  window.print = hit;
  return () => {
    Object.assign(window, { alert, prompt, confirm, print });
    delete window.__xssHit;
    window.__xss = undefined;
  };
}

/** One frame and a short timeout: time for any injected handler (onload, onerror…) to have fired. */
export const afterAFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));

/** Collects uncaught errors and unhandled rejections while a test runs. */
export function watchErrors(): { errors: string[]; restore: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => {
    errors.push(`error: ${e.message}`);
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(`unhandledrejection: ${String(e.reason)}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
