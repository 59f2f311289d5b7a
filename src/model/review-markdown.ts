/** A review as Markdown for the 1:1 document: the agenda (both sides of each disagreement), then the rest. */
import { isMarked, noteLines, oneLine } from './ratings-markdown.js';
import type { RatingScale } from './ratings.js';
import { cellWords, type ReviewCellWords, type ReviewSection, type ReviewView } from './review.js';

/** The words the review's Markdown adds (part of the review's UI strings). */
export interface ReviewMarkdownWords extends ReviewCellWords {
  noteLabel: string;
  /** "Worth talking about: 7 items where you differ". */
  agendaHeading: string;
  /** Said under the agenda heading when there is nothing on it. */
  agendaEmpty: string;
  /** "Everything else". */
  restHeading: string;
  /** How many items of the rest nobody rated or noted, left out. */
  restOmitted: (count: number) => string;
}

export interface ReviewMarkdownInput {
  /** The `##` heading, e.g. "Review: Engineer L4". */
  heading: string;
  /** Markdown blocks under the heading (the assessments, the summary per section). */
  blocks?: readonly string[];
  view: ReviewView;
  /** The assessments' labels, in the order of the view's entries. */
  labels: readonly string[];
  /** Items from another level are tagged with theirs: `_(L3)_`. */
  levelId: string;
  scale: RatingScale;
  words: ReviewMarkdownWords;
  /** Lists every item of the rest, also those nobody rated or noted. */
  all?: boolean;
}

function sectionLists(sections: readonly ReviewSection[], input: ReviewMarkdownInput, keep: (s: ReviewSection['rows'][number]) => boolean) {
  const { words: w, scale, labels } = input;
  const out: string[] = [];
  let left = 0;
  for (const { section, rows } of sections) {
    const lines: string[] = [];
    for (const row of rows) {
      if (!keep(row)) {
        left++;
        continue;
      }
      const text = oneLine(row.item.text) + (row.item.levelId === input.levelId ? '' : ` _(${row.item.levelId})_`);
      const cells = row.entries.map((entry, i) => {
        const { text: said, marked } = cellWords(row.kind, entry, scale, w);
        return `  - ${oneLine(labels[i] ?? '')}: ${marked ? `**${said}**` : `_${said}_`}${noteLines(entry?.note, w.noteLabel, '    ')}`;
      });
      lines.push([`- ${text}`, ...cells].join('\n'));
    }
    if (lines.length) out.push(`#### ${section.title}`, lines.join('\n'));
  }
  return { out, left };
}

/**
 * The review for a 1:1 document: the blocks, then the agenda (every item the assessments differ
 * on, with each one's rating and note), then the rest — the items someone rated or noted (all
 * with `all`), and how many were left out.
 */
export function reviewToMarkdown(input: ReviewMarkdownInput): string {
  const { view, words: w, scale } = input;
  const out = [`## ${input.heading}`, ...(input.blocks ?? []), `### ${w.agendaHeading}`];
  const agenda = sectionLists(view.agenda, input, () => true);
  out.push(...(agenda.out.length ? agenda.out : [`_${w.agendaEmpty}_`]));
  const rest = sectionLists(view.rest, input, (row) => !!input.all || row.entries.some((e) => isMarked(row.kind, e, scale)));
  if (rest.out.length || rest.left) out.push(`### ${w.restHeading}`, ...rest.out);
  if (rest.left) out.push(`_${w.restOmitted(rest.left)}_`);
  return `${out.join('\n\n')}\n`;
}
