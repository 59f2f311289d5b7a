/**
 * Text helpers for the compiler. Every one runs in time linear in its input: they are applied to
 * whatever a source file holds, so they scan by hand where a regular expression would backtrack
 * (`\s+$`, `\s*\{…\}$`, `[A-Za-z]+\d+$` are quadratic on long runs that end in no match).
 */
import { slugify } from '../../model/ids.js';
import { quote } from '../../model/json-checks.js';
import { stripEmphasis } from './level-names.js';

export const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/** `.md`, `.csv`… lowercased, or '' */
export function extension(path: string): string {
  const name = baseName(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0;

export const isBlank = (text: string): boolean => text.trim() === '';

/** "engineering" → "Engineering", "platform-team" → "Platform Team". */
export function titleCase(name: string): string {
  return name
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The first line of a text, quoted and cut to 40 characters, for messages. */
export function excerpt(text: string): string {
  const trimmed = text.trim();
  const end = trimmed.indexOf('\n');
  const line = end < 0 ? trimmed : trimmed.slice(0, end);
  return quote(line.length > 40 ? `${line.slice(0, 39)}…` : line);
}

/** Joins the lines of each paragraph with a space and paragraphs with a blank line; a hard break (`\` or two spaces) stays `\` + newline. */
export function unwrap(paragraphs: string[]): string {
  return paragraphs
    .map((p) =>
      p
        .split('\n')
        .map((line, i, all) => {
          const last = i === all.length - 1;
          if (!last && (line.endsWith('\\') || line.endsWith('  '))) {
            const bare = line.trimEnd();
            return `${bare.endsWith('\\') ? bare.slice(0, -1) : bare}\\\n`;
          }
          return `${line.trim()}${last ? '' : ' '}`;
        })
        .join('')
        .trim(),
    )
    .join('\n\n');
}

/** 4 base36 characters of the FNV-1a hash of the text's UTF-8 bytes. */
function hash4(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return (h % 36 ** 4).toString(36).padStart(4, '0');
}

/** The generated id of an item: stable while the item's own text (modulo case and whitespace) stays. */
export function generateItemId(levelId: string, text: string): string {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const words = slugify(normalized.split(' ', 5).join(' '));
  return [slugify(levelId), words, hash4(normalized)].filter(Boolean).join('-');
}

export interface Attributes {
  /** The text without its trailing attributes. */
  text: string;
  id?: string;
  replaces?: string;
  error?: string;
}

/**
 * Splits `{#id}` and `{replaces=#id}` (in any order, each at most once) off the end of a text, as
 * `\s*\{(#|replaces=#)([^\s{}]+)\}\s*$` repeated would, in linear time.
 */
export function trailingAttributes(input: string): Attributes {
  let text = input.trimEnd();
  const out: Attributes = { text };
  for (;;) {
    if (!text.endsWith('}')) break;
    const open = text.lastIndexOf('{', text.length - 2);
    if (open < 0) break;
    const inner = text.slice(open + 1, -1);
    const value = inner.startsWith('#') ? inner.slice(1) : inner.startsWith('replaces=#') ? inner.slice(10) : undefined;
    if (value === undefined || value === '' || /[\s{}]/.test(value)) break;
    if (inner.startsWith('#')) {
      if (out.id !== undefined) return { ...out, error: `item has two ids: {#${value}} and {#${out.id}}` };
      out.id = value;
    } else {
      if (out.replaces !== undefined) return { ...out, error: `item has two {replaces=#…}: #${value} and #${out.replaces}` };
      out.replaces = value;
    }
    text = text.slice(0, open).trimEnd();
    out.text = text;
  }
  return out;
}

/** The first `{#…}` / `{ replaces = …}` left in a text (what `\{\s*(?:#|replaces\s*=)[^}]*\}` finds), in linear time. */
export function strayAttribute(text: string): string | undefined {
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
    let j = i + 1;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (text.startsWith('replaces', j)) {
      j += 8;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (text[j] !== '=') continue;
    } else if (text[j] !== '#') {
      continue;
    }
    const close = text.indexOf('}', j);
    return close < 0 ? undefined : text.slice(i, close + 1);
  }
  return undefined;
}

export interface Labelled {
  label: string;
  rest: string;
}

/**
 * `**Impact:** text`, `**Impact**: text`, `Impact: text`, `_Impact: text_` → { label: "Impact", rest: "text" }. A label is
 * 1–5 words, at most 40 characters, without sentence punctuation; `plain` also allows the unbolded form.
 */
export function labelOf(text: string, plain: boolean): Labelled | undefined {
  // "_Experience: two years_", "__Scope: a team__": emphasis around a whole labelled line.
  const trimmed = text.trim();
  const inner = trimmed.includes('\n') ? trimmed : stripEmphasis(trimmed);
  if (inner !== trimmed) {
    const found = labelOf(inner, true);
    if (found?.rest) return found;
  }
  let label: string;
  let rest: string;
  if (text.startsWith('**') || text.startsWith('__')) {
    const mark = text.slice(0, 2);
    const close = text.indexOf(mark, 2);
    if (close < 0 || close > 64) return undefined;
    const inside = text.slice(2, close).trim();
    const after = text.slice(close + 2);
    if (inside.endsWith(':')) {
      label = inside.slice(0, -1);
      rest = after;
    } else if (after.startsWith(':')) {
      label = inside;
      rest = after.slice(1);
    } else {
      return undefined;
    }
  } else {
    if (!plain) return undefined;
    const colon = text.indexOf(':');
    if (colon <= 0 || colon > 40 || text.startsWith('//', colon + 1)) return undefined;
    label = text.slice(0, colon);
    rest = text.slice(colon + 1);
  }
  label = label.trim();
  if (!label || label.length > 40 || /[.!?;,`*_[\]()<>]/.test(label) || label.split(/\s+/).length > 5) return undefined;
  return { label, rest: rest.trim() };
}

/** `**Beginner**` / `**Beginner:**` / `__Beginner__` alone: the name, else undefined. */
export function boldName(text: string): string | undefined {
  const t = text.trim();
  const mark = t.slice(0, 2);
  if ((mark !== '**' && mark !== '__') || t.length < 5) return undefined;
  const close = t.indexOf(mark, 2);
  const after = t.slice(close + 2).trim();
  if (close < 0 || (after !== '' && after !== ':')) return undefined;
  const name = t.slice(2, close).trim().replace(/:$/, '').trim();
  return name && name.length <= 60 && !name.includes('*') ? name : undefined;
}
