/** The checklist's panels around its rows: the next-level comparison, messages, confirmations, import errors, the copy fallback. */
import { html, nothing, type TemplateResult } from 'lit';
import type { RatingStore } from '../../data/rating-store.js';
import type { LadderStrings } from '../../i18n/strings.js';
import { markdownToText } from '../../markdown/to-text.js';
import type { ChecklistView } from '../../model/checklist-view.js';
import type { Ratings } from '../../model/ratings.js';
import { childrenOf } from '../../model/resolve.js';
import type { LadderError } from '../../model/types.js';
import { problemList } from '../shared/templates.js';

export type Confirm = { kind: 'reset'; ids: string[] } | { kind: 'import'; ratings: Ratings; replacing: number; ladder?: string };

/** "Compare with the next level: L5 · …", or, while comparing, "What L5 adds" and the way back. */
export function renderCompareNext(view: ChecklistView, t: LadderStrings, compare: (levelId: string | undefined) => void) {
  if (view.target) {
    return html`<p part="compare" class="compare">
      <strong>${t.checklistGapHeading(markdownToText(view.target.title))}</strong>
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

export function renderMessages(
  store: Pick<RatingStore, 'problem' | 'corrupt'>,
  orphans: number,
  feedback: string,
  t: LadderStrings,
): TemplateResult {
  const { problem, corrupt } = store;
  const warning = (text: string) => html`<p class="warning">${text}</p>`;
  return html`<div part="messages" class="messages" role="status">
    ${problem === 'blocked' ? warning(t.checklistStorageBlocked) : problem === 'full' ? warning(t.checklistStorageFull) : nothing}
    ${
      corrupt
        ? warning(
            corrupt.keptAs
              ? t.checklistStorageCorruptKept(corrupt.reason, corrupt.keptAs)
              : t.checklistStorageCorruptUnsaved(corrupt.reason),
          )
        : nothing
    }
    ${orphans ? html`<p class="orphans">${t.checklistOrphans(orphans)}</p>` : nothing}
    ${feedback ? html`<p>${feedback}</p>` : nothing}
  </div>`;
}

export interface ConfirmActions {
  yes: () => void;
  no: () => void;
}

export function renderConfirm(c: Confirm | undefined, ladderId: string, t: LadderStrings, on: ConfirmActions) {
  if (!c) return nothing;
  const text =
    c.kind === 'reset'
      ? t.checklistResetConfirm(c.ids.length)
      : `${c.ladder && c.ladder !== ladderId ? `${t.checklistImportOtherLadder(c.ladder)} ` : ''}${t.checklistImportConfirm(Object.keys(c.ratings).length, c.replacing)}`;
  return html`<div
    part="confirm"
    class="confirm"
    role="group"
    aria-labelledby="confirm-text"
    @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && on.no()}
  >
    <p id="confirm-text">${text}</p>
    <button type="button" part="action" class="confirm-yes" @click=${on.yes}>
      ${c.kind === 'reset' ? t.checklistResetConfirmButton : t.checklistImportConfirmButton}
    </button>
    <button type="button" part="action" class="confirm-no" @click=${on.no}>${t.checklistCancel}</button>
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
