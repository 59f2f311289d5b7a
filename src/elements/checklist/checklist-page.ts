/**
 * The checklist's whole rendering, once its ladder and level are known: the header, the actions and
 * what they say, the confirmation or the side-by-side review, the summary, the history and the list.
 * The element passes in its parts (controllers, derived view and counts) and its few callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import type { ChecklistView } from '../../model/checklist-view.js';
import type { RatingsSummary } from '../../model/readiness.js';
import type { Ladder } from '../../model/types.js';
import type { ChecklistCommands } from './checklist-commands.js';
import { checklistTitles, exportMeta } from './checklist-export.js';
import { type HistoryPanel, snapshotName } from './checklist-history.js';
import { renderList } from './checklist-list.js';
import { renderActions, renderCompareNext, renderExtras, renderMessages } from './checklist-panels.js';
import { renderSaveState } from './checklist-save-state.js';
import { type RowContext, renderSummary } from './checklist-summary.js';
import type { ChecklistWork } from './checklist-work.js';
import type { ConfirmController } from './confirm-controller.js';
import type { RatingsController } from './ratings-controller.js';
import type { SideBySideController } from './side-by-side.js';

export interface PageInput {
  ladder: Ladder;
  view: ChecklistView;
  ctx: RowContext;
  summary: RatingsSummary;
  t: LadderStrings;
  ratings: RatingsController;
  commands: ChecklistCommands;
  confirm: ConfirmController;
  sideBySide: SideBySideController;
  work: ChecklistWork;
  history: HistoryPanel;
  /** Saved ratings for items the ladder does not have. */
  orphans: number;
  /** The snapshot "Changes since" compares with, and how the reader picks another. */
  since: string | undefined;
  selectSince: (id: string) => void;
  /** Level ids from the URL hash that the ladder does not have. */
  stale: readonly string[];
  compare: (levelId: string | undefined) => void;
  openFile: () => void;
  /** What the side-by-side review passes on to its <ladder-review>. */
  review: { naLabel?: string; theme?: 'light' | 'dark'; strings?: Partial<LadderStrings> };
  disabled: boolean;
}

export function renderPage(p: PageInput): TemplateResult {
  const { ladder, view, ctx, summary, t, ratings, commands: cmd, work } = p;
  const { title, about } = checklistTitles(view, t);
  const name = (s: Parameters<typeof snapshotName>[0]) => snapshotName(s, t);
  const messages = {
    orphans: p.orphans,
    feedback: cmd.feedback,
    undo: ratings.undo && (() => cmd.undo()),
  };
  return html`<article part="checklist" class="checklist panel" aria-labelledby="title">
    <header part="header" class="header">
      <h2 id="title" part="title" class="title" tabindex="-1">${view.target ? t.checklistGapHeading(about) : title}</h2>
      <p class="intro">${t.checklistIntro}</p>
      <p class="print-meta">${exportMeta(view, t, new Date())}</p>
      ${renderCompareNext(view, t, p.compare)}
      ${p.stale.length ? html`<p class="warning">${t.checklistLinkStale(p.stale.join(', '))}</p>` : nothing}
    </header>
    ${renderActions(cmd, t, p.openFile)}
    ${renderSaveState(ratings.status, ratings.current?.location, t, () => ratings.retry())}
    ${renderMessages(ratings.status, !!ratings.current?.location, messages, t)}
    ${p.confirm.render(ladder, t, name, {
      yes: () => cmd.confirmed(),
      no: () => p.confirm.close(),
      sideBySide: () => p.sideBySide.open(ratings.entries, view, t),
    })}
    ${p.sideBySide.render({ ...ctx, ladder, level: view.level, ...p.review })}
    ${renderExtras(cmd.importErrors, cmd.markdownFallback, t)} ${renderSummary(summary, ctx, about)}
    ${p.history.render({ view, file: ratings.file, since: p.since, ctx, now: summary.sections, select: p.selectSince })}
    ${renderList({ view, summary, ctx, ladder, ratings, work, disabled: p.disabled })}
  </article>`;
}
