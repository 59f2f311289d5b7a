/**
 * Self-ratings against a ladder: the rating scale, the saved format (versioned JSON, validated with
 * JSON paths like the ladder itself), merging two copies, summaries, the readiness rule, orphans and
 * the Markdown export. Plain TypeScript, no DOM.
 *
 * The format, version 1 (what localStorage holds, what "Download JSON" writes, the form value):
 *
 *   { "version": 1, "ladder"?: "engineering", "level"?: "L4", "exportedAt"?: "2025-…Z",
 *     "ratings": { "<itemId>": { "value"?: "sometimes", "applies"?: true, "done"?: true,
 *                                "note"?: "…", "updatedAt": 1733000000000 } } }
 *
 * Ratings are keyed by item id, not by level, so an L3 item rated in the L3 checklist is rated in
 * the L4 one too. `updatedAt` (ms since the epoch) is per entry: merging two copies keeps, item by
 * item, the entry changed last. An entry holding only `updatedAt` records that an item was cleared.
 */
import { findJsonSyntaxError } from './json-error.js';
import type { Ladder, LadderError, ResolvedItem, Section } from './types.js';
import { ID, isRecord, lineAndColumn, pathKey, typeName } from './validate.js';

export const RATINGS_VERSION = 1;

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

export interface RatingsFile {
  version: typeof RATINGS_VERSION;
  /** Id of the ladder the ratings were made against (informative). */
  ladder?: string;
  /** Level the checklist showed (informative). */
  level?: string;
  /** ISO date of an export (informative). */
  exportedAt?: string;
  ratings: Ratings;
}

export type RatingsParseResult = { ok: true; file: RatingsFile } | { ok: false; errors: LadderError[] };

/** The entry for an item id; own properties only, so an item called "constructor" is safe. */
export function entryOf(ratings: Ratings, id: string): RatingEntry | undefined {
  return Object.hasOwn(ratings, id) ? ratings[id] : undefined;
}

/** True when an entry says nothing (never rated, or cleared). */
export function isEmptyEntry(entry: RatingEntry | undefined): boolean {
  return !entry || (entry.value === undefined && !entry.applies && !entry.done && !entry.note);
}

/* ------------------------------------------------------------------------------- format */

const TOP_FIELDS = ['version', 'ladder', 'level', 'exportedAt', 'ratings'];
const ENTRY_FIELDS = ['value', 'applies', 'done', 'note', 'updatedAt'];
const quote = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

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
    const v = input.version === undefined ? 'is required' : `unsupported version ${quote(String(input.version))}`;
    return {
      ok: false,
      errors: [{ path: '$.version', message: `${v}; this version of ladder-elements reads ratings version ${RATINGS_VERSION}` }],
    };
  }
  const unknown = (obj: Record<string, unknown>, at: string, fields: string[]) => {
    for (const key of Object.keys(obj)) {
      if (!fields.includes(key)) error(pathKey(at, key), `unknown field ${quote(key)}; expected one of: ${fields.join(', ')}`);
    }
  };
  unknown(input, '$', TOP_FIELDS);
  const file: RatingsFile = { version: RATINGS_VERSION, ratings: {} };
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
    if (!ID.test(id)) error(at, `${quote(id)} is not a valid item id`);
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
    if (typeof updatedAt === 'number' && Number.isFinite(updatedAt) && updatedAt >= 0) entry.updatedAt = updatedAt;
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
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    if (text.trim() === '') return { ok: false, errors: [{ path: '$', message: 'invalid JSON: the text is empty' }] };
    const found = findJsonSyntaxError(text) ?? { offset: 0, message: 'not valid JSON' };
    const { line, column } = lineAndColumn(text, found.offset);
    return { ok: false, errors: [{ path: '$', message: `invalid JSON at line ${line}, column ${column}: ${found.message}` }] };
  }
  return parseRatings(data);
}

/** The format's JSON text. `meta` adds the informative fields; `indent` pretty-prints (exports). */
export function serializeRatings(ratings: Ratings, meta: Omit<RatingsFile, 'version' | 'ratings'> = {}, indent?: number): string {
  const file: RatingsFile = { version: RATINGS_VERSION, ...meta, ratings };
  return JSON.stringify(file, null, indent);
}

