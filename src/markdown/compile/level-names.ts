/**
 * Level names as people write them: "Engineer L4", "Junior Programmer (L1)", "Apprentice (IC 1)",
 * "Engineer II – E3", "L1: Software Engineer I", "D1 - Developer 1", "IC3 Software Engineer". The code
 * gives the level's id; a code set off by brackets or a separator is left out of the title (the id
 * carries it), a bare one stays part of it. Every scan here is linear in the title's length.
 */
import { slugify } from '../../model/ids.js';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The level code that ends a title ("Engineer L4" → "L4", "IC3", "M1"), as `(?:^|[^A-Za-z0-9])([A-Za-z]+\d+)$` finds it. */
export function levelCode(title: string): string | undefined {
  let i = title.length;
  while (i > 0 && isDigit(title.charCodeAt(i - 1))) i--;
  if (i === title.length) return undefined;
  const digits = i;
  while (i > 0 && isLetter(title.charCodeAt(i - 1))) i--;
  if (i === digits) return undefined;
  if (i > 0 && isDigit(title.charCodeAt(i - 1))) return undefined;
  return title.slice(i);
}

/** A code on its own: "L1", "IC 3a", "E3", "L1-L2" → its id ("L1", "IC3a", "E3", "L1-L2"). Short inputs only. */
const CODE = /^([A-Za-z]{1,4}) ?(\d{1,3}[a-z]?)(?: ?[-–—] ?([A-Za-z]{1,4}) ?(\d{1,3}[a-z]?))?$/;
function codeOf(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 24) return undefined;
  const m = CODE.exec(t);
  if (!m) return undefined;
  return m[3] ? `${m[1]}${m[2]}-${m[3]}${m[4]}` : `${m[1]}${m[2]}`;
}

/** `**Title**`, `*Title*`, `__Title__`, `_Title_` → "Title": emphasis around a whole heading or cell says nothing. */
export function stripEmphasis(text: string): string {
  let t = text.trim();
  for (let round = 0; round < 3; round++) {
    const mark = t.startsWith('**') || t.startsWith('__') ? t.slice(0, 2) : t.startsWith('*') || t.startsWith('_') ? t[0] : '';
    if (!mark || t.length <= mark.length * 2 || !t.endsWith(mark)) break;
    const inner = t.slice(mark.length, -mark.length);
    if (inner.includes(mark) || inner.trim() !== inner || inner === '') break;
    t = inner;
  }
  return t;
}

const SEPARATORS = [' - ', ' – ', ' — ', ' | ', ' · '];
const trimSeparators = (text: string): string => {
  let end = text.length;
  while (end > 0 && ' \t-–—:|·,'.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
};

export interface LevelName {
  /** The title to show. */
  title: string;
  /** The id its code gives, else its slug. */
  id: string;
  /** Whether the id came from a level code. */
  coded: boolean;
}

/**
 * Splits a level name into its title and its id. A code in brackets at the end ("(L1)", "[IC2]"), after
 * a dash at the end ("– E3") or before a separator at the start ("L1: ", "D1 - ") is the id and is left
 * out of the title; a bare code at either end ("Engineer L4", "IC3 Software Engineer") is the id and
 * stays in the title. Without a code the id is the title's slug.
 */
export function splitLevelName(name: string): LevelName {
  const t = stripEmphasis(name);
  const close = t.at(-1);
  if (close === ')' || close === ']') {
    const open = t.lastIndexOf(close === ')' ? '(' : '[');
    const code = open > 0 ? codeOf(t.slice(open + 1, -1)) : undefined;
    const title = trimSeparators(t.slice(0, Math.max(open, 0)));
    if (code && title) return { title, id: code, coded: true };
  }
  const tail = t.slice(-32);
  for (const sep of SEPARATORS) {
    const at = tail.lastIndexOf(sep);
    const code = at >= 0 ? codeOf(tail.slice(at + sep.length)) : undefined;
    const title = code ? trimSeparators(t.slice(0, t.length - tail.length + at)) : '';
    if (code && title) return { title, id: code, coded: true };
  }
  const head = /^([A-Za-z]{1,4} ?\d{1,3}[a-z]?)(?:\s*[:|·]\s*|\s+[-–—]\s+|\.\s+)(?=\S)/.exec(t.slice(0, 40));
  if (head?.[1]) {
    const code = codeOf(head[1]);
    if (code) return { title: t.slice(head[0].length), id: code, coded: true };
  }
  const bare = /^([A-Za-z]{1,4}\d{1,3}[a-z]?)\s+(?=\S)/.exec(t.slice(0, 40));
  const code = levelCode(t) ?? (bare?.[1] ? codeOf(bare[1]) : undefined);
  return code ? { title: t, id: code, coded: true } : { title: t, id: slugify(t), coded: false };
}

/** The id a level title gets without an explicit one: its level code, else its slug. */
export function levelIdOf(title: string): string {
  return splitLevelName(title).id;
}

/** A level named by a bare number (a spreadsheet's level column, a progression framework's `level: 2`): "Level 2", id `L2`. */
export function numberedLevel(name: string): { title: string; id: string } | undefined {
  const t = stripEmphasis(name);
  return /^\d{1,6}$/.test(t) ? { title: `Level ${Number(t)}`, id: `L${Number(t)}` } : undefined;
}

const LEVEL_WORDS =
  /\b(?:level|lvl|grade|band|junior|jr|mid|middle|intermediate|senior|sr|staff|principal|distinguished|fellow|lead|intern|associate|entry|graduate|apprentice|beginner|novice|advanced|expert|master|manager|director|head)\b/i;

/** Whether a table header or first-column cell names a level ("L3", "Senior", "Level 2", "Engineer II", "3", "Programmer (L2)"). */
export function looksLikeLevel(text: string): boolean {
  const t = stripEmphasis(text);
  if (t === '' || t.length > 60) return false;
  if (/^\d{1,3}$/.test(t) || splitLevelName(t).coded || /\b(?:I{1,3}|IV|V|VI{1,3})$/.test(t)) return true;
  return LEVEL_WORDS.test(t);
}
