/**
 * The checklist's panels around its rows: the next-level comparison, the actions, messages, import
 * errors, the copy fallback. The confirmation's panel is confirm-panel.ts, loaded with its first question.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SyncStatus } from '../../data/stores/ratings-sync.js';
import type { LadderStrings } from '../../i18n/strings.js';
import { markdownToText } from '../../markdown/to-text.js';
import type { ChecklistView } from '../../model/checklist-view.js';
import type { Ratings, RatingsSnapshot } from '../../model/ratings.js';
import { childrenOf } from '../../model/resolve.js';
import type { LadderError } from '../../model/types.js';
import { problemList } from '../shared/templates.js';
import type { ChecklistCommands } from './checklist-commands.js';

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
