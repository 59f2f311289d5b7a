/**
 * Rich text without a table (a ladder kept as headings and bullets in a wiki page, a document or a
 * Word file) → Markdown: headings, paragraphs, lists with their nesting, quotes. Parsed with parse5
 * (the HTML standard's algorithm, as the compiler's HTML reader), inline content written by that
 * reader's `inlineText`. Tables are the compiler's job (convert.ts sends pages with one there).
 *
 * Word writes list items as paragraphs styled `mso-list:l0 level2` that start with their bullet glyph;
 * they become bullets at that depth. Google Docs wraps the whole clipboard in a `<b>`: wrappers that
 * hold blocks are walked through, not read as text. The walk is iterative over a bounded tree.
 */
import { type DefaultTreeAdapterMap, parse, serializeOuter } from 'parse5';
import { inlineText } from '../markdown/compile/html.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const kids = (n: Node): Node[] => ('childNodes' in n ? (n.childNodes as Node[]) : []);
const SKIP = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'img']);
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'div', 'section', 'article', 'hr']);

/** Inline text on one line: whitespace runs (and the line breaks `inlineText` adds for blocks) become one space. */
const oneLine = (node: Node, skipLists = true): string => inlineText(node, skipLists).replace(/\s+/g, ' ').trim();

const attr = (el: Element, name: string): string => el.attrs.find((a) => a.name === name)?.value ?? '';

/** One table row, cell, list item or block per line (newlines between these tags change nothing HTML reads). */
export function lineUpHtml(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .replace(/<(table|thead|tbody|tfoot|tr|td|th|ul|ol|li|p|h[1-6]|div|br)(?=[\s>/])/gi, '\n<$1')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

const OUTLINE = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li']);

/** Whether the page has headings (below its title) or lists outside its tables: then it is a document, not a table. */
export function hasOutlineOutsideTables(html: string): boolean {
  const stack: Node[] = [parse(html)];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (isElement(n) && n.tagName === 'table') continue;
    if (isElement(n) && (OUTLINE.has(n.tagName) || wordListLevel(n) > 0)) return true;
    for (const c of kids(n)) stack.push(c);
  }
  return false;
}

/** Word's `mso-list:l0 level2 lfo1` → 2; else 0. */
function wordListLevel(el: Element): number {
  const m = /mso-list:\s*l\d+\s+level(\d{1,2})/i.exec(attr(el, 'style'));
  return m ? Number(m[1]) : 0;
}

/** Word's bullet glyph and its spacing at the start of a list paragraph ("·  ", "o ", "1. "). */
const dropGlyph = (text: string): string => text.replace(/^(?:[·•▪o§\-–*]|\d{1,3}[.)]|[a-z][.)])\s+/, '');

/** The elements with a block element somewhere inside: one pass, each ancestor marked once (linear in the tree). */
function blockHolders(root: Node): Set<Node> {
  const holders = new Set<Node>();
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (isElement(n) && BLOCKS.has(n.tagName)) {
      for (let p = n.parentNode as Node | null; p && !holders.has(p); p = (p as Element).parentNode as Node | null) holders.add(p);
    }
    for (const c of kids(n)) stack.push(c);
  }
  return holders;
}

/** Lists nest at most this deep in the Markdown; deeper items stay at this depth. */
const MAX_DEPTH = 8;

function list(el: Element, depth: number, out: string[]): void {
  const deeper = Math.min(depth + 1, MAX_DEPTH);
  for (const li of kids(el)) {
    if (!isElement(li)) continue;
    if (li.tagName === 'ul' || li.tagName === 'ol') {
      list(li, deeper, out);
      continue;
    }
    const text = oneLine(li);
    if (text) out.push(`${'  '.repeat(depth)}* ${text}`);
    for (const c of kids(li)) if (isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')) list(c, deeper, out);
  }
}

/** Markdown for the blocks of an HTML page; '' when it holds no text. */
export function htmlToMarkdown(html: string): string {
  const out: string[] = [];
  const doc = parse(html);
  const holders = blockHolders(doc);
  const stack: Node[] = [...kids(doc)].reverse();
  let inList = false;
  const block = (text: string) => {
    if (inList) out.push('');
    inList = false;
    out.push(text, '');
  };
  while (stack.length) {
    const n = stack.pop() as Node;
    if (n.nodeName === '#text') {
      const t = (n as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ').trim();
      if (t) block(t);
      continue;
    }
    if (!isElement(n) || SKIP.has(n.tagName)) continue;
    const tag = n.tagName;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      const text = oneLine(n);
      if (text) block(`${'#'.repeat(Number(heading[1]))} ${text}`);
    } else if (tag === 'table') {
      block(lineUpHtml(serializeOuter(n)));
    } else if (tag === 'ul' || tag === 'ol') {
      if (!inList && out.length && out.at(-1) !== '') out.push('');
      const items: string[] = [];
      list(n, 0, items);
      out.push(...items, '');
      inList = false;
    } else if (tag === 'p' && wordListLevel(n) > 0) {
      const text = dropGlyph(oneLine(n));
      if (text) {
        if (out.at(-1) === '' && inList) out.pop();
        out.push(`${'  '.repeat(wordListLevel(n) - 1)}* ${text}`, '');
        inList = true;
      }
    } else if (tag === 'blockquote') {
      const text = oneLine(n, false);
      if (text) block(`> ${text}`);
    } else if (tag === 'p' || tag === 'pre' || !holders.has(n)) {
      const text = inlineText(n, false)
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join('\n');
      if (text) block(text);
    } else {
      for (const c of [...kids(n)].reverse()) stack.push(c);
    }
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
