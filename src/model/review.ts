/**
 * Assessments of one person against one level, side by side (<ladder-review>): reading them, which
 * items they differ on, and how each section compares. Plain TypeScript, no DOM.
 *
 * An assessment is a label and a ratings file exactly as the checklist's "Download JSON" writes it
 * (see ratings.ts): an object, or its JSON text. Nothing here changes any ratings.
 */
import { isRecord } from './json-checks.js';
import {
  entryOf,
  NOT_APPLICABLE,
  type RatingEntry,
  type RatingScale,
  type Ratings,
  type RatingsFile,
  type RatingsParseResult,
} from './ratings.js';
import { parseRatings, parseRatingsJson } from './ratings-file.js';
import { type ReadinessRule, type RatingsSummary, summarize, type Tally } from './readiness.js';
import type { LadderError, ResolvedItem, Section, SectionKind } from './types.js';

/** One assessment: "Self", "Manager", a file's name; and what it says. */
export interface ReviewAssessment {
  /** The column heading. */
  label: string;
  /** A ratings file as the checklist's "Download JSON" writes it (the object, or its JSON text). Validated. */
  ratings: unknown;
}

/** An assessment read: its file, or its problems with their JSON paths. */
export type ReadAssessment = { label: string; ok: true; file: RatingsFile } | { label: string; ok: false; errors: LadderError[] };

/** How many assessments are shown side by side; more are left out (and the element says so). */
export const MAX_ASSESSMENTS = 12;

/** Validates one assessment's ratings: an object, or JSON text (a syntax error has its line and column). Never throws. */
export function parseAssessmentRatings(ratings: unknown): RatingsParseResult {
  return typeof ratings === 'string' ? parseRatingsJson(ratings) : parseRatings(ratings);
}

/**
 * The assessments a host gave (anything: validated), each read with `parse` (a cache may stand in
 * for `parseAssessmentRatings`). At most MAX_ASSESSMENTS; `dropped` counts the others.
 */
export function readAssessments(
  input: unknown,
  parse: (ratings: unknown) => RatingsParseResult = parseAssessmentRatings,
): { list: ReadAssessment[]; dropped: number } {
  const all: unknown[] = Array.isArray(input) ? input : [];
  const list = all.slice(0, MAX_ASSESSMENTS).map((a): ReadAssessment => {
    if (!isRecord(a))
      return { label: '', ok: false, errors: [{ path: '$', message: 'an assessment must be an object: { label, ratings }' }] };
    const label = typeof a.label === 'string' ? a.label : '';
    const parsed = parse(a.ratings);
    return parsed.ok ? { label, ok: true, file: parsed.file } : { label, ok: false, errors: parsed.errors };
  });
  return { list, dropped: all.length - list.length };
}

/** The level the files name: the one they all agree on (files naming none do not disagree), or every level named when they differ. */
export function commonLevel(files: readonly RatingsFile[]): { level?: string; levels: string[] } {
  const levels = [...new Set(files.flatMap((f) => (f.level ? [f.level] : [])))];
  return levels.length === 1 ? { level: levels[0], levels } : { levels };
}

/**
 * What an entry says in a way two assessments can disagree on: an expectation's rating (a scale
 * point or not applicable; undefined when unrated or the scale lacks it), whether a red flag applies,
 * whether an example is done. Notes are never compared.
 */
export function stance(kind: SectionKind, entry: RatingEntry | undefined, scale: RatingScale): string | undefined {
  if (kind === 'red-flag') return entry?.applies ? 'applies' : 'not';
  if (kind === 'example') return entry?.done ? 'done' : 'not';
  const v = entry?.value;
  return v !== undefined && (v === NOT_APPLICABLE || scale.some((p) => p.value === v)) ? v : undefined;
}

/**
 * Whether assessments disagree on an item: two different scale values (or a value and "not
 * applicable"); one says a red flag applies and another not; one marks an example done and another
 * not. An expectation one assessment left unrated is no disagreement.
 */
