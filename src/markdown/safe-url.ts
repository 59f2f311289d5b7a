/**
 * URLs in ladder text: character references decoded once, then an allow-list of schemes. Shared by
 * the renderer (links) and the elements (`level-href`). No DOM.
 */
import type { Tokens } from 'marked';

/* ----------------------------------------------------------------- character references */

// Deliberately small (the full HTML table is ~2,000 names): the names that matter for URL tricks
// (colon, Tab, NewLine, parentheses…) and the typographic ones people actually type. Unknown
// names stay literal, exactly as written.
const ENTITIES: Record<string, string> = {
  amp: '&',
  AMP: '&',
  lt: '<',
  LT: '<',
  gt: '>',
  GT: '>',
  quot: '"',
  QUOT: '"',
  apos: "'",
  nbsp: '\u00a0',
  Tab: '\t',
  NewLine: '\n',
  colon: ':',
  semi: ';',
  comma: ',',
  period: '.',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  lbrack: '[',
  rsqb: ']',
  rbrack: ']',
  lcub: '{',
  lbrace: '{',
  rcub: '}',
  rbrace: '}',
  excl: '!',
  quest: '?',
  num: '#',
  percnt: '%',
  dollar: '$',
  equals: '=',
  plus: '+',
  ast: '*',
  midast: '*',
  lowbar: '_',
  grave: '`',
  Hat: '^',
  verbar: '|',
  vert: '|',
  commat: '@',
  copy: '©',
  COPY: '©',
  reg: '®',
  REG: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  minus: '−',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  le: '≤',
  ge: '≥',
  ne: '≠',
  larr: '←',
  rarr: '→',
  harr: '↔',
  uarr: '↑',
  darr: '↓',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  shy: '\u00ad',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  check: '✓',
};

const REFERENCE = /&(?:#(\d+)|#[xX]([\da-fA-F]+)|([a-zA-Z][a-zA-Z\d]*))(;?)/g;

/**
 * Decodes character references once (a single pass: `&amp;#106;` gives `&#106;`, not `j`).
 * Text follows CommonMark (a reference needs its `;`). URLs follow HTML attribute values, more
 * leniently: `;` may be missing unless a named reference is followed by `=`, and numeric
 * references with leading zeros or without `;` decode too.
 */
export function decode(s: string, url: boolean): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (m, dec?: string, hex?: string, name?: string, semi?: string, at = 0) => {
    if (!semi && (!url || (name && s[at + m.length] === '='))) return m;
    if (name) return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : m;
    const cp = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    return String.fromCodePoint(cp > 0 && cp < 0x110000 && (cp < 0xd800 || cp > 0xdfff) ? cp : 0xfffd);
  });
}

/* ----------------------------------------------------------------------------------- URLs */

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The URL as it will be set (ASCII control characters removed, trimmed), or undefined. */
function vet(url: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  const value = url.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  // The decision is taken on a stricter form than the browser's (which only drops tab/CR/LF and
  // trims C0 and space), so "java script:" is refused even though a browser would read a path.
  const squeezed = value.replace(/\s/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(squeezed);
  if (scheme) return SAFE_SCHEMES.has(scheme[1]!.toLowerCase()) ? value : undefined;
  if (/^[/\\]{2}/.test(squeezed)) {
    // Protocol-relative: allowed as "//host…" only (a letter or digit starts the host), and
    // pinned to https so the link does not depend on how the page itself was loaded (file:…).
    return /^\/\/[a-z\d]/i.test(value) ? `https:${value}` : undefined;
  }
  return value; // relative: path, "?query" or "#fragment" (or empty: this document)
}

/**
 * The URL to put in an `href`, or undefined when it is not allowed: `http:`, `https:`,
 * `mailto:` and relative URLs only. Decided after decoding character references and removing
 * ASCII control characters and whitespace, case-insensitively. `//host/x` becomes
 * `https://host/x`; other URLs starting with two slashes or backslashes are refused.
 * The returned string is exactly what was checked; Lit sets it with `setAttribute`, which
 * decodes nothing further.
 */
export function safeHref(href: string): string | undefined {
  return vet(decode(String(href ?? ''), true));
}

/** The href for a link token: autolinks are literal (marked resolves no references in them). */
export function linkHref(t: Tokens.Link): string | undefined {
  return t.autolink ? vet(t.href) : safeHref(t.href);
}

/** What a refused link shows instead: its source for autolinks, else its text then the URL. */
export function refusedTail(t: Tokens.Link): string {
  return t.autolink ? t.raw : ` (${t.href})`;
}
