/**
 * Whether a ladder's texts can be shown yet: elements ask before rendering a ladder, and wait (showing
 * "Loading…") while what it needs loads. A text needs nothing when it has no Markdown syntax or is
 * one of the bundled ladder's (lexed by the build); else the ladder's own precompiled form of it (read
 * when the ladder was validated, see src/model/validate-precompiled.ts), unless another ladder on the
 * page disputes it; else marked.
 */
import { lexableNow, loadParser, offerPrecompiled, parserReady, precompiledDisputes } from '../markdown/lex.js';
import { checkedForms } from '../model/checked-forms.js';
import { markdownTexts } from '../model/texts.js';
import type { Ladder } from '../model/types.js';

/** Precompiled texts held for the page before marked is loaded; past this, ladders load marked. */
export const MAX_PRECOMPILED_TEXTS = 20_000;
let held = 0;

// Per ladder: the dispute count when every text could be shown without marked (see lex.ts), or
// 'parser' when it needs marked.
const ready = new WeakMap<Ladder, number | 'parser'>();
const counted = new WeakSet<Ladder>();

/** True when every text of `ladder` can be shown now. */
function offerAll(ladder: Ladder): boolean {
  const missing = [...markdownTexts(ladder)].filter((text) => !lexableNow(text));
  if (missing.length === 0) return true;
  const forms = checkedForms.get(ladder);
  if (!forms || !missing.every((text) => forms.has(text))) return false;
  if (!counted.has(ladder)) {
    counted.add(ladder);
    held += missing.length;
  }
  if (held > MAX_PRECOMPILED_TEXTS) return false;
  let all = true;
  for (const text of missing) {
    const { form, tokens } = forms.get(text)!;
    if (!offerPrecompiled(text, form, tokens)) all = false;
  }
  return all;
}

/** Undefined when `ladder` can be rendered now; else a promise that settles when it can (or should be asked again). */
export function markdownPending(ladder: Ladder): Promise<unknown> | undefined {
  if (parserReady()) return undefined;
  const known = ready.get(ladder);
  if (known === precompiledDisputes()) return undefined;
  if (known !== 'parser' && offerAll(ladder)) {
    ready.set(ladder, precompiledDisputes());
    return undefined;
  }
  ready.set(ladder, 'parser');
  return loadParser();
}
