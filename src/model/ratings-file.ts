/** The ratings file format: validation with JSON paths, parsing JSON text, serialising. Versions 1 and 2 (see ratings.ts). */
import { isRecord, pathKey, quote, record, typeName } from './json-checks.js';
import { formatJsonTextError, parseJsonText } from './json-text.js';
import { ID } from './ids.js';
import type { LadderError } from './types.js';
import {
  clampTime,
  RATINGS_VERSION,
  type RatingEntry,
  type Ratings,
  type RatingsFile,
  type RatingsParseResult,
  type RatingsSnapshot,
  type SnapshotReason,
} from './ratings.js';

const V1_FIELDS = ['version', 'ladder', 'level', 'exportedAt', 'ratings'];
const V2_FIELDS = [...V1_FIELDS, 'snapshots', 'droppedSnapshots'];
const ENTRY_FIELDS = ['value', 'applies', 'done', 'note', 'updatedAt'];
const SNAPSHOT_FIELDS = ['id', 'takenAt', 'reason', 'label', 'level', 'ratings'];
const REASONS: readonly SnapshotReason[] = ['manual', 'export', 'print', 'before-clear', 'before-import'];
/** Snapshot ids: what `makeSnapshot` writes (`s…`), and anything id-like a server may have written. */
const SNAPSHOT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;
const q = (s: string) => quote(s, 60);

type ErrorSink = (path: string, message: string) => void;

function unknownFields(obj: Record<string, unknown>, at: string, fields: readonly string[], error: ErrorSink): void {
  for (const key of Object.keys(obj)) {
    if (!fields.includes(key)) error(pathKey(at, key), `unknown field ${q(key)}; expected one of: ${fields.join(', ')}`);
  }
}

/** A time field: a number of ms since 1970, clamped to MAX_TIME. */
function readTime(value: unknown, at: string, error: ErrorSink): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return clampTime(value);
  error(
    at,
    value === undefined
      ? 'is required: the time of the change in milliseconds since 1970'
      : `must be a time in milliseconds since 1970, not ${typeName(value)}`,
  );
  return 0;
}

/** Ratings by item id at `at` (`$.ratings`, `$.snapshots[0].ratings`), into a record without prototype. */
function readRatings(input: unknown, at: string, error: ErrorSink): Ratings | undefined {
  if (!isRecord(input)) {
    error(at, `${input === undefined ? 'is required' : `must be an object, not ${typeName(input)}`}: ratings by item id`);
    return undefined;
  }
  const ratings = record<RatingEntry>();
  for (const [id, raw] of Object.entries(input)) {
    const path = pathKey(at, id);
    if (!ID.test(id)) error(path, `${q(id)} is not a valid item id`);
    if (!isRecord(raw)) {
      error(path, `a rating must be an object, not ${typeName(raw)}`);
      continue;
    }
    unknownFields(raw, path, ENTRY_FIELDS, error);
    const { value, applies, done, note, updatedAt } = raw;
    const entry: RatingEntry = { updatedAt: 0 };
    if (value !== undefined) {
      if (typeof value === 'string' && value !== '') entry.value = value;
      else error(pathKey(path, 'value'), typeof value === 'string' ? 'must not be empty' : `must be a string, not ${typeName(value)}`);
    }
    for (const [key, v] of [
      ['applies', applies],
      ['done', done],
    ] as const) {
      if (v === undefined) continue;
      if (typeof v === 'boolean') entry[key] = v;
      else error(pathKey(path, key), `must be true or false, not ${typeName(v)}`);
    }
    if (note !== undefined) {
      if (typeof note === 'string') entry.note = note;
      else error(pathKey(path, 'note'), `must be a string, not ${typeName(note)}`);
    }
    entry.updatedAt = readTime(updatedAt, pathKey(path, 'updatedAt'), error);
    ratings[id] = entry;
  }
  return ratings;
}

function readSnapshot(raw: unknown, at: string, error: ErrorSink): RatingsSnapshot | undefined {
  if (!isRecord(raw)) {
    error(at, `a snapshot must be an object, not ${typeName(raw)}`);
    return undefined;
  }
  unknownFields(raw, at, SNAPSHOT_FIELDS, error);
  const { id, takenAt, reason, label, level } = raw;
  if (typeof id !== 'string' || !SNAPSHOT_ID.test(id)) {
    error(pathKey(at, 'id'), typeof id === 'string' ? `${q(id)} is not a valid snapshot id` : 'is required: a snapshot id');
  }
  const snapshot: RatingsSnapshot = {
    id: String(id),
    takenAt: readTime(takenAt, pathKey(at, 'takenAt'), error),
    ratings: readRatings(raw.ratings, pathKey(at, 'ratings'), error) ?? record<RatingEntry>(),
  };
  if (reason !== undefined) {
    if (REASONS.includes(reason as SnapshotReason)) snapshot.reason = reason as SnapshotReason;
    else error(pathKey(at, 'reason'), `must be one of: ${REASONS.join(', ')}`);
  }
  for (const [key, v] of [
    ['label', label],
    ['level', level],
  ] as const) {
    if (v === undefined) continue;
    if (typeof v === 'string') snapshot[key] = v;
    else error(pathKey(at, key), `must be a string, not ${typeName(v)}`);
  }
  return snapshot;
}

