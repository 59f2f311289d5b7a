/**
 * Precompiled Markdown as `parseLadder` found it: per validated ladder, each text's tokens and its
 * form's JSON (to tell two ladders' forms apart). Read by the elements (src/data/ladder-markdown.ts),
 * which so need no code of their own to read forms. No DOM.
 */
import type { Token } from 'marked';

export interface CheckedForm {
  form: string;
  tokens: Token[];
}

export const checkedForms = new WeakMap<object, Map<string, CheckedForm>>();
