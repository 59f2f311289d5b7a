/**
 * Markdown → plain text, with marked loaded together with this module, so every call parses at once
 * (the public `markdownToText`). The implementation is to-text.ts; the elements import that directly
 * and load marked only when a ladder needs it.
 */
import { useParser } from './lex.js';
import { markedLex } from './marked-lexer.js';

useParser(markedLex);

export { markdownToText } from './to-text.js';
