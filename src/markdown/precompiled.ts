/**
 * Precompiled Markdown: what the renderer needs of a text, made by `ladder build --precompile` (and
 * by the drop-in build for the bundled ladder) so that no Markdown is parsed at run time. It comes
 * from a ladder file, so it is untrusted: `fromForm` checks it against a fixed grammar and turns it
 * into the same kinds of tokens marked gives, which the one renderer (to-templates.ts) shows with its
 * usual allow-list, link checks (`safeHref` at render time) and text bindings. A form can restyle
 * only its own ladder's texts: lex.ts uses it until marked is loaded, and never when two ladders
 * disagree about a text. No DOM.
 *
 * The form of a text is a list of blocks; each node is an array whose first element names it:
 *   blocks  ["p", …inline] ["h", …inline] ["t", …inline] (a tight list item's text)
 *           ["ul", …items] ["ol", start, …items] (an item is an array of blocks)
 *           ["code", text] ["q", …blocks] ["hr"] ["html", source] ["x", source] (a task box)
 *           ["table", [cell…], [[cell…]…]] (a cell is an array of inline nodes)
 *   inline  "text" (shown as written: character references already decoded)
 *           ["b" | "i" | "s", …inline] ["c", code] ["br"]
 *           ["a", href, title | null, …inline] ["u", href, text, source] (an autolink)
 *   both    ["raw", source] (shown as source text: images, raw HTML, anything else)
 */
import type { MarkedToken, Token, Tokens } from 'marked';
import type { LadderError } from '../model/types.js';
import { decode } from './safe-url.js';

export type FormNode = string | (string | number | null | FormNode | FormNode[])[];
export type Form = FormNode[];

/** Nesting deeper than this is not precompiled (marked handles such texts at run time). */
export const MAX_FORM_DEPTH = 24;

/* ------------------------------------------------------------------------ tokens → form */

function inlineForm(tokens: Token[] | undefined, depth: number): FormNode[] {
  const out: FormNode[] = [];
  for (const token of tokens ?? []) {
    const t = token as MarkedToken;
    if (depth > MAX_FORM_DEPTH) throw new RangeError('too deep');
    switch (t.type) {
      case 'text':
        if (t.tokens) out.push(...inlineForm(t.tokens, depth));
        else out.push(t.escaped ? t.text : decode(t.text, false));
        break;
      case 'escape':
        out.push(t.text);
        break;
      case 'codespan':
        out.push(['c', t.text]);
        break;
      case 'strong':
      case 'em':
      case 'del':
        out.push([{ strong: 'b', em: 'i', del: 's' }[t.type], ...inlineForm(t.tokens, depth + 1)]);
        break;
      case 'br':
        out.push(['br']);
        break;
      case 'link':
        out.push(t.autolink ? ['u', t.href, t.text, t.raw] : ['a', t.href, t.title ?? null, ...inlineForm(t.tokens, depth + 1)]);
        break;
      default:
        out.push(['raw', t.raw]);
    }
  }
  return out;
}

function blockForm(tokens: Token[], depth: number): FormNode[] {
  if (depth > MAX_FORM_DEPTH) throw new RangeError('too deep');
  const out: FormNode[] = [];
  for (const token of tokens) {
    const t = token as MarkedToken;
    const inline = (list: Token[] | undefined) => inlineForm(list, depth + 1);
    switch (t.type) {
      case 'space':
      case 'def':
        break;
      case 'paragraph':
        out.push(['p', ...inline(t.tokens)]);
        break;
      case 'heading':
        out.push(['h', ...inline(t.tokens)]);
        break;
      case 'text':
        out.push(['t', ...(t.tokens ? inline(t.tokens) : [t.escaped ? t.text : decode(t.text, false)])]);
        break;
      case 'list': {
        const items = t.items.map((item) => blockForm(item.tokens, depth + 1));
        out.push(t.ordered ? ['ol', typeof t.start === 'number' ? t.start : 1, ...items] : ['ul', ...items]);
        break;
      }
      case 'code':
        out.push(['code', t.text]);
        break;
      case 'blockquote':
        out.push(['q', ...blockForm(t.tokens, depth + 1)]);
        break;
      case 'hr':
        out.push(['hr']);
        break;
      case 'table': {
        const cells = (row: Tokens.TableCell[]) => row.map((c) => inline(c.tokens));
        out.push(['table', cells(t.header), t.rows.map(cells)]);
        break;
      }
      case 'html':
        out.push(['html', t.raw]);
        break;
      case 'checkbox':
        out.push(['x', t.raw]);
        break;
      default:
        out.push(['raw', t.raw]);
    }
  }
  return out;
}

