/** Counts per section and overall, the readiness rule, and ratings of items a ladder no longer has. */
import { record } from './json-checks.js';
import { entryOf, isEmptyEntry, NOT_APPLICABLE, type RatingEntry, type RatingScale, type Ratings } from './ratings.js';
import type { Ladder, Section } from './types.js';

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
  // Scale values are keys from the host: no prototype (a value may be called "toString").
  const counts = record<number>();
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

/* ---------------------------------------------------------------------------- one change */

/**
 * The summary after one item's entry changed from `before` to `after`: the same as `summarize` gives
 * for the new ratings, in time independent of the number of items (a click costs the same on a list
 * of 50 as of 5,000). `section` is the index of the item's section in `summary.sections`.
 */
export function withEntryChange(
  summary: RatingsSummary,
  section: number,
  before: RatingEntry | undefined,
  after: RatingEntry | undefined,
  scale: RatingScale,
  rule?: Partial<ReadinessRule>,
): RatingsSummary {
  const old = summary.sections[section];
  if (!old) return summary;
  // Copies with no prototype, as summarize makes them (scale values are keys from the host).
  const tally: SectionTally = { ...old, counts: Object.assign(record<number>(), old.counts) };
  const overall: Tally = { ...summary.overall, counts: Object.assign(record<number>(), summary.overall.counts) };
  const count = (entry: RatingEntry | undefined, sign: 1 | -1) => {
    const bump = (key: 'applying' | 'done' | 'rated') => {
      tally[key] += sign;
      overall[key] += sign;
    };
    if (old.section.kind === 'red-flag') {
      if (entry?.applies) bump('applying');
    } else if (old.section.kind === 'example') {
      if (entry?.done) bump('done');
    } else {
      const value = entry?.value;
      if (value !== undefined && Object.hasOwn(tally.counts, value)) {
        bump('rated');
        tally.counts[value]! += sign;
        overall.counts[value]! += sign;
      }
    }
  };
  count(before, -1);
  count(after, 1);
  const sections = summary.sections.slice();
  sections[section] = tally;
  return { overall, sections, readiness: evaluateReadiness(overall, scale, rule) };
}
