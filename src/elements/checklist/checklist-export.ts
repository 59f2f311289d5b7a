/** The checklist's title and its Markdown export, in the strings in force. */
import type { LadderStrings } from '../../i18n/strings.js';
import { markdownToText } from '../../markdown/to-text.js';
import type { ChecklistView } from '../../model/checklist-view.js';
import type { Ratings } from '../../model/ratings.js';
import { ratingsToMarkdown } from '../../model/ratings-markdown.js';
import type { RatingsSummary } from '../../model/readiness.js';
import type { Level } from '../../model/types.js';
import { type RowContext, readinessTopics } from './checklist-summary.js';

/** The checklist's title, and the title of the level its readiness statement speaks of. */
export function checklistTitles(view: ChecklistView, t: LadderStrings): { title: string; about: string } {
  const text = (level: Level) => markdownToText(level.title);
  return { title: t.checklistTitle(text(view.level)), about: text(view.target ?? view.level) };
}

/** The checklist as Markdown for a 1:1 document. */
export function checklistMarkdown(view: ChecklistView, summary: RatingsSummary, ratings: Ratings, ctx: RowContext): string {
  const { t, scale } = ctx;
  const { title, about } = checklistTitles(view, t);
  const o = summary.overall;
  const counts = [t.checklistRatedCount(o.rated, o.expectations)];
  if (o.redFlags) counts.push(t.checklistApplyingCount(o.applying, o.redFlags));
  if (o.examples) counts.push(t.checklistDoneCount(o.done, o.examples));
  const readiness = summary.readiness.met
    ? t.checklistReadinessMet(about)
    : `${t.checklistReadinessTopics(about)} ${readinessTopics(summary, scale, t).join('; ')}.`;
  const na = ctx.points.find((p) => p.value === 'na');
  return ratingsToMarkdown({
    heading: view.target ? `${title} — ${t.checklistGapHeading(about)}` : title,
    lines: [`${counts.join(' · ')}.`, readiness],
    sections: view.sections,
    levelId: (view.target ?? view.level).id,
    ratings,
    scale,
    labels: {
      notApplicable: na?.label ?? t.checklistNotApplicable,
      notRated: t.checklistNotRated,
      redFlagApplies: t.checklistRedFlagApplies,
      redFlagDoesNotApply: t.checklistRedFlagDoesNotApply,
      noteLabel: t.checklistNoteLabel,
    },
  });
}
