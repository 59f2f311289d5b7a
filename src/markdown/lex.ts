/**
 * Markdown text → marked block tokens, from a bounded cache. marked itself (15 KB gzip) is loaded only
 * when a text needs it: a text without Markdown syntax gets the tokens marked would give it at once
 * (`isPlain`), a ladder may carry its texts precompiled (src/markdown/precompiled.ts), and everything
 * else waits for `loadParser()`. Elements ask `ladderParserPending` (src/data/ladder-markdown.ts) before
 * they render a ladder, so they never meet a text that cannot be lexed yet.
 */
import type { Token } from 'marked';

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

/* ------------------------------------------------------------------------------ the parser */

type Lex = (text: string) => Token[];
let parser: Lex | undefined;
let parserLoad: Promise<void> | undefined;
let parserFailed = false;

/** Sets the lexer (marked's, see marked-lexer.ts): render.ts and text.ts do so up front, elements on demand. */
export function useParser(lex: Lex): void {
  parser = lex;
  // Forms precompiled by a ladder are only stand-ins for marked: from now on marked decides.
  precompiled.clear();
}

/** True once marked is there (or could not be loaded: texts are then shown as plain text). */
export const parserReady = (): boolean => parser !== undefined || parserFailed;

/** Loads marked (once). Resolves when texts can be lexed, also when loading failed. */
export function loadParser(): Promise<void> {
  if (parser) return Promise.resolve();
  parserLoad ??= import('./marked-lexer.js').then(
    (m) => useParser(m.markedLex),
    (error: unknown) => {
      parserFailed = true;
      console.error('ladder-elements: could not load the Markdown parser; texts are shown as written.', error);
    },
  );
  return parserLoad;
}

/* ------------------------------------------------------------------------------ plain text */

// No character that can start Markdown syntax anywhere (\ ` * _ [ ] < > | ~ @ and line breaks or other
// control characters), none that starts a block at the beginning (# - + = > or "1." / "1)"), no
// character reference (& before # or a letter), no whitespace at either end (marked trims it) and no
// bare URL (GFM autolinks "://" and "www."). Each test is linear: one lookahead, one character class.
// biome-ignore lint/suspicious/noControlCharactersInRegex: excluding them is the point
const PLAIN = /^(?![-+=#\s]|\d+[.)])[^\\`*_[\]<>|~@\u0000-\u001f\u007f]*$/;
const NOT_PLAIN = /:\/\/|www\.|&[#a-z]|\s$/i;

/** Whether marked would read `text` as one paragraph of plain text (and so is not needed for it). */
export function isPlain(text: string): boolean {
  return PLAIN.test(text) && !NOT_PLAIN.test(text);
}

/** The tokens marked gives a plain text (test/node/markdown-lex.test.ts compares them with marked's). */
function plainTokens(text: string): Token[] {
  if (text === '') return [];
  return [{ type: 'paragraph', raw: text, text, tokens: [{ type: 'text', raw: text, text, escaped: false }] }];
}

/** Whether `text` needs marked to be shown as it should (not plain, not too long to parse). */
export const needsParser = (text: string): boolean => text.length <= MAX_MARKDOWN_LENGTH && !isPlain(text);

/* ---------------------------------------------------------------------------- precompiled */

// Texts a ladder carried precompiled, until marked is loaded: by text, with the form's JSON so that two
// ladders offering different forms for the same text can be told apart. Such a text is then disputed:
// neither form is used, and the elements wait for marked, so no ladder can restyle another's text.
const precompiled = new Map<string, { form: string; tokens: Token[] } | 'disputed'>();
// The bundled ladders' forms, made by the build from marked's own output: always used.
const trusted = new Map<string, Token[]>();
let disputes = 0;

/** How many texts were disputed so far: a ladder found ready before a new dispute is checked again. */
export const precompiledDisputes = (): number => disputes;

/** Takes tokens made by the build from marked's own output (the bundled ladder's texts). */
export function useLexed(lexed: Record<string, Token[]>): void {
  for (const [text, tokens] of Object.entries(lexed)) trusted.set(text, tokens);
}

/** Whether `text` can be lexed now as marked would (without a precompiled form of a ladder). */
export const lexableNow = (text: string): boolean => parser !== undefined || cache.has(text) || trusted.has(text) || !needsParser(text);

/** Offers a ladder's precompiled form of `text`. True when it is the form in use for that text. */
export function offerPrecompiled(text: string, form: string, tokens: Token[]): boolean {
  if (parser) return false;
  const held = precompiled.get(text);
  if (held === undefined) precompiled.set(text, { form, tokens });
  else if (held !== 'disputed' && held.form !== form) {
    precompiled.set(text, 'disputed');
    disputes++;
  }
  return precompiled.get(text) !== 'disputed';
}

/* -------------------------------------------------------------------------------- lexing */

/** Block tokens for a text, from a bounded cache (least recently used entry dropped). */
export function lex(text: string): Token[] {
  let tokens = cache.get(text);
  if (tokens) {
    cache.delete(text);
  } else {
    const known = trusted.get(text);
    if (known) return known;
    if (text.length > MAX_MARKDOWN_LENGTH) tokens = [{ type: 'unparsed', raw: text }];
    else if (isPlain(text)) tokens = plainTokens(text);
    else if (parser) {
      try {
        tokens = parser(text);
      } catch {
        tokens = [{ type: 'unparsed', raw: text }];
      }
    } else {
      const held = precompiled.get(text);
      if (held && held !== 'disputed') return held.tokens;
      // Not lexable yet: shown as written (a text binding, like any text) and not cached.
      if (!parserFailed) loadParser();
      return [{ type: 'unparsed', raw: text }];
    }
    if (cache.size >= MARKDOWN_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  cache.set(text, tokens);
  return tokens;
}

/** The blocks that produce output (definitions and blank lines do not). */
export const visible = (tokens: Token[]): Token[] => tokens.filter((t) => t.type !== 'space' && t.type !== 'def');
