/**
 * Run-time Markdown → Lit templates, safely. (The public entry, with marked loaded up front, is
 * render.ts; elements use this module and load marked only for ladders that need it, see lex.ts.)
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
 * `<span part="refused-link" title="Link removed: unsupported URL">` (the `linkRemoved` string) — visible, never silent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MarkedToken, Token, Tokens } from 'marked';
import { getLadderStrings } from '../i18n/page-strings.js';
import { lex, visible } from './lex.js';
import { decode, linkHref, refusedTail } from './safe-url.js';

export interface MarkdownOptions {
  /** Case-insensitive substring wrapped in `<mark part="match">` inside text nodes; empty = none. */
  highlight?: string;
}

/* ------------------------------------------------------------------------------ rendering */

type Out = TemplateResult | string | typeof nothing | Out[];

function text(s: string, hl: RegExp | undefined): Out {
  if (!hl || !s) return s;
  // split() with a capturing group puts the matches at the odd indexes.
  return s.split(hl).map((part, i) => (i % 2 ? html`<mark part="match">${part}</mark>` : part));
}

/**
 * One value as itself, not in a list: Lit renders a list through a part (two marker comments) per
 * entry, and most texts are one paragraph of one run of text.
 */
const single = (out: Out[]): Out => (out.length === 1 ? out[0]! : out);

function inline(tokens: Token[] | undefined, hl: RegExp | undefined): Out {
  return single(inlineList(tokens, hl));
}

function inlineList(tokens: Token[] | undefined, hl: RegExp | undefined): Out[] {
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
        return html`<span part="refused-link" title=${getLadderStrings().linkRemoved}>${t.autolink ? nothing : content}${text(refusedTail(t), hl)}</span>`;
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

/** The regular expression that finds `highlight` (case-insensitive, literally), with the match captured for split(). */
export function highlighter(options: MarkdownOptions | undefined): RegExp | undefined {
  const needle = options?.highlight;
  return needle ? new RegExp(`(${needle.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')})`, 'giu') : undefined;
}

// A template result is an immutable description, so one per lexed text (without highlight) serves
// every place and every render that shows the text: a cumulative comparison shows each item once per level.
// They hold the page's strings of the time (a refused link's title): new strings, new results.
let blockResults = new WeakMap<Token[], TemplateResult>();
let inlineResults = new WeakMap<Token[], TemplateResult>();
let resultStrings = getLadderStrings();
function freshResults(): void {
  if (resultStrings === getLadderStrings()) return;
  resultStrings = getLadderStrings();
  blockResults = new WeakMap();
  inlineResults = new WeakMap();
}

/** The blocks of `tokens` as one template: a lone paragraph is its own `<p>` template, anything else a list in one. */
function blockTemplate(tokens: Token[], hl: RegExp | undefined): TemplateResult {
  const shown = visible(tokens);
  const only = shown[0] as MarkedToken | undefined;
  return shown.length === 1 && only?.type === 'paragraph' ? html`<p>${inline(only.tokens, hl)}</p>` : html`${blocks(tokens, hl)}`;
}

/** Block Markdown (paragraphs, lists…) as a Lit template. */
export function renderMarkdown(text: string, options?: MarkdownOptions): TemplateResult {
  const tokens = lex(String(text ?? ''));
  const hl = highlighter(options);
  if (hl) return blockTemplate(tokens, hl);
  freshResults();
  let result = blockResults.get(tokens);
  if (!result) blockResults.set(tokens, (result = blockTemplate(tokens, undefined)));
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
  freshResults();
  if (!hl && inlineResults.has(tokens)) return inlineResults.get(tokens)!;
  const result = shown.length === 1 && only?.type === 'paragraph' ? html`${inline(only.tokens, hl)}` : html`${blocks(tokens, hl)}`;
  if (!hl) inlineResults.set(tokens, result);
  return result;
}
