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
