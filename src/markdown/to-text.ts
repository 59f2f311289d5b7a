/** Markdown → plain text: what a reader sees, for labels, filters and exports. No DOM. (Public entry: text.ts.) */
import type { MarkedToken, Token } from 'marked';
import { lex, visible } from './lex.js';
import { decode, linkHref, refusedTail } from './safe-url.js';

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

/** The plain text of block tokens (see markdownToText). */
export function blockText(tokens: Token[]): string {
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
