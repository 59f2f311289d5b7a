/**
 * Checks a ladder's `precompiled` field (Markdown precompiled by `ladder build --precompile`, see
 * src/markdown/precompiled.ts): `{ "format": 1, "texts": { "<a text of the ladder>": <form> } }`.
 * Another format is ignored (the texts are then parsed at run time). No DOM.
 */
import { fromForm } from '../markdown/precompiled.js';
import { type CheckedForm, checkedForms } from './checked-forms.js';
import { type Checker, isRecord, pathKey, quote, show, typeName } from './json-checks.js';
import { markdownTexts } from './texts.js';
import { type Ladder, PRECOMPILED_FORMAT } from './types.js';

export function checkPrecompiled(c: Checker, ladder: Ladder, value: unknown): void {
  const at = '$.precompiled';
  if (!isRecord(value)) {
    c.error(at, `must be an object { format, texts }, not ${typeName(value)}`);
    return;
  }
  c.known(value, at, ['format', 'texts']);
  if (typeof value.format !== 'number') c.error(pathKey(at, 'format'), `must be a number, not ${typeName(value.format)}`);
  if (value.format !== PRECOMPILED_FORMAT) return;
  const textsAt = pathKey(at, 'texts');
  if (!isRecord(value.texts)) {
    c.error(textsAt, `must be an object of forms by text, not ${typeName(value.texts)}`);
    return;
  }
  const texts = markdownTexts(ladder);
  const checked = new Map<string, CheckedForm>();
  const before = c.errors.length;
  for (const [text, form] of Object.entries(value.texts)) {
    // Keys are whole texts: cut in paths, as values are in messages.
    const path = `${textsAt}[${quote(text, 60)}]`;
    if (!texts.has(text)) {
      c.error(path, `${show(text)} is not a text of this ladder`);
      continue;
    }
    const read = fromForm(form, text, path);
    if ('error' in read) c.error(read.error.path, read.error.message);
    else checked.set(text, { form: JSON.stringify(form), tokens: read.tokens });
  }
  if (c.errors.length === before) checkedForms.set(ladder, checked);
}
