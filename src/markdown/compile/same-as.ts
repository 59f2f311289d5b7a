/**
 * "Same as <level> and…" lines. The reference is a level id or title (any case), followed by `and`,
 * `,`, `plus`, `…`, `...` or nothing; emphasis around the line is allowed. Titles may contain "and"
 * ("Research and Development and…"), so the reference is matched against the known levels, shortest
 * first, rather than cut at the first separator. Everything here is linear in the line's length.
 */
import { quote } from '../../model/json-checks.js';

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);
/** Characters that may trail a reference before its separator: emphasis, spaces, "." and ":". */
const isTrail = (c: string | undefined): boolean => c === '*' || c === '_' || c === '.' || c === ':' || isSpace(c);

/** The text after "Same as", or undefined when the paragraph is no "Same as" line. */
export function sameAsRest(text: string): string | undefined {
  let i = 0;
  while (i < text.length && (text[i] === '*' || text[i] === '_' || isSpace(text[i]))) i++;
  if (text.slice(i, i + 7).toLowerCase() !== 'same as' || !isSpace(text[i + 7])) return undefined;
  i += 7;
  while (i < text.length && isSpace(text[i])) i++;
  return text.slice(i);
}

/** Whether a separator ("and", ",", "plus", "…", "...") starts at `p`, given `q`, the first non-space at or after `p`. */
function separatorAt(rest: string, p: number, q: number): boolean {
  if (rest.startsWith(',', q) || rest.startsWith('…', q) || rest.startsWith('...', q)) return true;
  if (q === p) return false;
  return (rest.startsWith('and', q) && !isWordChar(rest[q + 3])) || (rest.startsWith('plus', q) && !isWordChar(rest[q + 4]));
}

/** Whether `rest` from `from` on is a valid end of a reference: trailing emphasis/punctuation, then a separator or the end. */
function endsReference(rest: string, from: number): boolean {
  let k = from;
  while (k < rest.length && isTrail(rest[k])) k++;
  if (k === rest.length) return true;
  // The first non-space after each position of the run, computed backwards once.
  let q = k;
  for (let p = k; p >= from; p--) {
    if (p < k && !isSpace(rest[p])) q = p;
    if (separatorAt(rest, p, q)) return true;
  }
  return false;
}

export interface LevelKey {
  id: string;
  title: string;
}

/**
 * The level a "Same as" reference names: the shortest id or title (exact id first, then any case)
 * that the text starts with and that a separator or the end follows.
 */
export function resolveSameAs<T extends LevelKey>(rest: string, levels: readonly T[]): T | undefined {
  let start = 0;
  while (start < rest.length && (rest[start] === '*' || rest[start] === '_' || isSpace(rest[start]))) start++;
  const text = rest.slice(start);
  const lower = text.toLowerCase();
  // Keys of the same length end at the same place: judge each end once.
  const ends = new Map<number, boolean>();
  const endsAt = (n: number): boolean => {
    let v = ends.get(n);
    if (v === undefined) ends.set(n, (v = endsReference(text, n)));
    return v;
  };
  let best: { level: T; length: number; rank: number } | undefined;
  for (const level of levels) {
    const keys: [string, number][] = [
      [level.id, 0],
      [level.id.toLowerCase(), 1],
      [level.title.toLowerCase(), 2],
    ];
    for (const [key, rank] of keys) {
      if (!key) continue;
      const found = rank === 0 ? text.startsWith(key) : lower.startsWith(key);
      if (!found || (best && (key.length > best.length || (key.length === best.length && rank >= best.rank)))) continue;
      if (endsAt(key.length)) best = { level, length: key.length, rank };
    }
  }
  return best?.level;
}

/** The reference as a person reads it (up to the first separator), quoted and cut, for messages. */
export function shownReference(rest: string): string {
  const text = rest.trim();
  let end = text.length;
  let q = text.length;
  // Backwards, so that q is the first non-space at or after p; the first separator wins.
  for (let p = text.length - 1; p > 0; p--) {
    if (!isSpace(text[p])) q = p;
    if (separatorAt(text, p, q)) end = p;
  }
  let a = 0;
  let b = end;
  while (a < b && isTrail(text[a])) a++;
  while (b > a && isTrail(text[b - 1])) b--;
  const ref = text.slice(a, b);
  return quote(ref.length > 60 ? `${ref.slice(0, 57)}...` : ref).slice(1, -1);
}
