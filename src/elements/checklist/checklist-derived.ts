/**
 * What the checklist derives from its view and ratings at a cost independent of the number of items:
 * the counts and readiness (counted in full when what is listed, the scale or the rule changes, or
 * ratings came from elsewhere; otherwise moved by the difference each of the user's edits made, see
 * model/readiness.ts), the rows listed (the first `limit`, "Show more" for the rest) and the number
 * of saved ratings for items the ladder does not have.
 */
import { type ChecklistView, type LimitedChecklistView, limitView, sectionOfItem } from '../../model/checklist-view.js';
import { entryOf, type RatingEntry } from '../../model/ratings.js';
import { findOrphans, type RatingsSummary, type ReadinessRule, summarize, withEntryChange } from '../../model/readiness.js';
import type { Ladder } from '../../model/types.js';
import { Memo } from '../shared/memo.js';
import type { RowContext } from './checklist-summary.js';
import type { RatingsController } from './ratings-controller.js';

export class ChecklistDerived {
  private readonly listed = new Memo<LimitedChecklistView>();
  private readonly orphanCount = new Memo<number>();

  /** The view cut to its first `limit` rows (the same object while neither changes). */
  shown(view: ChecklistView, limit: number): LimitedChecklistView {
    return this.listed.get([view, limit], () => limitView(view, limit));
  }

  /** Saved ratings of items the ladder no longer has (counted again only when ratings came from elsewhere: an edit is of a listed item). */
  orphans(ladder: Ladder, ratings: RatingsController): number {
    return this.orphanCount.get([ladder, ratings.rowsRevision], () => findOrphans(ratings.entries, ladder).length);
  }

  private inputs?: readonly unknown[];
  private summary?: RatingsSummary;
  private revision = -1;

  /** Counts and readiness for what `view` lists. */
  counts(view: ChecklistView, ctx: RowContext, rule: Partial<ReadinessRule> | undefined, ratings: RatingsController): RatingsSummary {
    const inputs = [view, ctx, rule];
    const same = this.inputs?.every((v, i) => v === inputs[i]);
    const edits = same && this.summary ? ratings.editsSince(this.revision) : undefined;
    if (!edits) {
      this.summary = summarize(view.sections, ratings.entries, ctx.scale, rule);
    } else {
      // Each item once: its entry before the first edit, and now.
      const before = new Map<string, RatingEntry | undefined>();
      for (const e of edits) if (!before.has(e.id)) before.set(e.id, e.before);
      for (const [id, was] of before) {
        const section = sectionOfItem(view, id);
        if (section !== undefined)
          this.summary = withEntryChange(this.summary!, section, was, entryOf(ratings.entries, id), ctx.scale, rule);
      }
    }
    this.inputs = inputs;
    this.revision = ratings.revision;
    return this.summary!;
  }
}
