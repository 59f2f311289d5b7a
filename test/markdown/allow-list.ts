/**
 * What the safe Markdown renderer (src/markdown/render.ts) may put in the DOM: a fixed set of
 * elements, each with its own few attributes, and links that lead to http:, https: or mailto: only.
 * Stricter than the hardening walker (test/hardening/dom-safety.ts), which every element's DOM meets.
 */
import { safeHref } from '../../src/markdown/safe-url.js';

const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  p: [],
  em: [],
  strong: [],
  code: [],
  pre: [],
  del: [],
  br: [],
  ul: [],
  ol: ['start'],
  li: [],
  a: ['href', 'rel', 'title'],
  blockquote: [],
  mark: ['part'],
  span: ['part', 'title'],
  hr: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [],
  td: [],
};
const SAFE_SCHEMES = ['http', 'https', 'mailto'];

/** Every element, attribute or link under `root` (not itself) that the renderer must never produce, in words. */
export function outsideAllowList(root: Element): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName;
    const allowed = Object.hasOwn(ALLOWED_ATTRIBUTES, tag) ? ALLOWED_ATTRIBUTES[tag]! : undefined;
    if (!allowed) problems.push(`<${tag}> element`);
    for (const { name, value } of el.attributes)
      if (!allowed?.includes(name)) problems.push(`${name}=${JSON.stringify(value)} on <${tag}>`);
    if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) {
      const href = el.getAttribute('href')!;
      // The href is one safeHref lets through unchanged, and the browser resolves it to a safe scheme.
      if (safeHref(href) === undefined) problems.push(`<a href=${JSON.stringify(href)}> is not a safe href`);
      if (!SAFE_SCHEMES.includes(el.protocol.slice(0, -1))) problems.push(`<a href=${JSON.stringify(href)}> resolves to ${el.protocol}`);
      // What the URL parser sees as a scheme: tab/CR/LF removed, C0 controls and spaces trimmed.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: trimming them as the URL parser does
      const scheme = /^([a-z][a-z\d+.-]*):/i.exec(href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''));
      if (scheme && !SAFE_SCHEMES.includes(scheme[1]!.toLowerCase()))
        problems.push(`<a href=${JSON.stringify(href)}> has scheme ${scheme[1]}`);
    }
  }
  return problems;
}