export function disagree(kind: SectionKind, entries: readonly (RatingEntry | undefined)[], scale: RatingScale): boolean {
  let first: string | undefined;
  for (const entry of entries) {
    const s = stance(kind, entry, scale);
    if (s === undefined) continue;
    if (first === undefined) first = s;
    else if (s !== first) return true;
  }
  return false;
}

export interface ReviewRow {
  item: ResolvedItem;
  kind: SectionKind;
  /** Each assessment's entry for the item, in assessment order (undefined: none). */
  entries: (RatingEntry | undefined)[];
  differs: boolean;
}

export interface ReviewSection {
  section: Section;
  rows: ReviewRow[];
}

export interface ReviewView {
  /** The items the assessments differ on, by section, in display order: the agenda. */
  agenda: ReviewSection[];
  /** Every other item, by section. */
  rest: ReviewSection[];
  /** How many items the agenda holds. */
  differing: number;
  /** Each assessment's counts per section and overall, in assessment order. */
  summaries: RatingsSummary[];
  /** Per section (with at least one item), each assessment's counts: what the charts compare. */
  comparison: { section: Section; tallies: Tally[] }[];
}

/**
 * The review of `ratings` (one per assessment) over the items listed (a checklist's sections, e.g.
 * `checklistView(ladder, level).sections`). Linear in items × assessments.
 */
export function reviewView(
  sections: readonly { section: Section; items: readonly ResolvedItem[] }[],
  ratings: readonly Ratings[],
  scale: RatingScale,
  rule?: Partial<ReadinessRule>,
): ReviewView {
  const agenda: ReviewSection[] = [];
  const rest: ReviewSection[] = [];
  let differing = 0;
  for (const { section, items } of sections) {
    const kind = section.kind;
    const rows = items.map((item): ReviewRow => {
      const entries = ratings.map((r) => entryOf(r, item.id));
      return { item, kind, entries, differs: disagree(kind, entries, scale) };
    });
    const differ = rows.filter((r) => r.differs);
    const same = rows.filter((r) => !r.differs);
    differing += differ.length;
    if (differ.length) agenda.push({ section, rows: differ });
    if (same.length) rest.push({ section, rows: same });
  }
  const listed = sections.filter((s) => s.items.length > 0);
  const summaries = ratings.map((r) => summarize(listed, r, scale, rule));
  const comparison = listed.map(({ section }, i) => ({ section, tallies: summaries.map((s) => s.sections[i]!) }));
  return { agenda, rest, differing, summaries, comparison };
}

/** How many of the listed items two sets of ratings differ on (the checklist's import says so before merging). */
export function countDisagreements(
  sections: readonly { section: Section; items: readonly ResolvedItem[] }[],
  a: Ratings,
  b: Ratings,
  scale: RatingScale,
): number {
  let n = 0;
  for (const { section, items } of sections) {
    for (const item of items) if (disagree(section.kind, [entryOf(a, item.id), entryOf(b, item.id)], scale)) n++;
  }
  return n;
}

/** The words a review shows for an entry (its strings). */
export interface ReviewCellWords {
  notApplicable: string;
  notRated: string;
  notMarked: string;
  applies: string;
  done: string;
}

/**
 * What one assessment says about an item, in words: its rating's label, "applies", "done", or — when
 * it says nothing — "not rated" / "not marked" (`marked` false). A value the scale lacks is unrated.
 */
export function cellWords(
  kind: SectionKind,
  entry: RatingEntry | undefined,
  scale: RatingScale,
  w: ReviewCellWords,
): { text: string; marked: boolean } {
  if (kind === 'red-flag') return entry?.applies ? { text: w.applies, marked: true } : { text: w.notMarked, marked: false };
  if (kind === 'example') return entry?.done ? { text: w.done, marked: true } : { text: w.notMarked, marked: false };
  const s = stance(kind, entry, scale);
  if (s === undefined) return { text: w.notRated, marked: false };
  return { text: s === NOT_APPLICABLE ? w.notApplicable : scale.find((p) => p.value === s)!.label, marked: true };
}
