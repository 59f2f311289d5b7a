/** The checklist's panels around its rows: the next-level comparison, messages, confirmations, import errors, the copy fallback. */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import type { SyncStatus } from '../../data/stores/ratings-sync.js';
import type { LadderStrings } from '../../i18n/strings.js';
import { markdownToText } from '../../markdown/to-text.js';
import type { ChecklistView } from '../../model/checklist-view.js';
import type { Ratings, RatingsSnapshot } from '../../model/ratings.js';
import { quote } from '../../model/json-checks.js';
import { exportedDate } from '../../model/ratings-markdown.js';
import { SNAPSHOT_CAP } from '../../model/ratings-history.js';
import { childrenOf, findLevel } from '../../model/resolve.js';
import type { Ladder, LadderError } from '../../model/types.js';
import { levelName } from './checklist-export.js';
import { problemList } from '../shared/templates.js';
import type { ChecklistCommands } from './checklist-commands.js';
import type { ConfirmController } from './confirm-controller.js';

/** An import about to happen: the file's ratings, and whose file it is (what it says about itself). */
export interface ImportConfirm {
  kind: 'import';
  ratings: Ratings;
  /** How many of its entries would replace something different entered here. */
  replacing: number;
  ladder?: string;
  level?: string;
  exportedAt?: string;
  /** The file's name. */
  name?: string;
  /** How many listed items it rates differently from the checklist (as a review would list them). */
  differing?: number;
  /** The snapshot that goes to keep a copy (the history is full). */
  oldest?: RatingsSnapshot;
}

/** A question before a destructive change; `oldest`: the snapshot that goes to keep a copy (the history is full). */
export type Confirm =
  | { kind: 'reset'; ids: string[]; oldest?: RatingsSnapshot }
  | ImportConfirm
  | { kind: 'drop'; oldest: RatingsSnapshot };

/** "Compare with the next level: L5 · …", or, while comparing (the title says "What L5 adds"), what is shown and the way back. */
export function renderCompareNext(view: ChecklistView, t: LadderStrings, compare: (levelId: string | undefined) => void) {
  if (view.target) {
    return html`<p part="compare" class="compare">
      <span>${t.checklistGapIntro(markdownToText(view.level.title))}</span>
      <button type="button" class="link" @click=${() => compare(undefined)}>${t.checklistGapBack(markdownToText(view.level.title))}</button>
    </p>`;
  }
  const next = childrenOf(view.ladder, view.level.id);
  if (next.length === 0) return nothing;
  return html`<div part="compare" class="compare" role="group" aria-labelledby="compare-label">
    <span id="compare-label">${t.checklistCompareNext}:</span>
    ${next.map((l) => html`<button type="button" part="action" @click=${() => compare(l.id)}>${l.id} · ${markdownToText(l.title)}</button>`)}
  </div>`;
}

/** The row of actions: copy, download, import (`pick` opens the hidden file input), print, snapshot, reset. */
export function renderActions(cmd: ChecklistCommands, t: LadderStrings, pick: () => void): TemplateResult {
  const action = (label: string, handler: () => void) => html`<button type="button" part="action" @click=${handler}>${label}</button>`;
  return html`<div part="actions" class="actions" role="group" aria-label=${t.checklistActionsLabel}>
    ${action(t.checklistCopyMarkdown, () => cmd.copyMarkdown())} ${action(t.checklistDownloadJson, () => cmd.download())}
    ${action(t.checklistImportJson, pick)}
    <input type="file" accept=".json,application/json" hidden @change=${cmd.onFile} />
    ${action(t.checklistPrint, () => cmd.print())} ${action(t.checklistSnapshotSave, () => cmd.saveSnapshot())}
    ${action(t.checklistReset, () => cmd.reset())}
  </div>`;
}

/** What the messages say besides the store's state: saved ratings of removed items, feedback on the last action, an undo. */
export interface MessagesInput {
  orphans: number;
  feedback: string;
  /** Offered while the last destructive change can be undone. */
  undo?: () => void;
}

/** Storage warnings (the browser's own storage), orphans, feedback and the undo: a live region. */
export function renderMessages(status: SyncStatus, remote: boolean, input: MessagesInput, t: LadderStrings): TemplateResult {
  const warning = (text: string) => html`<p class="warning">${text}</p>`;
  const kind = status.state === 'failed' || status.state === 'pending' ? status.error?.kind : undefined;
  const n = status.notice;
  return html`<div part="messages" class="messages" role="status">
    ${!remote && kind === 'blocked' ? warning(t.checklistStorageBlocked) : !remote && kind === 'full' ? warning(t.checklistStorageFull) : nothing}
    ${
      n?.kind === 'set-aside'
        ? warning(t.checklistStorageCorruptKept(n.reason, n.keptAs))
        : n?.kind === 'left-in-place'
          ? warning(t.checklistStorageCorruptLeft(n.reason, n.savedAs))
          : n?.kind === 'newer'
            ? warning(t.checklistStorageNewer(n.version, n.savedAs))
            : nothing
    }
    ${input.orphans ? html`<p class="orphans">${t.checklistOrphans(input.orphans)}</p>` : nothing}
    ${
      input.feedback || input.undo
        ? html`<p class="feedback">
            ${input.feedback}
            ${input.undo ? html`<button type="button" part="action" class="undo" @click=${input.undo}>${t.checklistUndo}</button>` : nothing}
          </p>`
        : nothing
    }
  </div>`;
}

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

/** An import file's problems, and the Markdown to copy by hand where the clipboard is not allowed. */
export function renderExtras(
  importErrors: { name: string; errors: readonly LadderError[] } | undefined,
  fallback: string | undefined,
  t: LadderStrings,
) {
  return html`${
    importErrors
      ? html`<div part="error" class="error" role="alert">
          <strong>${t.checklistImportInvalid(importErrors.name)}</strong>
          ${problemList(importErrors.errors, t)}
        </div>`
      : nothing
  }
  ${
    fallback !== undefined
      ? html`<label class="fallback"><span>${t.checklistMarkdownCopyFailed}</span><textarea readonly rows="8" .value=${fallback}></textarea></label>`
      : nothing
  }`;
}
