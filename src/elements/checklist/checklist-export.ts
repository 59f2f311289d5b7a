/** The checklist's title and its Markdown export, in the strings in force. */
import type { LadderStrings } from '../../i18n/strings.js';
import { markdownToText } from '../../markdown/to-text.js';
import type { ChecklistView } from '../../model/checklist-view.js';
import type { Ratings } from '../../model/ratings.js';
import { localDate, ratingsToMarkdown } from '../../model/ratings-markdown.js';
import type { RatingsSummary, Tally } from '../../model/readiness.js';
import type { Level } from '../../model/types.js';
import { type RowContext, readinessTopics, sectionCount } from './checklist-summary.js';

/** The checklist's title, and the title of the level its readiness statement speaks of. */
export function checklistTitles(view: ChecklistView, t: LadderStrings): { title: string; about: string } {
  const text = (level: Level) => markdownToText(level.title);
  return { title: t.checklistTitle(text(view.level)), about: text(view.target ?? view.level) };
}

/** "Engineer L4", or "Senior engineer (L4)" when the title does not say the id. */
export function levelName(level: Level): string {
  const title = markdownToText(level.title);
  return title.includes(level.id) ? title : `${title} (${level.id})`;
}

/** "Level: Engineer L4 · 2026-05-01": the line under the title in the export and the print view. */
export function exportMeta(view: ChecklistView, t: LadderStrings, date: Date): string {
  return t.checklistExportMeta(levelName(view.level), localDate(date));
}

/** A section's count, and how its expectations split over the points used: "3 of 4 expectations rated (Sometimes: 1, Consistently: 2)". */
function sectionLine(tally: Tally, ctx: RowContext): string {
  const { t } = ctx;
  const count = sectionCount(tally, t);
  if (tally.redFlags || tally.examples) return count;
  const used = ctx.points.filter((p) => (tally.counts[p.value] ?? 0) > 0);
  return used.length ? `${count} (${used.map((p) => t.checklistPointCount(p.label, tally.counts[p.value]!)).join(', ')})` : count;
}

const list = (lines: readonly string[]) => lines.map((line) => `- ${line}`).join('\n');

/**
 * The checklist as Markdown for a 1:1 document: level and date, the summary per section, the
 * readiness statement (its reasons as topics), then what was rated or noted (everything with `all`).
 */
export function checklistMarkdown(
  view: ChecklistView,
  summary: RatingsSummary,
  ratings: Ratings,
  ctx: RowContext,
  options: { all?: boolean; date?: Date } = {},
): string {
  const { t, scale } = ctx;
  const { title, about } = checklistTitles(view, t);
  const o = summary.overall;
  const counts = [t.checklistRatedCount(o.rated, o.expectations)];
  if (o.redFlags) counts.push(t.checklistApplyingCount(o.applying, o.redFlags));
  if (o.examples) counts.push(t.checklistDoneCount(o.done, o.examples));
  const readiness = summary.readiness.met
    ? [t.checklistReadinessMet(about)]
    : [t.checklistReadinessTopics(about), list(readinessTopics(summary, scale, t))];
  const na = ctx.points.find((p) => p.value === 'na');
  return ratingsToMarkdown({
    heading: view.target ? `${title} — ${t.checklistGapHeading(about)}` : title,
    blocks: [
      exportMeta(view, t, options.date ?? new Date()),
      `### ${t.checklistSummaryHeading}`,
      `${counts.join(' · ')}.`,
      list(summary.sections.map((s) => t.checklistExportSectionLine(s.section.title, sectionLine(s, ctx)))),
      ...readiness,
    ],
    sections: view.sections,
    levelId: (view.target ?? view.level).id,
    ratings,
    scale,
    all: options.all,
    labels: {
      notApplicable: na?.label ?? t.checklistNotApplicable,
      notRated: t.checklistNotRated,
      redFlagApplies: t.checklistRedFlagApplies,
      exampleDone: t.checklistExampleDone,
      noteLabel: t.checklistNoteLabel,
      nothingMarked: t.checklistExportNothing,
    },
  });
}
