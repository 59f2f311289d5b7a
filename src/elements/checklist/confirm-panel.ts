/**
 * The confirmation's panel: the question (reset, import, dropping the oldest snapshot) and its buttons,
 * the confirming one placed afresh for each question (keyed) and guarded (confirm-guard.ts). Loaded
 * with the first question, together with its guard (ConfirmController): a checklist whose reader
 * never asks for a destructive change never loads either.
 */
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import type { LadderStrings } from '../../i18n/strings.js';
import { quote } from '../../model/json-checks.js';
import type { RatingsSnapshot } from '../../model/ratings.js';
import { SNAPSHOT_CAP } from '../../model/ratings-history.js';
import { exportedDate } from '../../model/ratings-markdown.js';
import { findLevel } from '../../model/resolve.js';
import type { Ladder } from '../../model/types.js';
import type { Confirm, ImportConfirm } from './checklist-panels.js';
import { levelName } from './checklist-export.js';
import type { ConfirmController } from './confirm-controller.js';

export { ConfirmGuard } from './confirm-guard.js';

export interface ConfirmActions {
  yes: () => void;
  no: () => void;
  /** "Open side by side instead" (imports). */
  sideBySide?: () => void;
}

/** Before an import: whose file it is, and how many items it rates differently. */
function importWhose(c: ImportConfirm, ladder: Ladder, t: LadderStrings): string {
  if (c.name === undefined) return '';
  const level = c.level === undefined ? undefined : findLevel(ladder, c.level);
  const levelText = level ? levelName(level) : c.level === undefined ? undefined : quote(c.level, 40);
  const differing = c.differing === undefined ? '' : ` ${t.checklistImportDiffering(c.differing)}`;
  return `${t.checklistImportWhose(c.name, levelText, exportedDate(c.exportedAt))}${differing} `;
}

function confirmText(c: Confirm, ladder: Ladder, t: LadderStrings, name: (s: RatingsSnapshot) => string): string {
  if (c.kind === 'drop') return t.checklistSnapshotFull(SNAPSHOT_CAP, name(c.oldest));
  const text =
    c.kind === 'reset'
      ? t.checklistResetConfirm(c.ids.length)
      : `${importWhose(c, ladder, t)}${c.ladder && c.ladder !== ladder.id ? `${t.checklistImportOtherLadder(c.ladder)} ` : ''}${t.checklistImportConfirm(Object.keys(c.ratings).length, c.replacing)}${c.replacing ? ` ${t.checklistImportKeptCopy}` : ''}`;
  return c.oldest ? `${text} ${t.checklistSnapshotDropNote(name(c.oldest))}` : text;
}

/** The question, with a confirming button placed afresh for each question (keyed) and guarded (ConfirmController). */
export function renderConfirm(
  confirm: ConfirmController,
  ladder: Ladder,
  t: LadderStrings,
  name: (s: RatingsSnapshot) => string,
  on: ConfirmActions,
) {
  const c = confirm.current;
  const guard = confirm.guard;
  if (!c || !guard) return nothing;
  const label =
    c.kind === 'reset'
      ? t.checklistResetConfirmButton
      : c.kind === 'import'
        ? t.checklistImportConfirmButton
        : t.checklistSnapshotDropButton;
  const yes = (e: MouseEvent) => confirm.allows(e) && on.yes();
  return keyed(
    confirm.id,
    html`<div
      part="confirm"
      class="confirm"
      role="group"
      aria-labelledby="confirm-text"
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && on.no()}
    >
      <p id="confirm-text">${confirmText(c, ladder, t, name)}</p>
      <div class="confirm-buttons slot-${guard.slot}">
        <button
          type="button"
          part="action"
          class="confirm-yes"
          data-armed=${guard.armed ? 'true' : 'false'}
          ${ref(guard.place)}
          @pointermove=${guard.onPointer}
          @pointerdown=${guard.onPointer}
          @click=${yes}
        >
          ${label}
        </button>
        ${
          c.kind === 'import' && on.sideBySide
            ? html`<button type="button" part="action" class="confirm-side" @click=${on.sideBySide}>${t.checklistOpenSideBySide}</button>`
            : nothing
        }
        <button type="button" part="action" class="confirm-no" @click=${on.no}>${t.checklistCancel}</button>
      </div>
      ${guard.refused ? html`<p class="confirm-hint">${guard.refused === 'hidden' ? t.checklistConfirmHidden : t.checklistConfirmMove(label)}</p>` : nothing}
    </div>`,
  );
}
