/**
 * Markdown → Lit templates, with marked loaded together with this module, so every call parses at once
 * (the public `renderMarkdown` / `renderInlineMarkdown`). The renderer itself, with its allow-list, is
 * to-templates.ts; the elements import that directly and load marked only when a ladder needs it.
 */
import { useParser } from './lex.js';
import { markedLex } from './marked-lexer.js';

useParser(markedLex);

export { type MarkdownOptions, renderInlineMarkdown, renderMarkdown } from './to-templates.js';
