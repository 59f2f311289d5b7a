/**
 * The checklist's counts and readiness, kept up to date at a cost independent of the number of items
 * when the only change is one of the user's edits (a click costs the same on a list of 50 as of
 * 5,000: model/readiness.ts, withEntryChange); counted in full when anything else changed (what is
 * listed, the scale, the rule, or ratings that came from elsewhere).
 */
import { type ChecklistView, sectionOfItem } from '../../model/checklist-view.js';
import { entryOf, type Ratings } from '../../model/ratings.js';
import { type RatingsSummary, type ReadinessRule, summarize, withEntryChange } from '../../model/readiness.js';
import type { RowContext } from './checklist-summary.js';
import type { LastEdit } from './ratings-controller.js';

export class ChecklistCounts {
  private last?: { inputs: readonly unknown[]; entries: Ratings; summary: RatingsSummary };

  get(view: ChecklistView, entries: Ratings, ctx: RowContext, rule: Partial<ReadinessRule> | undefined, edit?: LastEdit): RatingsSummary {
    const inputs = [view, ctx, rule];
    const last = this.last;
    if (last?.entries === entries && last.inputs.every((v, i) => v === inputs[i])) return last.summary;
    let summary: RatingsSummary | undefined;
    // Only the user's edit of one item since the last count: move the counts by its difference.
    if (last && edit && edit.from === last.entries && edit.to === entries && last.inputs.every((v, i) => v === inputs[i])) {
      const section = sectionOfItem(view, edit.id);
      summary =
        section === undefined
          ? last.summary
          : withEntryChange(last.summary, section, edit.before, entryOf(entries, edit.id), ctx.scale, rule);
    }
    summary ??= summarize(view.sections, entries, ctx.scale, rule);
    this.last = { inputs, entries, summary };
    return summary;
  }
}
