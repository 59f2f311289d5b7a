/**
 * The checklist's list: the sticky progress bar, then the sections and their rows in one fieldset
 * whose delegated listeners (ChecklistWork) serve every row. With "Only unrated" on, the rows are
 * the filtered view's, and at most ChecklistWork's limit of them ("Show more" for the rest).
 */
import { html, type TemplateResult } from 'lit';
import type { ChecklistView } from '../../model/checklist-view.js';
import type { RatingsSummary } from '../../model/readiness.js';
import type { Ladder } from '../../model/types.js';
import { showMore } from '../shared/templates.js';
import { renderProgress } from './checklist-progress.js';
import { type RowsInput, renderSection } from './checklist-rows.js';
import type { RowContext } from './checklist-summary.js';
import type { ChecklistWork } from './checklist-work.js';
import type { RatingsController } from './ratings-controller.js';

export interface ListInput {
  view: ChecklistView;
  summary: RatingsSummary;
  ctx: RowContext;
  ladder: Ladder;
  ratings: RatingsController;
  work: ChecklistWork;
  /** Inside a disabled fieldset (forms): every choice is disabled. */
  disabled: boolean;
}

export function renderList({ view, summary, ctx, ladder, ratings, work, disabled }: ListInput): TemplateResult {
  const { expanded, notesOpen, filtering, toggleGroup } = work;
  const rows: RowsInput = {
    ctx,
    ladder,
    ratings: ratings.entries,
    entry: (id) => ratings.entry(id),
    expanded,
    notesOpen,
    filtering,
    toggleGroup,
  };
  const shown = work.shown(view, ctx);
  return html`${renderProgress(summary, ctx, { filtering, message: work.message, setFilter: (on) => work.setFilter(on), next: () => work.next() })}
    <fieldset
      class="sections"
      role="none"
      ?disabled=${disabled}
      @change=${work.onChange}
      @input=${work.onInput}
      @click=${work.onClick}
      @focusin=${work.onFocusIn}
    >
      ${view.sections.length ? shown.sections.map((s) => renderSection(s, rows)) : html`<p class="muted">${ctx.t.checklistGapNothing}</p>`}
    </fieldset>
    ${showMore(shown.hidden, shown.shown, ctx.t, work.more)}`;
}
