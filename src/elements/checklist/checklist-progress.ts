/**
 * The compact progress bar that stays in view while the reader scrolls through the rows (sticky,
 * inside the checklist's own box): how many expectations are rated, a small bar, "Only unrated",
 * "Next unrated", and a status line for what those did.
 */
import { html, nothing } from 'lit';
import type { RatingsSummary } from '../../model/readiness.js';
import { bar } from '../shared/chart.js';
import { inBrowser } from '../shared/ssr.js';
import type { RowContext } from './checklist-summary.js';

export interface ProgressInput {
  filtering: boolean;
  message: string;
  setFilter: (on: boolean) => void;
  next: () => void;
}

export function renderProgress(summary: RatingsSummary, ctx: RowContext, input: ProgressInput) {
  const { t, scale } = ctx;
  const o = summary.overall;
  if (!o.expectations) return nothing;
  const expectations = { ...o, redFlags: 0, applying: 0, examples: 0, done: 0 };
  return html`<div part="progress" class="progress" role="group" aria-label=${t.checklistProgressLabel}>
    <p class="progress-count">${t.checklistRatedCount(o.rated, o.expectations)}</p>
    ${bar(expectations, scale)}
    <label class="choice progress-filter"
      ><input
        type="checkbox"
        ?checked=${input.filtering}
        .checked=${inBrowser(input.filtering)}
        @change=${(e: Event) => input.setFilter((e.target as HTMLInputElement).checked)}
      /><span>${t.checklistOnlyUnrated}</span></label
    >
    <button type="button" part="action" class="next-unrated" @click=${input.next}>${t.checklistNextUnrated}</button>
    <p class="progress-message" role="status">${input.message}</p>
  </div>`;
}