/** The form of marked's tokens for a text, or undefined when they nest too deeply to be worth it. */
export function toForm(tokens: Token[]): Form | undefined {
  try {
    return blockForm(tokens, 0);
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

/* ------------------------------------------------------------------------ form → tokens */

const INLINE_TYPES: Record<string, string> = { b: 'strong', i: 'em', s: 'del' };

/**
 * Reads a form back into tokens, checking every node against the grammar above. The work is bounded
 * by the source text's length: a form may not hold more nodes or text than its text could produce.
 * Throws a string: the JSON path of the first node that does not fit.
 */
function reader(source: string) {
  let nodes = source.length + 8;
  let chars = 3 * source.length + 64;
  const str = (v: unknown, path: string): string => {
    if (typeof v !== 'string' || (chars -= v.length) < 0) throw path;
    return v;
  };
  const node = (v: unknown, path: string, depth: number): unknown[] => {
    if (depth > MAX_FORM_DEPTH || --nodes < 0 || !Array.isArray(v) || typeof v[0] !== 'string') throw path;
    return v;
  };
  const list = <T>(v: unknown, path: string, read: (x: unknown, at: string) => T): T[] => {
    if (!Array.isArray(v)) throw path;
    return v.map((x, i) => read(x, `${path}[${i}]`));
  };
  const raw = (s: string) => ({ type: 'unparsed', raw: s }) as unknown as Token;

  const inline = (v: unknown, path: string, depth: number): Token => {
    if (typeof v === 'string') return { type: 'text', raw: str(v, path), text: v, escaped: true };
    const n = node(v, path, depth);
    const at = (i: number) => `${path}[${i}]`;
    const rest = (from: number) => n.slice(from).map((x, i) => inline(x, at(i + from), depth + 1));
    const [name] = n;
    const size = n.length;
    if (Object.hasOwn(INLINE_TYPES, name as string))
      return { type: INLINE_TYPES[name as string], raw: '', text: '', tokens: rest(1) } as Token;
    if (name === 'c' && size === 2) return { type: 'codespan', raw: '', text: str(n[1], at(1)) };
    if (name === 'br' && size === 1) return { type: 'br', raw: '' };
    if (name === 'a' && size >= 3) {
      const title = n[2] === null ? null : str(n[2], at(2));
      return { type: 'link', raw: '', href: str(n[1], at(1)), title, text: '', tokens: rest(3) };
    }
    if (name === 'u' && size === 4) {
      return { type: 'link', autolink: true, href: str(n[1], at(1)), text: str(n[2], at(2)), raw: str(n[3], at(3)), tokens: [] } as Token;
    }
    if (name === 'raw' && size === 2) return raw(str(n[1], at(1)));
    throw path;
  };

  const block = (v: unknown, path: string, depth: number): Token => {
    const n = node(v, path, depth);
    const at = (i: number) => `${path}[${i}]`;
    const inlines = () => n.slice(1).map((x, i) => inline(x, at(i + 1), depth + 1));
    const blocks = (from: number) => n.slice(from).map((x, i) => block(x, at(i + from), depth + 1));
    const [name] = n;
    const size = n.length;
    if (name === 'p') return { type: 'paragraph', raw: '', text: '', tokens: inlines() };
    if (name === 'h') return { type: 'heading', raw: '', depth: 1, text: '', tokens: inlines() };
    if (name === 't') return { type: 'text', raw: '', text: '', tokens: inlines() };
    if (name === 'ul' || name === 'ol') {
      const ordered = name === 'ol';
      const start = ordered ? n[1] : '';
      if (ordered && !(Number.isSafeInteger(start) && (start as number) >= 0)) throw at(1);
      const from = ordered ? 2 : 1;
      const items = n.slice(from).map((item, i) => ({
        type: 'list_item' as const,
        raw: '',
        task: false,
        loose: false,
        text: '',
        tokens: list(item, at(i + from), (b, bt) => block(b, bt, depth + 2)),
      }));
      return { type: 'list', raw: '', ordered, start: start as number | '', loose: false, items };
    }
    if (name === 'q') return { type: 'blockquote', raw: '', text: '', tokens: blocks(1) };
    if (name === 'code' && size === 2) return { type: 'code', raw: '', text: str(n[1], at(1)) };
    if (name === 'hr' && size === 1) return { type: 'hr', raw: '' };
    if (name === 'html' && size === 2) return { type: 'html', raw: str(n[1], at(1)), text: '', block: true, pre: false };
    if (name === 'x' && size === 2) return { type: 'checkbox', raw: str(n[1], at(1)), checked: false };
    if (name === 'raw' && size === 2) return raw(str(n[1], at(1)));
    if (name === 'table' && size === 3) {
      const cell = (c: unknown, cp: string): Tokens.TableCell => ({
        text: '',
        header: false,
        align: null,
        tokens: list(c, cp, (x, xp) => inline(x, xp, depth + 2)),
      });
      return { type: 'table', raw: '', align: [], header: list(n[1], at(1), cell), rows: list(n[2], at(2), (r, rp) => list(r, rp, cell)) };
    }
    throw path;
  };
  return (form: unknown, path: string): Token[] => list(form, path, (b, bp) => block(b, bp, 0));
}

/**
 * The tokens a form stands for, or where it first does not fit the grammar (a JSON path under `path`).
 * The same kinds of tokens marked gives, so the renderer treats them exactly as its own.
 */
export function fromForm(form: unknown, source: string, path: string): { tokens: Token[] } | { error: LadderError } {
  try {
    return { tokens: reader(source)(form, path) };
  } catch (at) {
    if (typeof at !== 'string') throw at;
    return {
      error: {
        path: at,
        message: `is not precompiled Markdown of this text (or holds more than the text could produce); rebuild the ladder with \`ladder build --precompile\``,
      },
    };
  }
}
