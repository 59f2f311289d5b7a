/**
 * What <ladder-compare> shows, as data: the levels compared (columns), one row per section, each
 * cell's items (a level's own items, or everything it expects), filtered, with the match count.
 * Computed once per change of its inputs; no DOM.
 */
import { ancestorsOf, diffLevels, matchLevel, orderedItems, resolveLevel } from './resolve.js';
import type { Ladder, Level, ResolvedItem, Section } from './types.js';

export type CompareMode = 'delta' | 'cumulative';

export const COMPARE_MODES: readonly CompareMode[] = ['delta', 'cumulative'];

export interface CompareRow {
  section: Section;
  /** One list per compared level, in column order. */
  cells: ResolvedItem[][];
}

/**
 * How an item stands in its column. Cumulative mode compares each column with the nearest level to
 * its left that it builds on (the previous column, in a ladder without branches): `new` is not
 * expected there yet, `carried` already is, `replaces` rewords one of its items (`previous`). A
 * column with no such level to its left is compared with the level it builds on. Delta mode tags
 * only replacements.
 */
export interface ItemTag {
  kind: 'new' | 'carried' | 'replaces';
  previous?: ResolvedItem;
}

export interface CompareView {
  /** The levels compared, in ladder order. */
  levels: Level[];
  /** Ids asked for that the ladder does not have (the others are shown; none known: every level). */
  unknown: string[];
  /** Per column (cumulative mode): the compared level it is measured against, if any. */
  bases: (Level | undefined)[];
  /** Per column: each item's tag, by item id. */
  tags: Map<string, ItemTag>[];
  /** Per column: the items matching the filter (0 without a filter). */
  columnMatches: number[];
  /** While filtering, sections with no match anywhere are left out; otherwise every section is there, for alignment. */
  rows: CompareRow[];
  /** Items matching the filter over every cell (0 without a filter). */
  matches: number;
}

export interface CompareInput {
  /** Ids of the levels to compare; empty or undefined: every level. */
  levels?: readonly string[];
  mode: CompareMode;
  /** Case-insensitive text an item must contain; blank: no filter. */
  filter?: string;
  /** An item's plain text, lower-cased, for the filter (the caller memoises it). */
  searchText: (item: ResolvedItem) => string;
}

/**
 * The levels `ids` name (exactly, or in another case when unambiguous: `l3` is `L3`), in ladder
 * order; every level when there are none, or when none of them is known.
 */
export function chosenLevels(ladder: Ladder, ids: readonly string[] | undefined): Level[] {
  if (!ids?.length) return ladder.levels;
  const wanted = new Set<Level>();
  for (const id of ids) {
    const level = matchLevel(ladder, id);
    if (level) wanted.add(level);
  }
  return wanted.size ? ladder.levels.filter((l) => wanted.has(l)) : ladder.levels;
}

/** Each column's tags (see ItemTag), and the level each cumulative column is measured against. */
function tagsOf(ladder: Ladder, levels: Level[], mode: CompareMode): { bases: (Level | undefined)[]; tags: Map<string, ItemTag>[] } {
  const bases = levels.map((level, i) =>
    mode === 'cumulative' ? ancestorsOf(ladder, level.id).find((a) => levels.indexOf(a) >= 0 && levels.indexOf(a) < i) : undefined,
  );
  const tags = levels.map((level, i) => {
    const map = new Map<string, ItemTag>();
    const base = bases[i];
    if (base) {
      const diff = diffLevels(ladder, base.id, level.id);
      for (const item of diff.carried) map.set(item.id, { kind: 'carried' });
      for (const item of diff.added) map.set(item.id, { kind: 'new' });
      for (const { item, previous } of diff.replaced) map.set(item.id, { kind: 'replaces', previous });
      return map;
    }
    for (const item of resolveLevel(ladder, level.id).items.values()) {
      if (item.levelId !== level.id) {
        if (mode === 'cumulative') map.set(item.id, { kind: 'carried' });
      } else if (item.replaces) map.set(item.id, { kind: 'replaces', previous: item.replaces });
      else if (mode === 'cumulative') map.set(item.id, { kind: 'new' });
    }
    return map;
  });
  return { bases, tags };
}

/** A level's items by section id: its own (delta), or everything it expects (cumulative). */
function columnOf(ladder: Ladder, level: Level, mode: CompareMode): Map<string, ResolvedItem[]> {
  const resolved = resolveLevel(ladder, level.id);
  const items = mode === 'cumulative' ? orderedItems(resolved) : resolved.sections.flatMap((s) => s.own);
  const bySection = new Map<string, ResolvedItem[]>();
  for (const item of items) {
    const list = bySection.get(item.sectionId);
    if (list) list.push(item);
    else bySection.set(item.sectionId, [item]);
  }
  return bySection;
}

export function compareView(ladder: Ladder, input: CompareInput): CompareView {
  const unknown = (input.levels ?? []).filter((id) => !matchLevel(ladder, id));
  const levels = chosenLevels(ladder, input.levels);
  const needle = (input.filter ?? '').trim().toLowerCase();
  const columns = levels.map((level) => columnOf(ladder, level, input.mode));
  const columnMatches = levels.map(() => 0);
  const rows: CompareRow[] = [];
  for (const section of ladder.sections) {
    const cells = columns.map((column) =>
      (column.get(section.id) ?? []).filter((item) => !needle || input.searchText(item).includes(needle)),
    );
    let count = 0;
    cells.forEach((cell, i) => {
      count += cell.length;
      if (needle) columnMatches[i]! += cell.length;
    });
    if (!needle || count > 0) rows.push({ section, cells });
  }
  const matches = columnMatches.reduce((n, c) => n + c, 0);
  return { levels, unknown, ...tagsOf(ladder, levels, input.mode), rows, columnMatches, matches };
}