/** The history fields of a version-2 file. */
function readHistory(input: Record<string, unknown>, file: RatingsFile, error: ErrorSink): void {
  const { snapshots, droppedSnapshots } = input;
  if (snapshots !== undefined) {
    if (!Array.isArray(snapshots)) error('$.snapshots', `must be an array, not ${typeName(snapshots)}`);
    else {
      const seen = new Set<string>();
      file.snapshots = [];
      for (const [i, raw] of snapshots.entries()) {
        const snapshot = readSnapshot(raw, `$.snapshots[${i}]`, error);
        if (!snapshot) continue;
        if (seen.has(snapshot.id)) error(`$.snapshots[${i}].id`, `${q(snapshot.id)} is used by an earlier snapshot`);
        seen.add(snapshot.id);
        file.snapshots.push(snapshot);
      }
    }
  }
  if (droppedSnapshots !== undefined) {
    if (!Array.isArray(droppedSnapshots) || droppedSnapshots.some((id) => typeof id !== 'string')) {
      error('$.droppedSnapshots', 'must be an array of snapshot ids');
    } else file.droppedSnapshots = [...droppedSnapshots];
  }
}

/**
 * Validates anything (typically `JSON.parse` output) against the ratings format and returns a clean
 * copy, or every problem found with its JSON path (`$.ratings.a1.updatedAt: …`). Version 1 is a
 * version 2 file without history (so reading it is the migration; writing picks the version by content). A version newer than this library's comes back as `newerVersion`
 * (with one error saying so): such data is not damaged, and is never to be overwritten. Never throws.
 */
export function parseRatings(input: unknown): RatingsParseResult {
  const errors: LadderError[] = [];
  const error: ErrorSink = (path, message) => errors.push({ path, message });
  if (!isRecord(input))
    return { ok: false, errors: [{ path: '$', message: `saved ratings must be a JSON object, not ${typeName(input)}` }] };
  const version = input.version;
  if (version !== 1 && version !== RATINGS_VERSION) {
    const v = version === undefined ? 'is required' : `unsupported version ${q(String(version))}`;
    const reads = `this version of ladder-elements reads ratings versions 1 and ${RATINGS_VERSION}`;
    const newer = typeof version === 'number' && Number.isInteger(version) && version > RATINGS_VERSION;
    return {
      ok: false,
      errors: [
        { path: '$.version', message: newer ? `version ${version} comes from a newer ladder-elements; ${reads}` : `${v}; ${reads}` },
      ],
      ...(newer ? { newerVersion: version } : {}),
    };
  }
  unknownFields(input, '$', version === 1 ? V1_FIELDS : V2_FIELDS, error);
  const file: RatingsFile = { version, ratings: record<RatingEntry>() };
  for (const key of ['ladder', 'level', 'exportedAt'] as const) {
    const v = input[key];
    if (v === undefined) continue;
    if (typeof v === 'string') file[key] = v;
    else error(pathKey('$', key), `must be a string, not ${typeName(v)}`);
  }
  const ratings = readRatings(input.ratings, '$.ratings', error);
  if (!ratings) return { ok: false, errors };
  file.ratings = ratings;
  if (version === RATINGS_VERSION) readHistory(input, file, error);
  return errors.length ? { ok: false, errors } : { ok: true, file };
}

/** Parses JSON text and validates it; a syntax error becomes one error at `$` with line and column. */
export function parseRatingsJson(text: string): RatingsParseResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, errors: [{ path: '$', message: formatJsonTextError(parsed.error) }] };
  return parseRatings(parsed.value);
}

/** Whether a file has anything only version 2 can hold. */
const hasHistory = (file: Omit<RatingsFile, 'version'>) => !!(file.snapshots?.length || file.droppedSnapshots?.length);

/**
 * A whole file's JSON text: version 1 while it has no history (so that readers of version 1 still
 * read it), else version 2. `indent` pretty-prints (exports).
 */
export function serializeRatingsFile(file: Omit<RatingsFile, 'version'>, indent?: number): string {
  const { ladder, level, exportedAt, ratings, snapshots, droppedSnapshots } = file;
  const history = hasHistory(file);
  const out = {
    version: history ? RATINGS_VERSION : 1,
    ladder,
    level,
    exportedAt,
    ratings,
    ...(history
      ? { snapshots: snapshots?.length ? snapshots : undefined, droppedSnapshots: droppedSnapshots?.length ? droppedSnapshots : undefined }
      : {}),
  };
  return JSON.stringify(out, null, indent);
}

/** The format's JSON text for some ratings (no history: version 1). `meta` adds the informative fields. */
export function serializeRatings(ratings: Ratings, meta: Omit<RatingsFile, 'version' | 'ratings'> = {}, indent?: number): string {
  return serializeRatingsFile({ ...meta, ratings }, indent);
}
