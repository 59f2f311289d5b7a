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
  /** One list per compared level, in column order: the items shown (at most `cellLimit`). */
  cells: ResolvedItem[][];
  /** Per cell, how many items (matching the filter) were left out for length. */
  hidden: number[];
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
  /** Items left out of cells for length, over every cell. */
  hidden: number;
  /** Chosen levels beyond MAX_COMPARE_LEVELS, not shown. */
  moreLevels: number;
}

/** Levels shown side by side at most (the first ones, in ladder order); a wider table is not readable anyway. */
export const MAX_COMPARE_LEVELS = 100;

/**
 * How many items a cell shows at most: the largest number for which the cells, each cut to it, hold no
 * more than `budget` items together (small cells keep all of theirs, large ones share what is left),
 * and at least 3. A cumulative comparison of 250 chained levels would otherwise list 627,500 items;
 * past the limit each cell says how many more it has, and "Show more" doubles the budget.
 */
export function cellLimit(budget: number, sizes: readonly number[]): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  let left = budget;
  for (let i = 0; i < sorted.length; i++) {
    const share = Math.floor(left / (sorted.length - i));
    if (sorted[i]! > share) return Math.max(3, share);
    left -= sorted[i]!;
  }
  return Number.POSITIVE_INFINITY;
}

export interface CompareInput {
  /** Ids of the levels to compare; empty or undefined: every level. */
  levels?: readonly string[];
  mode: CompareMode;
  /** Case-insensitive text an item must contain; blank: no filter. */
  filter?: string;
  /** An item's plain text, lower-cased, for the filter (the caller memoises it). */
  searchText: (item: ResolvedItem) => string;
  /** Items shown in all cells together, at most (see cellLimit). Default: no limit. */
  budget?: number;
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

// A level's column depends only on the ladder, the level and the mode: kept, so that a keystroke in the
// filter or a level added does not list every level's items again.
const columns = new WeakMap<Level, Map<CompareMode, Map<string, ResolvedItem[]>>>();

/** A level's items by section id: its own (delta), or everything it expects (cumulative). */
function columnOf(ladder: Ladder, level: Level, mode: CompareMode): Map<string, ResolvedItem[]> {
  let byMode = columns.get(level);
  if (!byMode) columns.set(level, (byMode = new Map()));
  let column = byMode.get(mode);
  if (!column) byMode.set(mode, (column = listColumn(ladder, level, mode)));
  return column;
}

function listColumn(ladder: Ladder, level: Level, mode: CompareMode): Map<string, ResolvedItem[]> {
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
  const chosen = chosenLevels(ladder, input.levels);
  const levels = chosen.slice(0, MAX_COMPARE_LEVELS);
  const needle = (input.filter ?? '').trim().toLowerCase();
  const lists = levels.map((level) => columnOf(ladder, level, input.mode));
  const columnMatches = levels.map(() => 0);
  const all: { section: Section; cells: ResolvedItem[][] }[] = [];
  for (const section of ladder.sections) {
    const cells = lists.map((column) => {
      const items = column.get(section.id) ?? [];
      return needle ? items.filter((item) => input.searchText(item).includes(needle)) : items;
    });
    let count = 0;
    cells.forEach((cell, i) => {
      count += cell.length;
      if (needle) columnMatches[i]! += cell.length;
    });
    if (!needle || count > 0) all.push({ section, cells });
  }
  const matches = columnMatches.reduce((n, c) => n + c, 0);
  const limit =
    input.budget === undefined
      ? Number.POSITIVE_INFINITY
      : cellLimit(
          input.budget,
          all.flatMap((r) => r.cells.map((c) => c.length)),
        );
  let hidden = 0;
  const rows = all.map(({ section, cells }) => {
    const cut = cells.map((cell) => Math.max(0, cell.length - limit));
    hidden += cut.reduce((n, h) => n + h, 0);
    return { section, cells: cells.map((cell, i) => (cut[i] ? cell.slice(0, limit) : cell)), hidden: cut };
  });
  return {
    levels,
    unknown,
    ...tagsOf(ladder, levels, input.mode),
    rows,
    columnMatches,
    matches,
    hidden,
    moreLevels: chosen.length - levels.length,
  };
}
