/** The review's words for counts and files, and its Markdown export, in the strings in force. */
import type { LadderStrings } from '../../i18n/strings.js';
import { markdownToText } from '../../markdown/to-text.js';
import { isEmptyEntry, type RatingScale, type RatingsFile } from '../../model/ratings.js';
import { exportedDate, oneLine } from '../../model/ratings-markdown.js';
import type { Tally } from '../../model/readiness.js';
import type { ReviewCellWords, ReviewView } from '../../model/review.js';
import { reviewToMarkdown } from '../../model/review-markdown.js';
import type { Level } from '../../model/types.js';

/** A column: an assessment that could be read, with the label shown. */
export interface ReviewColumn {
  label: string;
  file: RatingsFile;
}

/** The words the cells use. */
export function cellWordsOf(t: LadderStrings, naLabel: string | undefined): ReviewCellWords {
  return {
    notApplicable: naLabel || t.checklistNotApplicable,
    notRated: t.reviewNotRated,
    notMarked: t.reviewNotMarked,
    applies: t.reviewApplies,
    done: t.reviewDone,
  };
}

/** "3 of 4 rated", or the red flags' or examples' count for those sections. */
export function tallyText(tally: Tally, t: LadderStrings): string {
  if (tally.redFlags) return t.reviewApplyingCount(tally.applying, tally.redFlags);
  if (tally.examples) return t.reviewDoneCount(tally.done, tally.examples);
  return t.reviewRatedCount(tally.rated, tally.expectations);
}

/** What a file says about itself: "for L3 · exported 2026-05-01 · 12 items marked". */
export function fileMeta(file: RatingsFile, t: LadderStrings): string {
  const marked = Object.values(file.ratings).filter((e) => !isEmptyEntry(e)).length;
  return t.reviewFileMeta(file.level, exportedDate(file.exportedAt), marked);
}

export interface ReviewMarkdownSource {
  level: Level;
  columns: readonly ReviewColumn[];
  view: ReviewView;
  scale: RatingScale;
  naLabel?: string;
  t: LadderStrings;
}

/** The review as Markdown: who assessed (and when), the summary per section, the agenda, then the rest. */
export function reviewMarkdown({ level, columns, view, scale, naLabel, t }: ReviewMarkdownSource): string {
  const labels = columns.map((c) => oneLine(c.label));
  const sections = view.comparison.map(({ section, tallies }) =>
    t.reviewSummaryLine(
      section.title,
      tallies.map((tally, i) => ({ label: labels[i] ?? '', count: tallyText(tally, t) })),
    ),
  );
  const list = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');
  return reviewToMarkdown({
    heading: t.reviewTitle(markdownToText(level.title)),
    blocks: [list(columns.map((c, i) => `${labels[i]}: ${fileMeta(c.file, t)}`)), `### ${t.reviewSummaryHeading}`, list(sections)],
    view,
    labels,
    levelId: level.id,
    scale,
    words: {
      ...cellWordsOf(t, naLabel),
      noteLabel: t.checklistNoteLabel,
      agendaHeading: t.reviewAgendaHeading(view.differing),
      agendaEmpty: t.reviewAgendaEmpty,
      restHeading: t.reviewRestHeading,
      restOmitted: t.reviewRestOmitted,
    },
  });
}