/* -------------------------------------------------------------------------------- merge */

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
    out ??= { ...ours };
    out[id] = entry;
  }
  return out ?? ours;
}

/** A time for a new entry: now, but always after the entry it replaces (two changes in one ms). */
export function nextUpdatedAt(previous: RatingEntry | undefined, now = Date.now()): number {
  return Math.max(now, (previous?.updatedAt ?? 0) + 1);
}

/* ------------------------------------------------------------------------------ summary */

/** Counts over a set of items. Each section counts only its own kind; `overall` adds them up. */
export interface Tally {
  /** Expectations listed. */
  expectations: number;
  /** Expectations rated: a scale point or not applicable. A value the scale does not have counts as unrated. */
  rated: number;
  /** Expectations per value: every scale value and `NOT_APPLICABLE`, zeros included. */
  counts: Record<string, number>;
  /** Red flags listed. */
  redFlags: number;
  /** Red flags marked "applies to me". */
  applying: number;
  /** Examples listed. */
  examples: number;
  /** Examples marked done. */
  done: number;
}

/**
 * When the checklist says the ratings are "ready" — a prompt for a conversation, not a verdict.
 * Among applicable expectations (all but "Not applicable"; unrated ones count as applicable and
 * not top-rated):
 *   - `minTopShare`: at least this share (0–1) at the scale's highest point. Default 0.8.
 *   - `allowLowest`: whether any may be at the lowest point ("Not yet"). Default false.
 *   - `maxRedFlags`: how many red flags may apply. Default 0.
 * At least one expectation must be applicable.
 */
export interface ReadinessRule {
  minTopShare: number;
  allowLowest: boolean;
  maxRedFlags: number;
}

export const DEFAULT_READINESS_RULE: Readonly<ReadinessRule> = Object.freeze({ minTopShare: 0.8, allowLowest: false, maxRedFlags: 0 });

export interface Readiness {
  met: boolean;
  /** The rule applied (defaults filled in). */
  rule: ReadinessRule;
  /** Expectations not marked "Not applicable". */
  applicable: number;
  /** Applicable expectations without a rating. */
  unrated: number;
  /** At the lowest point (0 for a one-point scale). */
  lowest: number;
  /** At the highest point. */
  top: number;
  /** top / applicable; 0 when nothing is applicable. */
  topShare: number;
  /** Red flags that apply. */
  redFlags: number;
}

export interface SectionTally extends Tally {
  section: Section;
}

export interface RatingsSummary {
  overall: Tally;
  sections: SectionTally[];
  readiness: Readiness;
}

function emptyTally(scale: RatingScale): Tally {
  const counts: Record<string, number> = {};
  for (const point of scale) counts[point.value] = 0;
  counts[NOT_APPLICABLE] = 0;
  return { expectations: 0, rated: 0, counts, redFlags: 0, applying: 0, examples: 0, done: 0 };
}

export function evaluateReadiness(tally: Tally, scale: RatingScale, rule: Partial<ReadinessRule> = {}): Readiness {
  const r: ReadinessRule = {
    minTopShare: rule.minTopShare ?? DEFAULT_READINESS_RULE.minTopShare,
    allowLowest: rule.allowLowest ?? DEFAULT_READINESS_RULE.allowLowest,
    maxRedFlags: rule.maxRedFlags ?? DEFAULT_READINESS_RULE.maxRedFlags,
  };
  const count = (value: string | undefined) => (value === undefined ? 0 : (tally.counts[value] ?? 0));
  const applicable = tally.expectations - count(NOT_APPLICABLE);
  const lowest = scale.length > 1 ? count(scale[0]?.value) : 0;
  const top = count(scale.at(-1)?.value);
  const topShare = applicable > 0 ? top / applicable : 0;
  const met = applicable > 0 && topShare >= r.minTopShare && (r.allowLowest || lowest === 0) && tally.applying <= r.maxRedFlags;
  return { met, rule: r, applicable, unrated: tally.expectations - tally.rated, lowest, top, topShare, redFlags: tally.applying };
}

