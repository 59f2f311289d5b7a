/**
 * The history of a ratings file (format version 2): dated snapshots kept with the current ratings,
 * and merging two copies of a file. What changed since a snapshot and the per-section trend are in
 * ratings-changes.ts. Plain TypeScript, no DOM.
 *
 * Snapshots are never changed once taken. A file keeps at most `SNAPSHOT_CAP` of them by its own
 * additions: adding one to a full history needs the oldest dropped, which the caller does only after
 * the person confirmed it. Merging two copies never drops anything except the snapshots one of them
 * dropped on purpose (their ids are kept in `droppedSnapshots`), so it may exceed the cap.
 */
import {
  entryOf,
  mergeRatings,
  type Ratings,
  type RatingsFile,
  type RatingsSnapshot,
  type SnapshotReason,
  sameContent,
  withContent,
} from './ratings.js';

/** How many snapshots a history keeps before the oldest must be dropped (after a confirmation). */
export const SNAPSHOT_CAP = 24;
/** How many ids of dropped snapshots a file remembers (older ones may come back from a very old copy: nothing is lost). */
export const DROPPED_MEMORY = 200;

/** An empty file (no prototype in its ratings). */
export function emptyRatingsFile(): RatingsFile {
  return { version: 2, ratings: Object.create(null) as Ratings };
}

/** A new snapshot of `ratings` (only entries that say something). */
export function makeSnapshot(ratings: Ratings, reason: SnapshotReason, now = Date.now(), level?: string, label?: string): RatingsSnapshot {
  const id = `s${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const snapshot: RatingsSnapshot = { id, takenAt: now, reason, ratings: withContent(ratings) };
  if (level) snapshot.level = level;
  if (label) snapshot.label = label;
  return snapshot;
}

/** Snapshots oldest first (by time, then id). */
export function snapshotsOf(file: RatingsFile): RatingsSnapshot[] {
  return [...(file.snapshots ?? [])].sort((a, b) => a.takenAt - b.takenAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether two sets of ratings say the same for every item (times and cleared entries aside). */
export function sameRatings(a: Ratings, b: Ratings): boolean {
  const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const id of ids) if (!sameContent(entryOf(a, id), entryOf(b, id))) return false;
  return true;
}

/** Whether the file's ratings say exactly what its newest snapshot says (a new one would add nothing). */
export function unchangedSinceLatest(file: RatingsFile): RatingsSnapshot | undefined {
  const latest = snapshotsOf(file).at(-1);
  return latest && sameRatings(latest.ratings, file.ratings) ? latest : undefined;
}

/** Whether adding one more snapshot needs the oldest dropped first; returns that oldest one. */
export function oldestToDrop(file: RatingsFile, cap = SNAPSHOT_CAP): RatingsSnapshot | undefined {
  const list = snapshotsOf(file);
  return list.length >= cap ? list[0] : undefined;
}

/** The file with `snapshot` added; with `drop`, the snapshots given are dropped (remembered in `droppedSnapshots`). */
export function withSnapshot(file: RatingsFile, snapshot: RatingsSnapshot, drop: readonly RatingsSnapshot[] = []): RatingsFile {
  const gone = new Set(drop.map((s) => s.id));
  const snapshots = [...(file.snapshots ?? []).filter((s) => !gone.has(s.id)), snapshot];
  const dropped = gone.size ? [...(file.droppedSnapshots ?? []), ...gone].slice(-DROPPED_MEMORY) : file.droppedSnapshots;
  return { ...file, version: 2, snapshots, ...(dropped ? { droppedSnapshots: dropped } : {}) };
}

/** The file with copies of `snapshots` back in its history (new ids: an undo of a drop, which other copies still remember). */
export function restoreSnapshots(file: RatingsFile, snapshots: readonly RatingsSnapshot[], now = Date.now()): RatingsFile {
  let out = file;
  for (const s of snapshots) out = withSnapshot(out, { ...s, id: `${s.id.split('~')[0]}~${now.toString(36)}` });
  return out;
}

/**
 * Both copies of a file: ratings item by item (the later change wins), snapshots of both (each kept
 * once), minus those either side dropped. Returns `ours` itself when `theirs` adds nothing, so a
 * caller can tell whether anything changed.
 */
export function mergeRatingsFiles(ours: RatingsFile, theirs: RatingsFile | undefined): RatingsFile {
  if (!theirs || theirs === ours) return ours;
  const ratings = mergeRatings(ours.ratings, theirs.ratings);
  const dropped = new Set(ours.droppedSnapshots ?? []);
  const newDropped = (theirs.droppedSnapshots ?? []).filter((id) => !dropped.has(id));
  for (const id of newDropped) dropped.add(id);
  const known = new Set((ours.snapshots ?? []).map((s) => s.id));
  const added = (theirs.snapshots ?? []).filter((s) => !known.has(s.id) && !dropped.has(s.id));
  const removes = (ours.snapshots ?? []).some((s) => dropped.has(s.id));
  if (ratings === ours.ratings && !added.length && !newDropped.length && !removes) return ours;
  const out: RatingsFile = { ...ours, ratings };
  if (added.length || removes) out.snapshots = [...(ours.snapshots ?? []), ...added].filter((s) => !dropped.has(s.id));
  if (newDropped.length) out.droppedSnapshots = [...(ours.droppedSnapshots ?? []), ...newDropped].slice(-DROPPED_MEMORY);
  if (out.snapshots?.length || out.droppedSnapshots?.length) out.version = 2;
  return out;
}

/** Whether `file` holds everything `other` does (merging `other` in would change nothing). */
export const fileIncludes = (file: RatingsFile, other: RatingsFile | undefined): boolean => mergeRatingsFiles(file, other) === file;

/* ------------------------------------------------------------------------------ assessments */

/** A snapshot as a ratings file, exactly as "Download JSON" writes one (what `<ladder-review>` takes as an assessment). */
export function snapshotFile(snapshot: RatingsSnapshot, ladder?: string): RatingsFile {
  const file: RatingsFile = { version: 1, ratings: snapshot.ratings, exportedAt: new Date(snapshot.takenAt).toISOString() };
  if (ladder) file.ladder = ladder;
  if (snapshot.level) file.level = snapshot.level;
  return file;
}

/** A snapshot's default label: its label, else its date and time (`2026-11-23 10:14`, UTC). */
export function snapshotLabel(snapshot: RatingsSnapshot): string {
  return snapshot.label ?? new Date(snapshot.takenAt).toISOString().slice(0, 16).replace('T', ' ');
}

/** Each snapshot of `file` as `{ label, ratings }`, oldest first: ready for `review.assessments`. */
export function snapshotAssessments(
  file: RatingsFile,
  ladder?: string,
  label: (snapshot: RatingsSnapshot) => string = snapshotLabel,
): { id: string; label: string; takenAt: number; reason?: SnapshotReason; ratings: RatingsFile }[] {
  return snapshotsOf(file).map((s) => ({
    id: s.id,
    label: label(s),
    takenAt: s.takenAt,
    reason: s.reason,
    ratings: snapshotFile(s, ladder),
  }));
}
