/** marked's lexer with the options the renderer expects: the only module that imports marked at run time. */
import { Lexer, type Token } from 'marked';

/**
 * Block tokens of `text`. A fresh options object each time: marked's global defaults (and any
 * extension someone registered with marked.use) must not change what is rendered here.
 */
export function markedLex(text: string): Token[] {
  return new Lexer({ gfm: true }).lex(text);
}
