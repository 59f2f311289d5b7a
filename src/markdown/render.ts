/**
 * Run-time Markdown → Lit templates, safely.
 *
 * marked is used only as a tokenizer (`Lexer`); its HTML renderer is never called. Tokens are
 * turned into Lit `html` templates built from a fixed allow-list of elements:
 *   p em strong code pre del br ul ol li a blockquote hr table thead tbody tr th td mark span
 * with these attributes only: a[href rel title], ol[start], mark[part], span[part title].
 * All text goes through Lit text bindings (auto-escaped); the only value-carrying attributes are
 * `href` (vetted by `safeHref`), `title` (inert) and `start` (a number).
 *
 * Shown as literal source text instead of markup: raw HTML (block and inline), images
 * (`![alt](url)` stays `![alt](url)`), task-list checkboxes (`[ ]`), unknown token types.
 * Headings render as `<p><strong>`, so item text cannot disturb the page's heading outline.
 * A link whose URL is refused keeps its text, followed by the URL in parentheses, inside
 * `<span part="refused-link" title="Link removed: unsupported URL">` — visible, never silent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';

export interface MarkdownOptions {
  /** Case-insensitive substring wrapped in `<mark part="match">` inside text nodes; empty = none. */
  highlight?: string;
}

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
function decode(s: string, url: boolean): string {
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
function linkHref(t: Tokens.Link): string | undefined {
  return t.autolink ? vet(t.href) : safeHref(t.href);
}

/** What a refused link shows instead: its source for autolinks, else its text then the URL. */
function refusedTail(t: Tokens.Link): string {
  return t.autolink ? t.raw : ` (${t.href})`;
}

/* ---------------------------------------------------------------------------------- cache */

/** Distinct texts kept lexed: enough for a ladder of 15 levels × 100 items and then some. */
export const MARKDOWN_CACHE_SIZE = 4000;
const cache = new Map<string, Token[]>();

/**
 * Texts longer than this are shown as plain text, not parsed as Markdown. marked needs time
 * quadratic in the length for some shapes (thousands of unmatched `*`): a 100 KB item from a hostile
 * `src` would freeze the page for minutes. Ladder texts are a few hundred characters.
 */
export const MAX_MARKDOWN_LENGTH = 10_000;

/** Block tokens for a text, from a bounded cache (least recently used entry dropped). */
function lex(text: string): Token[] {
  let tokens = cache.get(text);
  if (tokens) {
    cache.delete(text);
  } else {
    try {
      // A fresh options object: marked's global defaults (and any extension someone registered
      // with marked.use) must not change what is rendered here.
      tokens = text.length > MAX_MARKDOWN_LENGTH ? [{ type: 'unparsed', raw: text }] : new Lexer({ gfm: true }).lex(text);
    } catch {
      tokens = [{ type: 'unparsed', raw: text }];
    }
    if (cache.size >= MARKDOWN_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(text, tokens);
  return tokens;
}

/** The blocks that produce output (definitions and blank lines do not). */
const visible = (tokens: Token[]): Token[] => tokens.filter((t) => t.type !== 'space' && t.type !== 'def');

/* ------------------------------------------------------------------------------ rendering */

type Out = TemplateResult | string | typeof nothing | Out[];

function text(s: string, hl: RegExp | undefined): Out {
  if (!hl || !s) return s;
  // split() with a capturing group puts the matches at the odd indexes.
  return s.split(hl).map((part, i) => (i % 2 ? html`<mark part="match">${part}</mark>` : part));
}

function inline(tokens: Token[] | undefined, hl: RegExp | undefined): Out[] {
  return (tokens ?? []).map((token) => {
    const t = token as MarkedToken;
    switch (t.type) {
      case 'text':
        return t.tokens ? inline(t.tokens, hl) : text(t.escaped ? t.text : decode(t.text, false), hl);
      case 'escape':
        return text(t.text, hl);
      case 'codespan':
        return html`<code>${text(t.text, hl)}</code>`;
      case 'strong':
        return html`<strong>${inline(t.tokens, hl)}</strong>`;
      case 'em':
        return html`<em>${inline(t.tokens, hl)}</em>`;
      case 'del':
        return html`<del>${inline(t.tokens, hl)}</del>`;
      case 'br':
        return html`<br />`;
      case 'link': {
        const href = linkHref(t);
        const content = t.autolink ? text(t.text, hl) : inline(t.tokens, hl);
        if (href !== undefined) {
          return html`<a href=${href} rel="noopener noreferrer" title=${t.title ? decode(t.title, false) : nothing}>${content}</a>`;
        }
        return html`<span part="refused-link" title="Link removed: unsupported URL">${t.autolink ? nothing : content}${text(refusedTail(t), hl)}</span>`;
      }
      default:
        // image, html (raw tags and comments), checkbox and anything unknown: their source text.
        return text(t.raw, hl);
    }
  });
}

function blocks(tokens: Token[], hl: RegExp | undefined): Out[] {
  return tokens.map((token) => {
    const t = token as MarkedToken;
    switch (t.type) {
      case 'space':
      case 'def':
        return nothing;
      case 'paragraph':
        return html`<p>${inline(t.tokens, hl)}</p>`;
      case 'heading':
        return html`<p><strong>${inline(t.tokens, hl)}</strong></p>`;
      case 'list': {
        const items = t.items.map((item) => html`<li>${blocks(item.tokens, hl)}</li>`);
        return t.ordered ? html`<ol start=${t.start === '' || t.start === 1 ? nothing : t.start}>${items}</ol>` : html`<ul>${items}</ul>`;
      }
      case 'code':
        return html`<pre><code>${text(t.text, hl)}</code></pre>`;
      case 'blockquote':
        return html`<blockquote>${blocks(t.tokens, hl)}</blockquote>`;
      case 'hr':
        return html`<hr />`;
      case 'table': {
        const row = (cells: Tokens.TableCell[], th: boolean) =>
          html`<tr>${cells.map((c) => (th ? html`<th>${inline(c.tokens, hl)}</th>` : html`<td>${inline(c.tokens, hl)}</td>`))}</tr>`;
        return html`<table><thead>${row(t.header, true)}</thead><tbody>${t.rows.map((r) => row(r, false))}</tbody></table>`;
      }
      case 'html':
        return html`<p>${text(t.raw.trim(), hl)}</p>`;
      default:
        // "text" (tight list items), "checkbox", unknown tokens: inline rules apply.
        return inline([t], hl);
    }
  });
}

function highlighter(options: MarkdownOptions | undefined): RegExp | undefined {
  const needle = options?.highlight;
  return needle ? new RegExp(`(${needle.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')})`, 'giu') : undefined;
}

// A template result is an immutable description, so one per lexed text (without highlight) serves
// every place and every render that shows the text: a cumulative comparison shows each item once per level.
const blockResults = new WeakMap<Token[], TemplateResult>();
const inlineResults = new WeakMap<Token[], TemplateResult>();

/** Block Markdown (paragraphs, lists…) as a Lit template. */
export function renderMarkdown(text: string, options?: MarkdownOptions): TemplateResult {
  const tokens = lex(String(text ?? ''));
  const hl = highlighter(options);
  if (hl) return html`${blocks(tokens, hl)}`;
  let result = blockResults.get(tokens);
  if (!result) blockResults.set(tokens, (result = html`${blocks(tokens, undefined)}`));
  return result;
}

/**
 * The inline content of a one-paragraph text, without a `<p>` (for titles, single-line items).
 * Anything else (several blocks, a list, a heading…) is rendered as blocks.
 */
export function renderInlineMarkdown(text: string, options?: MarkdownOptions): TemplateResult {
  const tokens = lex(String(text ?? ''));
  const shown = visible(tokens);
  const only = shown[0] as MarkedToken | undefined;
  const hl = highlighter(options);
  if (!hl && inlineResults.has(tokens)) return inlineResults.get(tokens)!;
  const result = shown.length === 1 && only?.type === 'paragraph' ? html`${inline(only.tokens, hl)}` : html`${blocks(tokens, hl)}`;
  if (!hl) inlineResults.set(tokens, result);
  return result;
}

/* ----------------------------------------------------------------------------- plain text */

function inlineText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      const t = token as MarkedToken;
      switch (t.type) {
        case 'text':
          return t.tokens ? inlineText(t.tokens) : t.escaped ? t.text : decode(t.text, false);
        case 'escape':
        case 'codespan':
          return t.text;
        case 'strong':
        case 'em':
        case 'del':
          return inlineText(t.tokens);
        case 'br':
          return '\n';
        case 'link':
          if (t.autolink) return linkHref(t) === undefined ? t.raw : t.text;
          return inlineText(t.tokens) + (linkHref(t) === undefined ? refusedTail(t) : '');
        default:
          return t.raw;
      }
    })
    .join('');
}

function blockText(tokens: Token[]): string {
  let out = '';
  let glue = '';
  for (const token of visible(tokens)) {
    out += glue + oneBlockText(token as MarkedToken);
    // A task-list checkbox and the item text after it share a line, as they do on screen.
    glue = token.type === 'checkbox' ? '' : '\n';
  }
  return out;
}

function oneBlockText(t: MarkedToken): string {
  switch (t.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(t.tokens);
    case 'list':
      return t.items.map((item) => blockText(item.tokens)).join('\n');
    case 'code':
      return t.text;
    case 'blockquote':
      return blockText(t.tokens);
    case 'hr':
      return '';
    case 'table':
      return [t.header, ...t.rows].map((r) => r.map((c) => inlineText(c.tokens)).join(' ')).join('\n');
    case 'html':
      return t.raw.trim();
    default:
      return inlineText([t]);
  }
}

/**
 * Plain text: markup removed, link text kept. It is the text a reader sees, so it also keeps
 * what the renderer shows as literal text (raw HTML, image source, a refused link's URL).
 * Blocks, list items and line breaks are separated by "\n".
 */
export function markdownToText(text: string): string {
  return blockText(lex(String(text ?? '')));
}
