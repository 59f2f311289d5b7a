/**
 * An inherited group's heading: the level the items come from and how far the group has come
 * ("From L3 · 4 of 5 rated"), as the button that opens and closes it. Groups start closed, so a
 * long checklist opens on the level's own items; while the "Only unrated" filter is on, every group
 * with something left is shown open, under a plain heading.
 */
import { html, type TemplateResult } from 'lit';
import { markdownToText } from '../../markdown/to-text.js';
import { progressOf } from '../../model/checklist-progress.js';
import type { Ratings } from '../../model/ratings.js';
import { findLevel } from '../../model/resolve.js';
import type { Ladder, ResolvedItem, SectionKind } from '../../model/types.js';
import type { RowContext } from './checklist-summary.js';

export interface GroupInput {
  ctx: RowContext;
  ladder: Ladder;
  ratings: Ratings;
  /** Shown open under a plain heading (the filter is on). */
  filtering: boolean;
  toggleGroup: (key: string) => void;
}

/** "From L3 · 4 of 5 rated", or with the level's title when it does not say the id. */
export function groupLabel(levelId: string, items: readonly ResolvedItem[], kind: SectionKind, input: GroupInput): string {
  const { t, scale } = input.ctx;
  const level = findLevel(input.ladder, levelId);
  const { done, total } = progressOf(items, kind, input.ratings, scale);
  return t.checklistFromLevel(levelId, level ? markdownToText(level.title) : levelId, t.checklistGroupProgress(done, total, kind));
}

export function renderGroupHeading(key: string, label: string, open: boolean, input: GroupInput): TemplateResult {
  if (input.filtering) return html`<h4 class="group-title"><span class="group-label">${label}</span></h4>`;
  return html`<h4 class="group-title">
    <button
      type="button"
      part="group-toggle"
      class="group-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${`group-${key}`}
      @click=${() => input.toggleGroup(key)}
    >
      <span class="chevron" aria-hidden="true"></span>${label}
    </button>
  </h4>`;
}
