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
  /** One list per compared level, in column order. */
  cells: ResolvedItem[][];
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

/** The levels `ids` name, in ladder order; every level when there are none. */
export function chosenLevels(ladder: Ladder, ids: readonly string[] | undefined): Level[] {
  if (!ids?.length) return ladder.levels;
  const wanted = new Set(ids);
  return ladder.levels.filter((l) => wanted.has(l.id));
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
  const known = new Set(ladder.levels.map((l) => l.id));
  const unknown = (input.levels ?? []).filter((id) => !known.has(id));
  const levels = chosenLevels(ladder, input.levels);
  const needle = (input.filter ?? '').trim().toLowerCase();
  const columns = levels.map((level) => columnOf(ladder, level, input.mode));
  let matches = 0;
  const rows: CompareRow[] = [];
  for (const section of ladder.sections) {
    const cells = columns.map((column) =>
      (column.get(section.id) ?? []).filter((item) => !needle || input.searchText(item).includes(needle)),
    );
    const count = cells.reduce((n, cell) => n + cell.length, 0);
    matches += count;
    if (!needle || count > 0) rows.push({ section, cells });
  }
  return { levels, unknown, rows, matches: needle ? matches : 0 };
}
