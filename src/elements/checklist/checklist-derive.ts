/**
 * What the checklist derives from its inputs, each part only when its own inputs changed: the view
 * (what is listed: model/checklist-view.ts), the row context (strings and scale) and the counts and
 * readiness. The counts are kept up to date at a cost independent of the number of items
 * when the only change is one of the user's edits (a click costs the same on a list of 50 as of
 * 5,000: model/readiness.ts, withEntryChange); counted in full when anything else changed (what is
 * listed, the scale, the rule, or ratings that came from elsewhere).
 */
import type { LadderStrings } from '../../i18n/strings.js';
import { type ChecklistView, checklistView, sectionOfItem } from '../../model/checklist-view.js';
import { entryOf, type RatingScale, type Ratings } from '../../model/ratings.js';
import { findOrphans, type RatingsSummary, type ReadinessRule, summarize, withEntryChange } from '../../model/readiness.js';
import { matchLevel } from '../../model/resolve.js';
import type { Ladder } from '../../model/types.js';
import { Memo } from '../shared/memo.js';
import { type RowContext, rowContext } from './checklist-summary.js';
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

export interface DeriveInputs {
  ladder?: Ladder;
  level?: string;
  compareTo?: string;
  t: LadderStrings;
  scale?: RatingScale;
  naLabel?: string;
  noNa: boolean;
  readinessRule?: Partial<ReadinessRule>;
  entries: Ratings;
  lastEdit?: LastEdit;
}

export interface Derived {
  view?: ChecklistView;
  ctx: RowContext;
  counts?: RatingsSummary;
}

export class ChecklistDeriver {
  private orphanCount?: { ladder: Ladder; entries: Ratings; count: number };
  private readonly view = new Memo<ChecklistView>();
  private readonly ctx = new Memo<RowContext>();
  private readonly counts = new ChecklistCounts();

  get(i: DeriveInputs): Derived {
    const { ladder, t, scale, naLabel, noNa } = i;
    // Level ids as a reader may write them (`l4` is `L4`); the view, the form value and events use the canonical ones.
    const level = ladder && i.level ? matchLevel(ladder, i.level) : undefined;
    const target = ladder && i.compareTo ? matchLevel(ladder, i.compareTo) : undefined;
    const view = ladder && level ? this.view.get([ladder, level, target], () => checklistView(ladder, level, target)) : undefined;
    const ctx = this.ctx.get([t, scale, naLabel, noNa], () => rowContext(t, scale, naLabel, noNa));
    return { view, ctx, counts: view && this.counts.get(view, i.entries, ctx, i.readinessRule, i.lastEdit) };
  }

  /** How many saved ratings are for items the ladder does not have: counted again unless the only change is the user's edit of a listed item. */
  orphans(ladder: Ladder, entries: Ratings, edit: LastEdit | undefined, view: ChecklistView | undefined): number {
    const last = this.orphanCount;
    if (last?.ladder === ladder) {
      if (last.entries === entries) return last.count;
      if (edit && view && edit.from === last.entries && edit.to === entries && sectionOfItem(view, edit.id) !== undefined) {
        this.orphanCount = { ...last, entries };
        return last.count;
      }
    }
    const count = findOrphans(entries, ladder).length;
    this.orphanCount = { ladder, entries, count };
    return count;
  }
}
