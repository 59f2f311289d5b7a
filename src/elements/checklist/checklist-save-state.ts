/**
 * The save state of a checklist whose store is elsewhere (`store-url`, or a host's `.store` with a
 * `location`), in words, in a live region: where the ratings go (always shown), then "Saved",
 * "Saving…", "Not saved yet — will retry (…)" or "Cannot save: …", and whether unsaved changes are
 * kept in this browser meanwhile. The browser's own storage says only what goes wrong (panels).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SyncStatus } from '../../data/stores/ratings-sync.js';
import type { LadderStrings } from '../../i18n/strings.js';

export function renderSaveState(
  status: SyncStatus,
  location: string | undefined,
  t: LadderStrings,
  retry: () => void,
): TemplateResult | typeof nothing {
  if (!location) return nothing;
  const { state, error } = status;
  const failing = state === 'pending' || state === 'failed';
  const auth = error?.kind === 'auth';
  const reason = auth ? t.checklistSaveUnauthorized(error.status ?? 401) : (error?.message ?? '');
  const words =
    state === 'loading'
      ? t.checklistSaveLoading
      : state === 'saving'
        ? t.checklistSaveSaving
        : state === 'saved'
          ? t.checklistSaveSaved
          : auth
            ? `${reason}.`
            : state === 'pending'
              ? t.checklistSavePending(reason)
              : t.checklistSaveFailed(reason);
  return html`<div part="save-state" class=${failing ? 'save-state warning' : 'save-state'} role="status">
    <span class="save-location">${t.checklistSaveLocation(location)}</span>
    <strong class="save-words">${words}</strong>
    ${failing && status.unsaved ? html`<span>${status.keptLocally ? t.checklistSaveKeptLocally : t.checklistSaveNotKept}</span>` : nothing}
    ${state === 'failed' ? html`<button type="button" part="action" @click=${retry}>${t.checklistSaveRetry}</button>` : nothing}
  </div>`;
}
