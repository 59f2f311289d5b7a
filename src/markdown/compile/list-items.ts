/**
 * List items as the compiler reads them: the item's own text (its paragraphs, a task box dropped),
 * `{#id}` / `{replaces=#id}` at the end of its first paragraph, and its nested bullets as details,
 * each with the lines it came from.
 */
import type { Tokens } from 'marked';
import { strayAttribute, trailingAttributes } from './text.js';

export interface Detail {
  text: string;
  from: number;
  to: number;
}

export interface ListEntry {
  /** The item's text without attributes; '' when it is only a label or only nested bullets. */
  text: string;
  /** Its first paragraph as written (after a task box), for labels. */
  head: string;
  id?: string;
  replaces?: string;
  error?: string;
  details: Detail[];
  /** The nested bullets read as items themselves (for shapes where they are the items). */
  children: ListEntry[];
  /** 1-based lines: the whole item, and its own text without nested bullets. */
  from: number;
  to: number;
}

const newlines = (text: string, end: number): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** `[ ] ` / `[x] ` at the start of a task item's first paragraph. */
const dropTaskBox = (text: string): string => (/^\[[ xX]\][ \t]/.test(text) ? text.slice(4).trimStart() : text);

const lineCount = (raw: string): number => newlines(raw.trimEnd(), raw.length) + 1;

/** The items of a list whose first line is `line`, in the source text `src`, starting at character `offset`. */
export function readList(list: Tokens.List, src: string, offset: number, lineAt: (o: number) => number): ListEntry[] {
  const out: ListEntry[] = [];
  let cursor = offset;
  for (const entry of list.items) {
    const at = src.indexOf(entry.raw, cursor);
    const start = at >= 0 ? at : cursor;
    cursor = start + entry.raw.length;
    const from = lineAt(start);
    out.push(readItem(entry, from, from + lineCount(entry.raw) - 1));
  }
  return out;
}

function readItem(entry: Tokens.ListItem, from: number, to: number): ListEntry {
  const blocks = entry.tokens.filter((t) => t.type !== 'space' && t.type !== 'checkbox');
  const parts: string[] = [];
  const details: Detail[] = [];
  const children: ListEntry[] = [];
  let inner = 0;
  blocks.forEach((token, i) => {
    const at = entry.text.indexOf(token.raw.trimEnd(), inner);
    const pos = at >= 0 ? at : inner;
    inner = pos + token.raw.trimEnd().length;
    if (token.type === 'list') {
      let c = 0;
      for (const li of (token as Tokens.List).items) {
        const raw = li.raw.trimEnd();
        const liAt = token.raw.indexOf(raw, c);
        const liPos = liAt >= 0 ? liAt : c;
        c = liPos + raw.length;
        const line = from + newlines(entry.text, pos) + newlines(token.raw, liPos);
        const text = dropTaskBox(li.text.trim());
        const end = line + lineCount(raw) - 1;
        if (text) details.push({ text, from: line, to: end });
        children.push(readItem(li, line, end));
      }
      return;
    }
    const raw = token.raw.trim();
    parts.push(i === 0 && entry.task ? dropTaskBox(raw) : raw);
  });
  const head = parts[0] ?? '';
  const attrs = trailingAttributes(head);
  const text = [attrs.text, ...parts.slice(1)].join('\n\n').trim();
  const result: ListEntry = { text, head, details, children, from, to };
  if (attrs.id !== undefined) result.id = attrs.id;
  if (attrs.replaces !== undefined) result.replaces = attrs.replaces;
  const stray = strayAttribute(text);
  if (attrs.error) result.error = attrs.error;
  else if (stray) {
    result.error = `misplaced or malformed "${stray}": write {#id} or {replaces=#id} at the end of the item's first paragraph`;
  }
  return result;
}