/** Counts per section and overall, and the readiness rule's verdict, for the items listed. */
export function summarize(
  sections: readonly { section: Section; items: readonly { id: string }[] }[],
  ratings: Ratings,
  scale: RatingScale,
  rule?: Partial<ReadinessRule>,
): RatingsSummary {
  const overall = emptyTally(scale);
  const tallies = sections.map(({ section, items }) => {
    const tally: SectionTally = { ...emptyTally(scale), section };
    for (const item of items) {
      const entry = entryOf(ratings, item.id);
      if (section.kind === 'red-flag') {
        tally.redFlags++;
        if (entry?.applies) tally.applying++;
      } else if (section.kind === 'example') {
        tally.examples++;
        if (entry?.done) tally.done++;
      } else {
        tally.expectations++;
        const value = entry?.value;
        if (value !== undefined && Object.hasOwn(tally.counts, value)) {
          tally.rated++;
          tally.counts[value]!++;
        }
      }
    }
    for (const key of ['expectations', 'rated', 'redFlags', 'applying', 'examples', 'done'] as const) overall[key] += tally[key];
    for (const value of Object.keys(overall.counts)) overall.counts[value]! += tally.counts[value]!;
    return tally;
  });
  return { overall, sections: tallies, readiness: evaluateReadiness(overall, scale, rule) };
}

/* ------------------------------------------------------------------------------ orphans */

/** Ids of saved, non-empty entries for items the ladder no longer has (at any level), in saved order. */
export function findOrphans(ratings: Ratings, ladder: Ladder): string[] {
  const known = new Set<string>();
  for (const level of ladder.levels) for (const list of Object.values(level.items)) for (const item of list) known.add(item.id);
  return Object.keys(ratings).filter((id) => !known.has(id) && !isEmptyEntry(ratings[id]));
}

/* ----------------------------------------------------------------------------- Markdown */

/** The words the Markdown export adds (part of the checklist's UI strings). */
export interface RatingsMarkdownLabels {
  notApplicable: string;
  notRated: string;
  redFlagApplies: string;
  redFlagDoesNotApply: string;
  noteLabel: string;
}

export interface RatingsMarkdownInput {
  /** The `##` heading, e.g. "Self-assessment: Engineer L4". */
  heading: string;
  /** Paragraphs under the heading (summary, readiness), plain text. */
  lines?: readonly string[];
  /** Sections in display order; sections without items are left out. */
  sections: readonly { section: Section; items: readonly ResolvedItem[] }[];
  /** Items from another level are tagged with theirs: `_(L3)_`. */
  levelId: string;
  ratings: Ratings;
  scale: RatingScale;
  labels: RatingsMarkdownLabels;
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/**
 * The checklist as Markdown for a 1:1 document: one list per section; expectations led by their
 * rating, red flags by whether they apply, examples as task-list items; notes indented under their
 * item. Item text stays Markdown (links keep working once pasted).
 */
export function ratingsToMarkdown(input: RatingsMarkdownInput): string {
  const { labels, scale } = input;
  const out = [`## ${input.heading}`, ...(input.lines ?? [])];
  for (const { section, items } of input.sections) {
    if (items.length === 0) continue;
    const lines = items.map((item) => {
      const entry = entryOf(input.ratings, item.id);
      const text = oneLine(item.text) + (item.levelId === input.levelId ? '' : ` _(${item.levelId})_`);
      let line: string;
      if (section.kind === 'red-flag')
        line = entry?.applies ? `- **${labels.redFlagApplies}** — ${text}` : `- ${labels.redFlagDoesNotApply} — ${text}`;
      else if (section.kind === 'example') line = `- [${entry?.done ? 'x' : ' '}] ${text}`;
      else {
        const label = entry?.value === NOT_APPLICABLE ? labels.notApplicable : scale.find((p) => p.value === entry?.value)?.label;
        line = label === undefined ? `- _${labels.notRated}_ — ${text}` : `- **${label}** — ${text}`;
      }
      const note = entry?.note?.trim();
      return note ? `${line}\n  ${labels.noteLabel}: ${note.replace(/\n/g, '\n  ')}` : line;
    });
    out.push(`### ${section.title}`, lines.join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}
