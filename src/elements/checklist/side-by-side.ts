/**
 * The checklist's "Open side by side instead" (before an import): the page is asked first with a
 * cancelable `ladder-review-request` carrying both assessments; a page that cancels it shows them
 * its own way. Otherwise the checklist shows a read-only <ladder-review> of its ratings and the file's
 * in place of the import question, with "Import instead" and "Close". Nothing is imported or saved.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { LadderReviewRequestEvent } from '../../events/review-request.js';
import type { LadderStrings } from '../../i18n/strings.js';
import type { ChecklistView } from '../../model/checklist-view.js';
import { RATINGS_VERSION, type RatingScale, type Ratings, withContent } from '../../model/ratings.js';
import type { ReviewAssessment } from '../../model/review.js';
import type { Ladder, Level } from '../../model/types.js';
import type { ImportConfirm } from './checklist-panels.js';
import type { ConfirmController } from './confirm-controller.js';

/** The two assessments: the checklist's ratings ("Yours"), then the file's, labelled with its name. */
export function sideBySideAssessments(c: ImportConfirm, yours: Ratings, view: ChecklistView, t: LadderStrings): ReviewAssessment[] {
  const mine = { version: RATINGS_VERSION, ladder: view.ladder.id, level: view.level.id, ratings: withContent(yours) };
  const theirs = { version: RATINGS_VERSION, ladder: c.ladder, level: c.level, exportedAt: c.exportedAt, ratings: c.ratings };
  return [
    { label: t.checklistSideBySideYours, ratings: mine },
    { label: c.name ?? '', ratings: theirs },
  ];
}

export interface SideBySideInput {
  ladder: Ladder;
  level: Level;
  scale: RatingScale;
  naLabel?: string;
  theme?: 'light' | 'dark';
  strings?: Partial<LadderStrings>;
  t: LadderStrings;
}

/** The element the controller serves: it loads <ladder-review>'s code when the reader first opens one. */
type Host = ReactiveControllerHost & HTMLElement & { loadCode<T>(load: Promise<T>): Promise<T> };

export class SideBySideController implements ReactiveController {
  private readonly host: Host;
  private readonly confirm: ConfirmController;
  private returnFocus?: HTMLElement;
  /** The review shown, if any, and the import question it replaced. */
  current?: { confirm: ImportConfirm; assessments: ReviewAssessment[] };

  /** `confirm` holds the import question this replaces (and asks it again: "Import instead"). */
  constructor(host: Host, confirm: ConfirmController) {
    this.host = host;
    this.confirm = confirm;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.returnFocus = undefined;
  }

  /**
   * In place of the open import question: asks the page (`ladder-review-request`), and unless it
   * cancels, shows the review here and moves focus to its heading.
   */
  open(yours: Ratings, view: ChecklistView, t: LadderStrings): void {
    const confirm = this.confirm.current;
    if (confirm?.kind !== 'import') return;
    this.confirm.close();
    const assessments = sideBySideAssessments(confirm, yours, view, t);
    const request = new LadderReviewRequestEvent(assessments, view.level.id);
    this.host.dispatchEvent(request);
    if (request.defaultPrevented) return;
    const active = this.host.shadowRoot?.activeElement;
    this.returnFocus = active instanceof HTMLElement ? active : undefined;
    // <ladder-review>'s code is loaded the first time (a checklist page that never compares never loads it).
    this.host
      .loadCode(import('../review/review.js'))
      .then(() => {
        this.current = { confirm, assessments };
        this.host.requestUpdate();
        return this.host.updateComplete;
      })
      .then(
        () => this.host.shadowRoot?.querySelector<HTMLElement>('#side-by-side-title')?.focus(),
        // Offline: the import question is asked again, and the failure said in the console.
        (error: unknown) => {
          console.error('ladder-checklist: could not load <ladder-review>:', error);
          this.confirm.ask(confirm);
        },
      );
  }

  /** Closes the review; focus goes back where it was before. */
  readonly close = (): void => {
    this.current = undefined;
    this.host.requestUpdate();
    this.returnFocus?.focus();
    this.returnFocus = undefined;
  };

  /** "Import instead": the review closes and the import question opens again. */
  private readonly importInstead = (): void => {
    const c = this.current?.confirm;
    this.close();
    if (c) this.confirm.ask(c);
  };

  /** The review in the checklist's confirmation area (nothing when closed). */
  render(input: SideBySideInput) {
    const s = this.current;
    if (!s) return nothing;
    const { t } = input;
    return html`<section
      part="side-by-side"
      class="side-by-side"
      aria-labelledby="side-by-side-title"
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.close()}
    >
      <h3 id="side-by-side-title" class="side-by-side-title" tabindex="-1">${t.checklistSideBySideTitle(s.confirm.name ?? '')}</h3>
      <ladder-review
        .ladder=${input.ladder}
        level=${input.level.id}
        .assessments=${s.assessments}
        .scale=${input.scale}
        na-label=${input.naLabel ?? nothing}
        theme=${input.theme ?? nothing}
        .strings=${input.strings}
      ></ladder-review>
      <div class="side-by-side-actions">
        <button type="button" part="action" @click=${this.importInstead}>${t.checklistImportInstead}</button>
        <button type="button" part="action" @click=${this.close}>${t.checklistClose}</button>
      </div>
    </section>`;
  }
}
