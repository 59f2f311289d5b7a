/** The ratings file format: validation with JSON paths, parsing JSON text, serialising. */
import { isRecord, pathKey, quote, record, typeName } from './json-checks.js';
import { formatJsonTextError, parseJsonText } from './json-text.js';
import { ID } from './ids.js';
import type { LadderError } from './types.js';
import { clampTime, RATINGS_VERSION, type RatingEntry, type Ratings, type RatingsFile, type RatingsParseResult } from './ratings.js';

const TOP_FIELDS = ['version', 'ladder', 'level', 'exportedAt', 'ratings'];
const ENTRY_FIELDS = ['value', 'applies', 'done', 'note', 'updatedAt'];
const q = (s: string) => quote(s, 60);

/**
 * Validates anything (typically `JSON.parse` output) against the ratings format and returns a clean
 * copy, or every problem found with its JSON path (`$.ratings.a1.updatedAt: …`). Never throws.
 */
export function parseRatings(input: unknown): RatingsParseResult {
  const errors: LadderError[] = [];
  const error = (path: string, message: string) => errors.push({ path, message });
  if (!isRecord(input))
    return { ok: false, errors: [{ path: '$', message: `saved ratings must be a JSON object, not ${typeName(input)}` }] };
  if (input.version !== RATINGS_VERSION) {
    const v = input.version === undefined ? 'is required' : `unsupported version ${q(String(input.version))}`;
    return {
      ok: false,
      errors: [{ path: '$.version', message: `${v}; this version of ladder-elements reads ratings version ${RATINGS_VERSION}` }],
    };
  }
  const unknown = (obj: Record<string, unknown>, at: string, fields: string[]) => {
    for (const key of Object.keys(obj)) {
      if (!fields.includes(key)) error(pathKey(at, key), `unknown field ${q(key)}; expected one of: ${fields.join(', ')}`);
    }
  };
  unknown(input, '$', TOP_FIELDS);
  const file: RatingsFile = { version: RATINGS_VERSION, ratings: record<RatingEntry>() };
  for (const key of ['ladder', 'level', 'exportedAt'] as const) {
    const v = input[key];
    if (v === undefined) continue;
    if (typeof v === 'string') file[key] = v;
    else error(pathKey('$', key), `must be a string, not ${typeName(v)}`);
  }
  if (!isRecord(input.ratings)) {
    error(
      '$.ratings',
      `${input.ratings === undefined ? 'is required' : `must be an object, not ${typeName(input.ratings)}`}: ratings by item id`,
    );
    return { ok: false, errors };
  }
  for (const [id, raw] of Object.entries(input.ratings)) {
    const at = pathKey('$.ratings', id);
    if (!ID.test(id)) error(at, `${q(id)} is not a valid item id`);
    if (!isRecord(raw)) {
      error(at, `a rating must be an object, not ${typeName(raw)}`);
      continue;
    }
    unknown(raw, at, ENTRY_FIELDS);
    const entry: RatingEntry = { updatedAt: 0 };
    const { value, applies, done, note, updatedAt } = raw;
    if (value !== undefined) {
      if (typeof value === 'string' && value !== '') entry.value = value;
      else error(pathKey(at, 'value'), typeof value === 'string' ? 'must not be empty' : `must be a string, not ${typeName(value)}`);
    }
    for (const [key, v] of [
      ['applies', applies],
      ['done', done],
    ] as const) {
      if (v === undefined) continue;
      if (typeof v === 'boolean') entry[key] = v;
      else error(pathKey(at, key), `must be true or false, not ${typeName(v)}`);
    }
    if (note !== undefined) {
      if (typeof note === 'string') entry.note = note;
      else error(pathKey(at, 'note'), `must be a string, not ${typeName(note)}`);
    }
    if (typeof updatedAt === 'number' && Number.isFinite(updatedAt) && updatedAt >= 0) entry.updatedAt = clampTime(updatedAt);
    else {
      error(
        pathKey(at, 'updatedAt'),
        updatedAt === undefined
          ? 'is required: the time of the change in milliseconds since 1970'
          : `must be a time in milliseconds since 1970, not ${typeName(updatedAt)}`,
      );
    }
    file.ratings[id] = entry;
  }
  return errors.length ? { ok: false, errors } : { ok: true, file };
}

/** Parses JSON text and validates it; a syntax error becomes one error at `$` with line and column. */
export function parseRatingsJson(text: string): RatingsParseResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, errors: [{ path: '$', message: formatJsonTextError(parsed.error) }] };
  return parseRatings(parsed.value);
}

/** The format's JSON text. `meta` adds the informative fields; `indent` pretty-prints (exports). */
export function serializeRatings(ratings: Ratings, meta: Omit<RatingsFile, 'version' | 'ratings'> = {}, indent?: number): string {
  const file: RatingsFile = { version: RATINGS_VERSION, ...meta, ratings };
  return JSON.stringify(file, null, indent);
}
