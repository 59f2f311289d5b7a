/**
 * What a row offers besides its choices: "Clear rating" (a chosen radio cannot be unchosen by the
 * keyboard, so clearing is its own control), "Add note", and the note box, collapsed until it is
 * used: a row with a note shows it, and so does one whose "Add note" was pressed. Each control is
 * named by its item (`aria-labelledby` the row's text), so a list of 78 "Add note" buttons reads as
 * 78 different ones. The buttons carry `data-action` (their row, `data-row`): one listener on the list serves
 * them all (ChecklistWork.onClick).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RatingEntry } from '../../model/ratings.js';
import type { SectionKind } from '../../model/types.js';
import type { RowContext } from './checklist-summary.js';

/** The id of a row's text (its legend), which names the row's controls. */
export const rowTextId = (id: string): string => `text-${id}`;

/**
 * "Clear rating" for an expectation (shown by CSS only while one of its choices is checked, so it
 * follows the radios without a render), "Add note" while the note box is collapsed, and the box.
 */
export function rowTools(
  id: string,
  kind: SectionKind,
  entry: RatingEntry | undefined,
  ctx: RowContext,
  noteOpen: boolean,
): TemplateResult {
  const { t } = ctx;
  const text = rowTextId(id);
  const shown = noteOpen || !!entry?.note;
  const clear =
    kind === 'expectation'
      ? html`<button type="button" class="row-tool clear" id=${`clear-${id}`} aria-labelledby=${`clear-${id} ${text}`} data-action="clear">
          ${t.checklistClearRating}
        </button>`
      : nothing;
  const add = shown
    ? nothing
    : html`<button
        type="button"
        class="row-tool add-note"
        id=${`add-note-${id}`}
        aria-labelledby=${`add-note-${id} ${text}`}
        data-action="add-note"
      >
        ${t.checklistAddNote}
      </button>`;
  return html`${clear === nothing && add === nothing ? nothing : html`<div class="row-tools">${clear}${add}</div>`}
    <label class="note" ?hidden=${!shown}
      ><span class="note-label" id=${`note-${id}`}>${t.checklistNoteLabel}</span
      ><textarea
        rows="1"
        placeholder=${t.checklistNotePlaceholder}
        aria-labelledby=${`note-${id} ${text}`}
        data-field="note"
        .value=${entry?.note ?? ''}
      ></textarea
    ></label>`;
}
