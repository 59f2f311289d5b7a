/** Markdown text → marked block tokens, from a bounded cache, with a length past which text is not parsed. */
import { Lexer, type Token } from 'marked';

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
export function lex(text: string): Token[] {
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
export const visible = (tokens: Token[]): Token[] => tokens.filter((t) => t.type !== 'space' && t.type !== 'def');
