/**
 * What <ladder-checklist> lists, as data: a level's items by section (its own, then the inherited
 * ones grouped by the level they come from), or — comparing with the next level — only what that
 * level adds or rewords. Computed once per change of ladder, level and target; no DOM.
 */
import { diffLevels, groupByLevel, resolveLevel } from './resolve.js';
import type { Ladder, Level, ResolvedItem, Section } from './types.js';

export interface ChecklistSection {
  section: Section;
  own: ResolvedItem[];
  /** Inherited items by the level they come from, nearest first. */
  groups: { levelId: string; items: ResolvedItem[] }[];
  /** own, then the groups: display order. */
  items: ResolvedItem[];
}

export interface ChecklistView {
  ladder: Ladder;
  level: Level;
  /** The level compared with ("what the next level adds"), if any. */
  target?: Level;
  /** Sections with at least one item listed. */
  sections: ChecklistSection[];
}

function sectionsOf(ladder: Ladder, levelId: string, only?: ReadonlySet<string>): ChecklistSection[] {
  const keep = (item: ResolvedItem) => !only || only.has(item.id);
  return resolveLevel(ladder, levelId)
    .sections.map(({ section, own, inherited }) => {
      const mine = own.filter(keep);
      const groups = groupByLevel(inherited.filter(keep));
      return { section, own: mine, groups, items: [...mine, ...groups.flatMap((g) => g.items)] };
    })
    .filter((s) => s.items.length > 0);
}

/** Everything `level` expects, or with `target`: what `target` adds or rewords over `level`. */
export function checklistView(ladder: Ladder, level: Level, target?: Level): ChecklistView {
  if (!target || target === level) return { ladder, level, sections: sectionsOf(ladder, level.id) };
  const diff = diffLevels(ladder, level.id, target.id);
  const shown = new Set([...diff.added, ...diff.replaced.map((r) => r.item)].map((i) => i.id));
  return { ladder, level, target, sections: sectionsOf(ladder, target.id, shown) };
}

/** Ids of every item listed, in display order. */
export function listedIds(view: ChecklistView): string[] {
  return view.sections.flatMap((s) => s.items.map((i) => i.id));
}

/** A view cut to its first `limit` rows in display order, and how many rows were left out. */
export interface LimitedChecklistView extends ChecklistView {
  /** Rows listed, and rows not listed (the checklist offers "Show more"). */
  shown: number;
  hidden: number;
}

/**
 * The first `limit` rows of `view` (sections, then each section's own items and groups, in display
 * order). A view that fits is returned with `hidden: 0`; the cut one keeps every section's identity
 * where it is whole, so that rows that did not change are not rendered again.
 */
export function limitView(view: ChecklistView, limit: number): LimitedChecklistView {
  let left = limit;
  let hidden = 0;
  const take = <T>(items: T[]): T[] => {
    const shown = items.length <= left ? items : items.slice(0, Math.max(0, left));
    left -= shown.length;
    hidden += items.length - shown.length;
    return shown;
  };
  const sections: ChecklistSection[] = [];
  for (const s of view.sections) {
    if (left <= 0) {
      hidden += s.items.length;
      continue;
    }
    if (s.items.length <= left) {
      left -= s.items.length;
      sections.push(s);
      continue;
    }
    const own = take(s.own);
    const groups = s.groups.map((g) => ({ levelId: g.levelId, items: take(g.items) })).filter((g) => g.items.length > 0);
    sections.push({ section: s.section, own, groups, items: [...own, ...groups.flatMap((g) => g.items)] });
  }
  return { ...view, sections, shown: limit - Math.max(0, left), hidden };
}

const sectionIndexes = new WeakMap<ChecklistView, Map<string, number>>();

/** The index in `view.sections` of the section listing item `id`, or undefined. */
export function sectionOfItem(view: ChecklistView, id: string): number | undefined {
  let index = sectionIndexes.get(view);
  if (!index) {
    index = new Map();
    view.sections.forEach((s, i) => {
      for (const item of s.items) index!.set(item.id, i);
    });
    sectionIndexes.set(view, index);
  }
  return index.get(id);
}
