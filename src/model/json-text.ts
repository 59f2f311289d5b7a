/**
 * JSON text → value, with a structured reason when it is not JSON: one place for "invalid JSON at
 * line 3, column 9: …", used by the ladder validator, the ratings format, the loaders and the CLI.
 *
 * Engines word and place JSON.parse errors differently (V8 often gives no position at all), so a
 * scanner of our own finds the place, and only after JSON.parse has failed. It is iterative and uses
 * no regular expression on the text, so neither 100,000-deep nesting nor a 10-million-character
 * string can overflow the stack, and its time is linear in the length of the text.
 */

export interface JsonTextError {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  /** 0-based offset into the text (after a leading byte order mark was dropped). */
  offset: number;
  /** What is wrong there, e.g. `unexpected "}"; expected a value …`. */
  reason: string;
}

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: JsonTextError };

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** The 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the text ends too early';
  const code = text.codePointAt(at) as number;
  const ch = String.fromCodePoint(code);
  const hex = `U+${code.toString(16).padStart(4, '0')}`;
  if (code < 0x20) return `unexpected control character ${hex}`;
  // Characters a reader cannot see (a second byte order mark, a no-break or zero-width space, a
  // direction override) are named by code point: quoted, they would look like nothing.
  if (/[\p{C}\p{Z}]/u.test(ch)) return `unexpected invisible character ${hex}${code === 0xfeff ? ' (a byte order mark)' : ''}`;
  return `unexpected "${ch}"`;
}

/** End of the string starting at `start` (its opening quote), or the problem inside it. */
function scanString(text: string, start: number): number | { offset: number; reason: string } {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return { offset: i, reason: `${describe(text, i)} inside a string` };
    if (code === 0x5c) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x75) {
        for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return { offset: i, reason: 'invalid \\u escape in a string' };
        i += 5;
      } else if ('"\\/bfnrt'.includes(text[i + 1] ?? 'x')) i++;
      else return { offset: i, reason: 'invalid escape in a string' };
    }
  }
  return { offset: start, reason: 'a string is never closed' };
}

/** End of the number starting at `i`, or -1 when there is none. */
function scanNumber(text: string, i: number): number {
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) i++;
  else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
  else return -1;
  if (text.charCodeAt(i) === 0x2e) {
    if (!isDigit(text.charCodeAt(i + 1))) return -1;
    i++;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  if ((text.charCodeAt(i) | 0x20) === 0x65) {
    let j = i + 1;
    if (text[j] === '+' || text[j] === '-') j++;
    if (isDigit(text.charCodeAt(j))) {
      while (isDigit(text.charCodeAt(j))) j++;
      i = j;
    }
  }
  return i;
}

/** Where JSON text stops being valid, or undefined when it is valid. */
export function findJsonSyntaxError(text: string): { offset: number; reason: string } | undefined {
  let i = 0;
  const skip = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  const stack: string[] = [];
  let want: 'value' | 'key' | 'after-value' | 'colon' = 'value';
  const fail = (what: string) => ({ offset: i, reason: `${describe(text, i)}; expected ${what}` });
  for (;;) {
    skip();
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (want === 'value') {
      if (ch === '{' || ch === '[') {
        stack.push(ch);
        i++;
        skip();
        if (text[i] === (ch === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          want = 'after-value';
        } else want = ch === '{' ? 'key' : 'value';
        continue;
      }
      if (ch === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else {
        const end = scanNumber(text, i);
        if (end < 0) return fail('a value (object, array, string, number, true, false or null)');
        i = end;
      }
      want = 'after-value';
    } else if (want === 'key') {
      if (ch !== '"') return fail('a property name in double quotes');
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      want = 'colon';
    } else if (want === 'colon') {
      if (ch !== ':') return fail('":" after the property name');
      i++;
      want = 'value';
    } else {
      if (top === undefined) return i < text.length ? fail('the end of the text') : undefined;
      const close = top === '{' ? '}' : ']';
      if (ch === ',') {
        i++;
        skip();
        if (text[i] === close) return fail('a value after ","; trailing commas are not allowed');
        want = top === '{' ? 'key' : 'value';
      } else if (ch === close) {
        stack.pop();
        i++;
      } else return fail(`"," or "${close}"`);
    }
  }
}

/**
 * Parses JSON text (a leading byte order mark is dropped, as browsers drop it from fetched text).
 * Never throws: an empty text or a syntax error comes back as `{ ok: false, error }` with its place.
 */
export function parseJsonText(text: string): JsonTextResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    if (source.trim() === '') return { ok: false, error: { line: 1, column: 1, offset: 0, reason: 'the text is empty' } };
    const found = findJsonSyntaxError(source) ?? { offset: 0, reason: 'not valid JSON' };
    return { ok: false, error: { ...lineAndColumn(source, found.offset), ...found } };
  }
}

/** `invalid JSON at line 3, column 9: …` — the wording every reader of JSON text uses. */
export function formatJsonTextError(error: JsonTextError): string {
  return error.reason === 'the text is empty'
    ? 'invalid JSON: the text is empty'
    : `invalid JSON at line ${error.line}, column ${error.column}: ${error.reason}`;
}
