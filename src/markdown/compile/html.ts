/**
 * HTML tables, read with parse5 (the HTML standard's parsing algorithm, so unclosed `<li>` and `<td>`
 * end where a browser ends them). A cell's `<li>`s are its items (their nested lists the details);
 * without a list, `<p>` and `<br>` separate items. Lines come from parse5's source locations.
 */
import { type DefaultTreeAdapterMap, parse, parseFragment } from 'parse5';
import type { Grid, GridCell, GridItem } from './tables.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const children = (n: Node): Node[] => ('childNodes' in n ? (n.childNodes as Node[]) : []);
const startLine = (n: Node, base: number): number => (n.sourceCodeLocation?.startLine ?? 1) + base - 1;
const endLine = (n: Node, base: number): number => (n.sourceCodeLocation?.endLine ?? n.sourceCodeLocation?.startLine ?? 1) + base - 1;

/** Inline content as Markdown: text, **strong**, *em*, `code`, [links](href); nested lists left out. */
export function inlineText(node: Node, skipLists = true): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeName === '#text') out.push((n as DefaultTreeAdapterMap['textNode']).value);
    if (!isElement(n)) return;
    const tag = n.tagName;
    if (skipLists && (tag === 'ul' || tag === 'ol')) return;
    if (tag === 'br' || tag === 'p' || tag === 'div' || tag === 'li') out.push('\n');
    const inner = () => children(n).forEach(walk);
    if (tag === 'strong' || tag === 'b') {
      out.push('**');
      inner();
      out.push('**');
    } else if (tag === 'em' || tag === 'i') {
      out.push('*');
      inner();
      out.push('*');
    } else if (tag === 'code') {
      out.push('`');
      inner();
      out.push('`');
    } else if (tag === 'a' && n.attrs.some((a) => a.name === 'href')) {
      out.push('[');
      inner();
      out.push(`](${n.attrs.find((a) => a.name === 'href')?.value ?? ''})`);
    } else if (tag !== 'script' && tag !== 'style' && tag !== 'template') inner();
  };
  children(node).forEach(walk);
  return out.join('');
}

const squash = (text: string): string =>
  text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

function find(node: Node, tags: string[], stopAt: string[] = []): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [];
  for (let i = children(node).length - 1; i >= 0; i--) stack.push(children(node)[i] as Node);
  while (stack.length) {
    const n = stack.pop() as Node;
    if (!isElement(n)) continue;
    if (tags.includes(n.tagName)) out.push(n);
    else if (!stopAt.includes(n.tagName)) {
      const c = children(n);
      for (let i = c.length - 1; i >= 0; i--) stack.push(c[i] as Node);
    }
  }
  return out;
}

function cellOf(cell: Element, base: number): GridCell {
  const line = startLine(cell, base);
  const items: GridItem[] = [];
  const lis = find(cell, ['li'], ['table']);
  const top = lis.filter((li) => {
    for (let p = li.parentNode as Node | null; p && p !== cell; p = (p as Element).parentNode as Node | null)
      if (p.nodeName === 'li') return false;
    return true;
  });
  if (top.length) {
    for (const li of top) {
      const text = squash(inlineText(li)).replace(/\n/g, ' ');
      const details = find(li, ['li'])
        .filter((d) => d !== li)
        .map((d) => squash(inlineText(d)).replace(/\n/g, ' '))
        .filter(Boolean);
      if (text) items.push({ text, line: startLine(li, base), ...(details.length ? { details } : {}) });
    }
  } else {
    const text = squash(inlineText(cell));
    for (const t of text.split('\n')) if (t) items.push({ text: t, line });
  }
  return { text: squash(inlineText(cell, false)).replace(/\n/g, ' '), line, to: endLine(cell, base), items };
}

export function tableGrid(table: Element, base: number, what: string): Grid {
  const rows = find(table, ['tr'], ['table']).map((tr) => find(tr, ['td', 'th'], ['table']).map((c) => cellOf(c, base)));
  return { rows, from: startLine(table, base), to: endLine(table, base), what };
}

export interface Stray {
  line: number;
  what: string;
}

/** Text outside tables (and comments): what the caller reports as ignored. */
function strays(root: Node, base: number, skip: Set<Node>): Stray[] {
  const out: Stray[] = [];
  const stack = [...children(root)];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (skip.has(n)) continue;
    // Style sheets and scripts (a spreadsheet's clipboard carries one) are markup, not text of the ladder.
    if (n.nodeName === 'style' || n.nodeName === 'script' || n.nodeName === 'template') continue;
    if (n.nodeName === '#comment') out.push({ line: startLine(n, base), what: 'HTML comment' });
    else if (n.nodeName === '#text' && (n as DefaultTreeAdapterMap['textNode']).value.trim()) {
      const v = (n as DefaultTreeAdapterMap['textNode']).value.trim();
      out.push({
        line: startLine(n, base),
        what: `HTML text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 39)}…` : v)}: only tables are read from HTML`,
      });
    } else for (const c of children(n)) stack.push(c);
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The tables of an HTML fragment (a Markdown HTML block starting at line `base`). */
export function readHtmlTables(html: string, base: number): { grids: Grid[]; stray: Stray[] } {
  const root = parseFragment(html, { sourceCodeLocationInfo: true });
  const tables = find(root, ['table']);
  return { grids: tables.map((t) => tableGrid(t, base, 'the HTML table')), stray: strays(root, base, new Set(tables)) };
}

export interface HtmlDocument {
  title?: { text: string; line: number };
  /** Paragraphs and lists before the first table, as text, with their lines. */
  intro: { text: string; from: number; to: number }[];
  grids: Grid[];
  stray: Stray[];
}

/** A whole HTML file: its first `<h1>` (else `<title>`) is the ladder title, what comes before the first table the description. */
export function readHtmlDocument(html: string): HtmlDocument {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const tables = find(doc, ['table']);
  const skip = new Set<Node>(tables);
  const out: HtmlDocument = { intro: [], grids: tables.map((t) => tableGrid(t, 1, 'the HTML table')), stray: [] };
  const heading = find(doc, ['h1'])[0] ?? find(doc, ['title'])[0];
  if (heading) {
    out.title = { text: squash(inlineText(heading)).replace(/\n/g, ' '), line: startLine(heading, 1) };
    skip.add(heading);
  }
  const firstTable = tables[0]?.sourceCodeLocation?.startOffset ?? Number.POSITIVE_INFINITY;
  for (const el of find(doc, ['p', 'ul', 'ol', 'h2', 'h3', 'blockquote'], ['table'])) {
    if ((el.sourceCodeLocation?.startOffset ?? 0) > firstTable) continue;
    const text = squash(inlineText(el, false));
    if (text) out.intro.push({ text, from: startLine(el, 1), to: endLine(el, 1) });
    skip.add(el);
  }
  out.stray = strays(doc, 1, skip);
  return out;
}
