/**
 * What <ladder-compare> shows, as data: the levels compared (columns), one row per section, each
 * cell's items (a level's own items, or everything it expects), filtered, with the match count.
 * Computed once per change of its inputs; no DOM.
 */
import { orderedItems, resolveLevel } from './resolve.js';
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

export interface CompareView {
  /** The levels compared, in ladder order. */
  levels: Level[];
  /** Ids asked for that the ladder does not have. */
  unknown: string[];
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

/** The levels `ids` name, in ladder order; every level when there are none. */
export function chosenLevels(ladder: Ladder, ids: readonly string[] | undefined): Level[] {
  if (!ids?.length) return ladder.levels;
  const wanted = new Set(ids);
  return ladder.levels.filter((l) => wanted.has(l.id));
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
  const known = new Set(ladder.levels.map((l) => l.id));
  const unknown = (input.levels ?? []).filter((id) => !known.has(id));
  const chosen = chosenLevels(ladder, input.levels);
  const levels = chosen.slice(0, MAX_COMPARE_LEVELS);
  const needle = (input.filter ?? '').trim().toLowerCase();
  const lists = levels.map((level) => columnOf(ladder, level, input.mode));
  let matches = 0;
  const all: { section: Section; cells: ResolvedItem[][] }[] = [];
  for (const section of ladder.sections) {
    const cells = lists.map((column) => {
      const items = column.get(section.id) ?? [];
      return needle ? items.filter((item) => input.searchText(item).includes(needle)) : items;
    });
    const count = cells.reduce((n, cell) => n + cell.length, 0);
    matches += count;
    if (!needle || count > 0) all.push({ section, cells });
  }
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
  return { levels, unknown, rows, matches: needle ? matches : 0, hidden, moreLevels: chosen.length - levels.length };
}
