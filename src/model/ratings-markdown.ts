/** The checklist as Markdown for a 1:1 document: what the person said, and only that. */
import { quote } from './json-checks.js';
import { entryOf, NOT_APPLICABLE, type RatingEntry, type RatingScale, type Ratings } from './ratings.js';
import type { ResolvedItem, Section, SectionKind } from './types.js';

/** The words the Markdown export adds (part of the checklist's UI strings). */
export interface RatingsMarkdownLabels {
  notApplicable: string;
  notRated: string;
  redFlagApplies: string;
  exampleDone: string;
  noteLabel: string;
  /** Said in place of the sections when no item is rated or has a note. */
  nothingMarked: string;
}

export interface RatingsMarkdownInput {
  /** The `##` heading, e.g. "Self-assessment: Engineer L4". */
  heading: string;
  /** Markdown blocks under the heading (level and date, the summary, readiness), each a paragraph or a list. */
  blocks?: readonly string[];
  /** Sections in display order; sections with nothing to list are left out. */
  sections: readonly { section: Section; items: readonly ResolvedItem[] }[];
  /** Items from another level are tagged with theirs: `_(L3)_`. */
  levelId: string;
  ratings: Ratings;
  scale: RatingScale;
  labels: RatingsMarkdownLabels;
  /** Every item listed, rated or not (the checklist's `export-all`). By default only what was marked or has a note. */
  all?: boolean;
}

/** Lines joined by one space, each trimmed: linear in the length (a regular expression such as
 * `\s*\n\s*` backtracks quadratically over a long run of spaces). */
export const oneLine = (s: string) =>
  s
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');

/** The label of an expectation's rating: a scale point's, or "not applicable"; undefined when unrated (or a value the scale lacks). */
export function ratingLabel(value: string | undefined, scale: RatingScale, notApplicable: string): string | undefined {
  if (value === undefined) return undefined;
  return value === NOT_APPLICABLE ? notApplicable : scale.find((p) => p.value === value)?.label;
}

/**
 * Whether a person said something about an item: an expectation rated (a scale point or not
 * applicable), a red flag marked as applying, an example marked done, or a note. What the export
 * and the print view keep by default; an unmarked red flag or example says nothing either way.
 */
export function isMarked(kind: SectionKind, entry: RatingEntry | undefined, scale: RatingScale): boolean {
  if (!entry) return false;
  if (entry.note?.trim()) return true;
  if (kind === 'red-flag') return entry.applies === true;
  if (kind === 'example') return entry.done === true;
  return ratingLabel(entry.value, scale, NOT_APPLICABLE) !== undefined;
}

/** A note under a list item, indented to stay in it (`indent` spaces on every line). */
export function noteLines(note: string | undefined, label: string, indent: string): string {
  const text = note?.trim();
  return text ? `\n${indent}${label}: ${text.replace(/\n/g, `\n${indent}`)}` : '';
}

/**
 * The checklist as Markdown for a 1:1 document: the blocks (level, date, summary, readiness), then
 * one list per section of the items marked or noted (all items with `all`): expectations led by
 * their rating, red flags that apply and examples done by saying so — an unmarked one is listed
 * (with `all` or a note) without a claim either way. Notes are indented under their item. Item text
 * stays Markdown (links keep working once pasted).
 */
export function ratingsToMarkdown(input: RatingsMarkdownInput): string {
  const { labels, scale } = input;
  const out = [`## ${input.heading}`, ...(input.blocks ?? [])];
  let listed = 0;
  for (const { section, items } of input.sections) {
    const kind = section.kind;
    const lines: string[] = [];
    for (const item of items) {
      const entry = entryOf(input.ratings, item.id);
      if (!input.all && !isMarked(kind, entry, scale)) continue;
      const text = oneLine(item.text) + (item.levelId === input.levelId ? '' : ` _(${item.levelId})_`);
      let lead: string | undefined;
      if (kind === 'red-flag') lead = entry?.applies ? `**${labels.redFlagApplies}**` : undefined;
      else if (kind === 'example') lead = entry?.done ? `**${labels.exampleDone}**` : undefined;
      else {
        const label = ratingLabel(entry?.value, scale, labels.notApplicable);
        lead = label === undefined ? `_${labels.notRated}_` : `**${label}**`;
      }
      lines.push(`- ${lead ? `${lead} — ` : ''}${text}${noteLines(entry?.note, labels.noteLabel, '  ')}`);
    }
    if (lines.length === 0) continue;
    listed += lines.length;
    out.push(`### ${section.title}`, lines.join('\n'));
  }
  if (listed === 0) out.push(`_${labels.nothingMarked}_`);
  return `${out.join('\n\n')}\n`;
}

/** A date as `YYYY-MM-DD` in the reader's time zone (what a 1:1 document is dated with); "" for an invalid date. */
export function localDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** A ratings file's `exportedAt` for people: its local date, or the text itself (quoted, cut) when it is not a date. */
export function exportedDate(exportedAt: string | undefined): string | undefined {
  if (exportedAt === undefined) return undefined;
  const date = /^\d{4}-\d\d-\d\d/.test(exportedAt) ? localDate(new Date(exportedAt)) : '';
  return date || quote(exportedAt, 40);
}
