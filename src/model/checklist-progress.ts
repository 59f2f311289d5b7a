/**
 * Working through a long checklist, as data: which expectations are still unrated, the next one to
 * go to, how far each inherited group has come, and the view with only some items left in (the
 * "Only unrated" filter). Pure functions over a ChecklistView and the ratings; no DOM.
 *
 * "Rated" means what the summary counts (readiness.ts): an expectation with a scale value or "not
 * applicable". Red flags and examples are marked, not rated, so they are never "unrated".
 */
import type { ChecklistSection, ChecklistView } from './checklist-view.js';
import { entryOf, NOT_APPLICABLE, type RatingScale, type Ratings } from './ratings.js';
import type { SectionKind } from './types.js';

/** An item as the checklist lists it, in display order: its kind and, when inherited, its group's key. */
export interface ListedItem {
  id: string;
  kind: SectionKind;
  /** `<sectionId>-<levelId>` of the inherited group it is in; undefined for the level's own items. */
  group?: string;
}

/** The key of an inherited group: `<sectionId>-<levelId>`. */
export const groupKey = (sectionId: string, levelId: string): string => `${sectionId}-${levelId}`;

/** Every listed item in display order (own items, then each inherited group, section by section). */
export function listedItems(view: ChecklistView): ListedItem[] {
  return view.sections.flatMap(({ section, own, groups }) => [
    ...own.map((item) => ({ id: item.id, kind: section.kind })),
    ...groups.flatMap((g) => g.items.map((item) => ({ id: item.id, kind: section.kind, group: groupKey(section.id, g.levelId) }))),
  ]);
}

/** Whether an expectation has a rating the scale knows (a point, or not applicable). */
export function isRated(ratings: Ratings, id: string, scale: RatingScale): boolean {
  const value = entryOf(ratings, id)?.value;
  return value !== undefined && (value === NOT_APPLICABLE || scale.some((p) => p.value === value));
}

/** Ids of the listed expectations without a rating, in display order. */
export function unratedIds(listed: readonly ListedItem[], ratings: Ratings, scale: RatingScale): string[] {
  return listed.filter((i) => i.kind === 'expectation' && !isRated(ratings, i.id, scale)).map((i) => i.id);
}

/**
 * The first unrated expectation after `after` (an item id; from the top when undefined or not
 * listed), wrapping around to the top; undefined when every expectation is rated. `after` itself
 * comes last, so from an unrated item the next one is another, if there is one.
 */
export function nextUnrated(listed: readonly ListedItem[], ratings: Ratings, scale: RatingScale, after?: string): ListedItem | undefined {
  const start = after === undefined ? -1 : listed.findIndex((i) => i.id === after);
  const n = listed.length;
  for (let step = 1; step <= n; step++) {
    const item = listed[(start + step + n) % n]!;
    if (item.kind === 'expectation' && !isRated(ratings, item.id, scale)) return item;
  }
  return undefined;
}

/** How far a group of items has come: expectations rated, red flags applying, or examples done, of how many. */
export function progressOf(
  items: readonly { id: string }[],
  kind: SectionKind,
  ratings: Ratings,
  scale: RatingScale,
): { done: number; total: number } {
  let done = 0;
  for (const { id } of items) {
    const entry = entryOf(ratings, id);
    if (kind === 'expectation' ? isRated(ratings, id, scale) : kind === 'red-flag' ? entry?.applies : entry?.done) done++;
  }
  return { done, total: items.length };
}

/**
 * The view with only the items in `keep`: sections and groups left empty are left out. The same
 * view when nothing is dropped. Item objects are the view's own, so rows that stay are not rendered again.
 */
export function keepItems(view: ChecklistView, keep: ReadonlySet<string>): ChecklistView {
  let dropped = false;
  const sections: ChecklistSection[] = [];
  for (const s of view.sections) {
    const own = s.own.filter((i) => keep.has(i.id));
    const groups = s.groups
      .map((g) => ({ levelId: g.levelId, items: g.items.filter((i) => keep.has(i.id)) }))
      .filter((g) => g.items.length);
    const items = [...own, ...groups.flatMap((g) => g.items)];
    if (items.length !== s.items.length) dropped = true;
    if (items.length) sections.push({ section: s.section, own, groups, items });
  }
  return dropped ? { ...view, sections } : view;
}
