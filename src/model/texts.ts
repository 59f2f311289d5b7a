/** The texts of a ladder that are shown as Markdown. No DOM. */
import type { Ladder } from './types.js';

const memo = new WeakMap<Ladder, Set<string>>();

/** Every Markdown text of a validated ladder, once each: its description, level titles and summaries, section descriptions, item texts, details and examples. */
export function markdownTexts(ladder: Ladder): Set<string> {
  let texts = memo.get(ladder);
  if (texts) return texts;
  memo.set(ladder, (texts = new Set<string>()));
  const add = (text: string | undefined) => {
    if (text !== undefined) texts!.add(text);
  };
  add(ladder.description);
  for (const section of ladder.sections) add(section.description);
  for (const level of ladder.levels) {
    add(level.title);
    add(level.summary);
    for (const items of Object.values(level.items)) {
      for (const item of items) {
        add(item.text);
        item.details?.forEach(add);
        item.examples?.forEach(add);
      }
    }
  }
  return texts;
}
