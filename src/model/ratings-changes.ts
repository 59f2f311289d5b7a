/**
 * What a ratings history says (ratings-history.ts keeps it): what changed for each item since a
 * snapshot, and each section's counts across the snapshots (the trend). Plain TypeScript, no DOM.
 */
import {
  entryOf,
  isEmptyEntry,
  NOT_APPLICABLE,
  type RatingEntry,
  type RatingScale,
  type Ratings,
  type RatingsSnapshot,
} from './ratings.js';
import { type SectionTally, summarize } from './readiness.js';
import type { SectionKind } from './types.js';

/* ------------------------------------------------------------------------------ changes since */

/**
 * How an item changed: its rating moved `up` or `down` the scale, was `new`ly rated, `unrated`
 * (cleared), or `changed` to or from "not applicable" (or a value the scale does not have); a red
 * flag now `applies` or `no-longer-applies`; an example was marked `done` or `undone`; only the
 * `note` changed.
 */
export type ChangeKind = 'up' | 'down' | 'new' | 'unrated' | 'changed' | 'applies' | 'no-longer-applies' | 'done' | 'undone' | 'note';

export interface RatingChange {
  id: string;
  kind: ChangeKind;
  sectionKind: SectionKind;
  before?: RatingEntry;
  now?: RatingEntry;
  /** The note changed too (or only the note, with kind `note`). */
  noteChanged: boolean;
}

/** The order changes are listed in. */
export const CHANGE_ORDER: readonly ChangeKind[] = [
  'up',
  'down',
  'new',
  'unrated',
  'changed',
  'applies',
  'no-longer-applies',
  'done',
  'undone',
  'note',
];

function kindOf(sectionKind: SectionKind, before: RatingEntry | undefined, now: RatingEntry | undefined, scale: RatingScale) {
  if (sectionKind === 'red-flag') return !before?.applies === !now?.applies ? undefined : now?.applies ? 'applies' : 'no-longer-applies';
  if (sectionKind === 'example') return !before?.done === !now?.done ? undefined : now?.done ? 'done' : 'undone';
  const [b, n] = [before?.value, now?.value];
  if (b === n) return undefined;
  if (b === undefined) return 'new';
  if (n === undefined) return 'unrated';
  const [i, j] = [scale.findIndex((p) => p.value === b), scale.findIndex((p) => p.value === n)];
  if (i < 0 || j < 0 || b === NOT_APPLICABLE || n === NOT_APPLICABLE) return 'changed';
  return j > i ? 'up' : 'down';
}

/** What changed between `before` (a snapshot's ratings) and `now`, for the items listed, in CHANGE_ORDER then list order. */
export function changesSince(
  sections: readonly { section: { kind: SectionKind }; items: readonly { id: string }[] }[],
  before: Ratings,
  now: Ratings,
  scale: RatingScale,
): RatingChange[] {
  const changes: RatingChange[] = [];
  for (const { section, items } of sections) {
    for (const { id } of items) {
      const b = entryOf(before, id);
      const n = entryOf(now, id);
      const [bEntry, nEntry] = [isEmptyEntry(b) ? undefined : b, isEmptyEntry(n) ? undefined : n];
      const noteChanged = (bEntry?.note ?? '') !== (nEntry?.note ?? '');
      const kind = kindOf(section.kind, bEntry, nEntry, scale) ?? (noteChanged ? 'note' : undefined);
      if (kind) changes.push({ id, kind, sectionKind: section.kind, before: bEntry, now: nEntry, noteChanged });
    }
  }
  return changes.sort((a, b) => CHANGE_ORDER.indexOf(a.kind) - CHANGE_ORDER.indexOf(b.kind));
}

/* ------------------------------------------------------------------------------ trend */

export interface TrendPoint {
  /** The snapshot, or undefined for the current ratings (the last point). */
  snapshot?: RatingsSnapshot;
  tally: SectionTally;
}

export interface SectionTrend {
  title: string;
  kind: SectionKind;
  /** Oldest first, the current ratings last. */
  points: TrendPoint[];
}

/**
 * Each section's counts at every snapshot (oldest first), then now (`now`: the current summary's
 * sections, in the same order): the trend chart's data. Work: snapshots × items, so callers compute
 * it when the snapshots change, not on every edit.
 */
export function snapshotTallies(
  sections: Parameters<typeof summarize>[0],
  snapshots: readonly RatingsSnapshot[],
  scale: RatingScale,
): SectionTally[][] {
  return snapshots.map((s) => summarize(sections, s.ratings, scale).sections);
}

/** The trend per section from `snapshotTallies` and the current tallies. */
export function sectionTrends(
  snapshots: readonly RatingsSnapshot[],
  tallies: readonly SectionTally[][],
  now: readonly SectionTally[],
): SectionTrend[] {
  return now.map((current, i) => ({
    title: current.section.title,
    kind: current.section.kind,
    points: [...snapshots.map((snapshot, j) => ({ snapshot, tally: tallies[j]![i]! })), { tally: current }],
  }));
}
