/** The checklist as Markdown for a 1:1 document. */
import { entryOf, NOT_APPLICABLE, type RatingScale, type Ratings } from './ratings.js';
import type { ResolvedItem, Section } from './types.js';

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

/** Lines joined by one space, each trimmed: linear in the length (a regular expression such as
 * `\s*\n\s*` backtracks quadratically over a long run of spaces). */
const oneLine = (s: string) =>
  s
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');

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
