/**
 * Self-ratings against a ladder: the rating scale, the entries, merging two copies. The file format
 * is read in ratings-file.ts, summaries in readiness.ts, the Markdown export in ratings-markdown.ts.
 * Plain TypeScript, no DOM.
 *
 * The format (what a store holds, what "Download JSON" writes, the form value), version 1:
 *
 *   { "version": 1, "ladder"?: "engineering", "level"?: "L4", "exportedAt"?: "2025-…Z",
 *     "ratings": { "<itemId>": { "value"?: "sometimes", "applies"?: true, "done"?: true,
 *                                "note"?: "…", "updatedAt": 1733000000000 } } }
 *
 * Version 2 adds the history (ratings-history.ts): `"snapshots": [{ "id", "takenAt", "reason"?,
 * "label"?, "level"?, "ratings" }]` and `"droppedSnapshots": ["<id>", …]`. A file is written as
 * version 1 while it has no history, so readers of version 1 still read it; version 1 is read as
 * version 2 without history (the migration).
 *
 * Ratings are keyed by item id, not by level, so an L3 item rated in the L3 checklist is rated in
 * the L4 one too. `updatedAt` (ms since the epoch) is per entry: merging two copies keeps, item by
 * item, the entry changed last. An entry holding only `updatedAt` records that an item was cleared.
 * Times are clamped to MAX_TIME, where `+ 1` is still exact, so a later change always compares later.
 *
 * Ratings records have no prototype (see `record()`): item ids are keys from data.
 */
import { record } from './json-checks.js';
import type { LadderError } from './types.js';

/** The newest ratings format version this library reads and writes (it reads every older one). */
export const RATINGS_VERSION = 2;

/** The value stored for "Not applicable"; never a scale value. */
export const NOT_APPLICABLE = 'na';

export interface RatingPoint {
  value: string;
  label: string;
}

/** Lowest point first, highest ("Consistently") last. Values are unique and never `NOT_APPLICABLE`. */
export type RatingScale = readonly RatingPoint[];

export interface RatingEntry {
  /** Expectations: a scale value or `NOT_APPLICABLE`. */
  value?: string;
  /** Red flags: "applies to me". */
  applies?: boolean;
  /** Examples: "I have done this". */
  done?: boolean;
  /** Evidence, links: plain text, never rendered as HTML. */
  note?: string;
  /** When the entry last changed, in ms since the epoch; the later entry wins a merge. */
  updatedAt: number;
}

/** Entries by item id. */
export type Ratings = Record<string, RatingEntry>;

/** Why a snapshot was taken: by the person, on an export or print, or as the copy kept before a destructive action. */
export type SnapshotReason = 'manual' | 'export' | 'print' | 'before-clear' | 'before-import';

/** A dated copy of the ratings, kept in the same file (version 2). */
export interface RatingsSnapshot {
  /** Unique within the file; never reused. */
  id: string;
  /** When it was taken, in ms since the epoch. */
  takenAt: number;
  reason?: SnapshotReason;
  /** A name the person gave it (plain text). */
  label?: string;
  /** The level the checklist showed when it was taken (informative). */
  level?: string;
  /** The entries that said something at the time (cleared ones left out). */
  ratings: Ratings;
}

export interface RatingsFile {
  /** 1, or 2 when the file has a history. */
  version: 1 | typeof RATINGS_VERSION;
  /** Id of the ladder the ratings were made against (informative). */
  ladder?: string;
  /** Level the checklist showed (informative). */
  level?: string;
  /** ISO date of an export (informative). */
  exportedAt?: string;
  ratings: Ratings;
  /** Dated copies of the ratings, oldest first (version 2). */
  snapshots?: RatingsSnapshot[];
  /** Ids of snapshots the person dropped, so that merging an older copy does not bring them back (version 2). */
  droppedSnapshots?: string[];
}

/** `newerVersion`: the data is a ratings file of a version newer than this library reads (not damaged: never overwrite it). */
export type RatingsParseResult = { ok: true; file: RatingsFile } | { ok: false; errors: LadderError[]; newerVersion?: number };

/** The entry for an item id; own properties only, so an item called "constructor" is safe. */
export function entryOf(ratings: Ratings, id: string): RatingEntry | undefined {
  return Object.hasOwn(ratings, id) ? ratings[id] : undefined;
}

/** True when an entry says nothing (never rated, or cleared). */
export function isEmptyEntry(entry: RatingEntry | undefined): boolean {
  return !entry || (entry.value === undefined && !entry.applies && !entry.done && !entry.note);
}

/** The latest time an entry may carry: JavaScript's last valid date (below 2^53, so `t + 1 > t`). */
export const MAX_TIME = 8.64e15;

/** A saved time made safe to compare and to count on: within 0…MAX_TIME, a whole number of ms. */
export function clampTime(t: number): number {
  return Math.min(MAX_TIME, Math.max(0, Math.floor(t)));
}

/** An empty ratings record (no prototype). */
export const emptyRatings = (): Ratings => record<RatingEntry>();

/** A copy of `ratings` (no prototype), optionally keeping only some entries. */
export function copyRatings(ratings: Ratings, keep?: (entry: RatingEntry, id: string) => boolean): Ratings {
  const out = emptyRatings();
  for (const [id, entry] of Object.entries(ratings)) if (!keep || keep(entry, id)) out[id] = entry;
  return out;
}

/** Only the entries that say something (the form value and exports leave cleared ones out). */
export const withContent = (ratings: Ratings): Ratings => copyRatings(ratings, (e) => !isEmptyEntry(e));

/** Whether two entries say the same, whenever they were made. */
export function sameContent(a: RatingEntry | undefined, b: RatingEntry | undefined): boolean {
  return (
    (a?.value ?? '') === (b?.value ?? '') && !a?.applies === !b?.applies && !a?.done === !b?.done && (a?.note ?? '') === (b?.note ?? '')
  );
}

/** Same time: the larger JSON wins, so that two tabs merging each other's copies agree. */
function newer(a: RatingEntry, b: RatingEntry): boolean {
  return a.updatedAt !== b.updatedAt ? a.updatedAt > b.updatedAt : JSON.stringify(a) > JSON.stringify(b);
}

/**
 * Both copies, item by item: the entry changed last wins, so neither side loses its changes to other
 * items. Commutative. Returns `ours` itself when `theirs` changes nothing.
 */
export function mergeRatings(ours: Ratings, theirs: Ratings): Ratings {
  let out: Ratings | undefined;
  for (const [id, entry] of Object.entries(theirs)) {
    const mine = entryOf(ours, id);
    if (mine && !newer(entry, mine)) continue;
    out ??= copyRatings(ours);
    out[id] = entry;
  }
  return out ?? ours;
}

/** A time for a new entry: now, but always after the entry it replaces (two changes in one ms). */
export function nextUpdatedAt(previous: RatingEntry | undefined, now = Date.now()): number {
  return Math.min(MAX_TIME, Math.max(clampTime(now), clampTime(previous?.updatedAt ?? 0) + 1));
}
