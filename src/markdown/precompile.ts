/** Build time: a ladder with its Markdown texts precompiled (`ladder build --precompile`, and the drop-in's bundled ladder). */
import { record } from '../model/json-checks.js';
import { markdownTexts } from '../model/texts.js';
import { type Ladder, PRECOMPILED_FORMAT } from '../model/types.js';
import { needsParser } from './lex.js';
import { markedLex } from './marked-lexer.js';
import { type Form, toForm } from './precompiled.js';

/** `ladder` plus `precompiled`: the form of every text that would need marked (texts without Markdown syntax need none). */
export function precompileLadder(ladder: Ladder): Ladder {
  const texts = record<Form>();
  for (const text of markdownTexts(ladder)) {
    if (!needsParser(text)) continue;
    const form = toForm(markedLex(text));
    if (form) texts[text] = form;
  }
  return { ...ladder, precompiled: { format: PRECOMPILED_FORMAT, texts } };
}
