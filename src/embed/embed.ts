/**
 * The iframe page (dist/embed.html) for hosts that only allow iframes. Runs at load: reads the page's
 * URL (the parameters are ./embed-params.ts) and shows the element, or the problems with the URL.
 * Sends its settled height to the parent (./embed-size.ts) and listens to embed-host.js there
 * (./embed-messages.ts). Gives each view a document title and an h1 (./embed-title.ts). No inline
 * script or style, so it runs under a strict CSP.
 */

import { embedStrings as T } from '../i18n/embed.js';
import { HELLO_MESSAGE, HOST_MESSAGE, httpUrl } from './embed-messages.js';
import { parseEmbedParams, type View } from './embed-params.js';
import { reportHeight } from './embed-size.js';
import { updateTitle } from './embed-title.js';

export { RESIZE_MESSAGE } from './embed-messages.js';

const EXAMPLES: Record<View, string> = {
  card: 'embed.html?view=card&ladder=engineering&level=L4',
  compare: 'embed.html?view=compare&ladder=engineering&levels=L3,L4&mode=delta',
  checklist: 'embed.html?view=checklist&ladder=engineering&level=L4&storage-key=team-a',
};
const PROBLEM_HEADING = T.embedProblemHeading;

function showProblems(root: HTMLElement, problems: string[], view: View | undefined): void {
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const list = document.createElement('ul');
  for (const problem of problems) {
    const li = document.createElement('li');
    li.textContent = problem;
    list.append(li);
  }
  const help = document.createElement('p');
  help.textContent = T.embedExample(EXAMPLES[view ?? 'card']);
  box.append(list, help);
  root.replaceChildren(box);
}

/**
 * embed-host.js on the parent page answered: the frame is sized to its content (so the comparison
 * need not scroll inside itself), copied links point at the page, and the page's colour scheme
 * applies unless the link set a theme. Only the parent window is listened to.
 */
function listenToHost(el: Element | undefined, themed: boolean, resend: () => void): void {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || window.parent === window) return;
    const data = event.data as { type?: unknown; pageUrl?: unknown; colorScheme?: unknown; reply?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== HOST_MESSAGE) return;
    const html = document.documentElement;
    html.classList.add('auto-size');
    const page = httpUrl(data.pageUrl);
    if (page && el?.localName === 'ladder-level-card') el.setAttribute('page-url', page);
    // An item link to the page (page#L4-item) opens that item here, as it would on the page itself.
    const fragment = page ? new URL(page).hash : '';
    if (fragment && !location.hash) {
      history.replaceState(history.state, '', fragment);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    const words = typeof data.colorScheme === 'string' ? data.colorScheme.split(/\s+/) : [];
    const scheme = words.includes('dark') === words.includes('light') ? undefined : words.includes('dark') ? 'dark' : 'light';
    if (!themed && scheme) {
      html.classList.remove('follow-scheme', 'scheme-light', 'scheme-dark');
      html.classList.add(`scheme-${scheme}`);
    }
    if (data.reply !== true) resend();
  });
}

function start(): void {
  const root = document.getElementById('embed');
  const h1 = document.getElementById('embed-heading');
  if (!root || !h1) return;
  const { config, problems, view, ignored } = parseEmbedParams(location.search, location.href);
  if (ignored.length) console.info(T.embedIgnored(ignored.join(', ')));
  let el: HTMLElement | undefined;
  if (!config) {
    showProblems(root, problems, view);
    updateTitle(h1, undefined, PROBLEM_HEADING);
  } else {
    el = document.createElement(config.tag);
    for (const [name, value] of config.attributes) el.setAttribute(name, value);
    const theme = config.attributes.find(([n]) => n === 'theme')?.[1];
    document.documentElement.classList.add(theme ? `theme-${theme}` : 'follow-scheme');
    root.replaceChildren(el);
  }
  const title = () => updateTitle(h1, el, config ? undefined : PROBLEM_HEADING);
  // The first height goes once the element has rendered (its updateComplete waits for code loaded on demand).
  const rendered = el
    ? customElements.whenDefined(config!.tag).then(() => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)
    : undefined;
  const reporter = reportHeight(title, rendered);
  if (el) {
    // The title follows what the element shows (a level opened from the card, levels added to a comparison).
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        title();
      });
    });
    customElements.whenDefined(config!.tag).then(() => {
      if (el.shadowRoot) observer.observe(el.shadowRoot, { childList: true, subtree: true, characterData: true });
      title();
    });
  }
  listenToHost(el, Boolean(config?.attributes.some(([n]) => n === 'theme')), () => reporter?.resend());
  if (window.parent !== window) window.parent.postMessage({ type: HELLO_MESSAGE }, '*');
}

start();
