/**
 * Finds where JSON text stops being valid, for messages that say "line 3, column 9". Engines word
 * and place JSON.parse errors differently (V8 often gives no position at all), so this scanner is
 * only run after JSON.parse has failed. Iterative, so deeply nested input cannot overflow the stack.
 */
export interface JsonSyntaxError {
  offset: number;
  message: string;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids raw control characters in strings
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

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

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  // Each open container: '{' or '['. `want` is what the grammar needs next.
  const stack: string[] = [];
  let want: 'value' | 'key' | 'after-value' | 'colon' = 'value';
  const fail = (what: string): JsonSyntaxError => ({ offset: i, message: `${describe(text, i)}; expected ${what}` });

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
        } else {
          want = ch === '{' ? 'key' : 'value';
        }
        continue;
      }
      if (ch === '"') {
        STRING.lastIndex = i;
        if (!STRING.test(text)) return stringError(text, i);
        i = STRING.lastIndex;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return fail('a value (object, array, string, number, true, false or null)');
        i = NUMBER.lastIndex;
      }
      want = 'after-value';
    } else if (want === 'key') {
      if (ch !== '"') return fail('a property name in double quotes');
      STRING.lastIndex = i;
      if (!STRING.test(text)) return stringError(text, i);
      i = STRING.lastIndex;
      want = 'colon';
    } else if (want === 'colon') {
      if (ch !== ':') return fail('":" after the property name');
      i++;
      want = 'value';
    } else {
      if (top === undefined) {
        if (i < text.length) return fail('the end of the text');
        return undefined;
      }
      const close = top === '{' ? '}' : ']';
      if (ch === ',') {
        i++;
        skip();
        if (text[i] === close) return fail('a value after ","; trailing commas are not allowed');
        want = top === '{' ? 'key' : 'value';
      } else if (ch === close) {
        stack.pop();
        i++;
      } else {
        return fail(`"," or "${close}"`);
      }
    }
  }
}

function stringError(text: string, start: number): JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) break;
    if (code < 0x20) return { offset: i, message: `${describe(text, i)} inside a string` };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: 'invalid \\u escape in a string' };
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else return { offset: i, message: 'invalid escape in a string' };
    }
  }
  return { offset: start, message: 'a string is never closed' };
}
