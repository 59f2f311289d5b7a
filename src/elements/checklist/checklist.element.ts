import { isServer, type PropertyValues } from 'lit';
import { property, state } from '../shared/decorators.js';
import type { StoreRequestInit } from '../../data/stores/http-store.js';
import type { SaveState } from '../../data/stores/ratings-sync.js';
import type { RatingsStore } from '../../data/stores/ratings-store.js';
import { markdownStyles } from '../../markdown/render.styles.js';
import type { ChecklistView } from '../../model/checklist-view.js';
import { type RatingScale, type Ratings, withContent } from '../../model/ratings.js';
import { serializeRatings } from '../../model/ratings-file.js';
import { snapshotAssessments } from '../../model/ratings-history.js';
import type { RatingsSummary, ReadinessRule } from '../../model/readiness.js';
import type { Ladder } from '../../model/types.js';
import { actionsStyles } from '../shared/actions.styles.js';
import { chartStyles } from '../shared/chart.styles.js';
import { itemStyles } from '../shared/item.styles.js';
import { booleanConverter, toBoolean } from '../shared/coerce.js';
import { LadderElement } from '../shared/ladder-element.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { levelOrProblem } from '../shared/templates.js';
import { ChecklistCommands } from './checklist-commands.js';
import { checklistMarkdown } from './checklist-export.js';
import { HistoryPanel, snapshotName } from './checklist-history.js';
import { checklistHistoryStyles } from './checklist-history.styles.js';
import type { RowContext } from './checklist-summary.js';
import { renderPage } from './checklist-page.js';
import { ChecklistUrlController } from './checklist-url.js';
import { ChecklistWork } from './checklist-work.js';
import { ChecklistDeriver } from './checklist-derive.js';
import { checklistStyles } from './checklist.styles.js';
import { ConfirmController } from './confirm-controller.js';
import { PrintController } from './print-controller.js';
import { RatingsController } from './ratings-controller.js';
import { checklistStrings } from '../../i18n/checklist.js';
import { addDefaultStrings } from '../../i18n/page-strings.js';
import { SideBySideController } from './side-by-side.js';

/**
 * A self-rating checklist for one level: every expectation the level has (its own and the inherited
 * ones), rated on a scale, with red flags, examples, notes, a summary and a readiness statement to
 * bring to a 1:1, and a history of snapshots. A long list keeps notes closed until used, inherited
 * groups closed with their progress, and a sticky progress bar with "Only unrated" and "Next unrated".
 *
 * Ratings are kept by item id, shared by every checklist with the same store, synchronised between
 * tabs, and saved in the browser (`ladder-elements:ratings:<ladderId>:<storage-key>`), on a server
 * (`store-url`) or in a host's own `.store`; failures are said and retried, nothing unreadable is
 * written over (README, "Where ratings are saved"). Clearing, a replacing import and dropping the
 * oldest snapshot ask first, behind a guard against clickjacking, and can be undone. Readiness
 * (`.readinessRule`) is worded as a prompt for a conversation, not a score.
 *
 * In a form, the value is the ratings JSON under `name`; a form reset asks before clearing anything,
 * and a restored form state (back/forward) is merged in.
 *
 * @summary A self-rating checklist for a career-ladder level.
 * @tag ladder-checklist
 *
 * @csspart checklist - The outer box.
 * @csspart header - Title, introduction and the next-level comparison.
 * @csspart title - The checklist's title: what is shown ("Self-assessment: Engineer L4", or "What Engineer L5 adds").
 * @csspart compare - The "compare with the next level" control, or what the next-level view shows and the way back.
 * @csspart actions - The row of actions (copy, download, import, print, snapshot, reset).
 * @csspart action - Each action button.
 * @csspart save-state - Where a remote store saves, and how saving goes (role="status").
 * @csspart messages - Storage warnings, saved ratings for removed items, feedback and undo (role="status").
 * @csspart confirm - The in-element confirmation (reset, import, dropping the oldest snapshot).
 * @csspart history - Changes since a snapshot and the trend per section.
 * @csspart side-by-side - "Open side by side instead" of an import: a <ladder-review> of your ratings and the file's.
 * @csspart summary - Counts per section and overall, with their charts.
 * @csspart readiness - The readiness statement.
 * @csspart section - Each section (also `section-expectation`, `section-red-flag`, `section-example`).
 * @csspart progress - The progress bar that stays in view while scrolling: count, "Only unrated", "Next unrated".
 * @csspart group-toggle - The button that opens a group of inherited items (closed at first), with its progress.
 * @csspart item - Each item's row.
 * @csspart status - The loading message.
 * @csspart error - An error message (role="alert"): ladder errors, an import file's problems.
 *
 * @cssprop [--ladder-accent=#1f5fbf] - Buttons, chart bars, the chosen rating.
 * @cssprop [--ladder-text=#1d2330] - Text colour.
 * @cssprop [--ladder-muted=#586274] - Secondary text, "Not applicable" in charts.
 * @cssprop [--ladder-surface=#ffffff] - Background.
 * @cssprop [--ladder-subtle=#f3f5f9] - Background of groups, the summary and chart tracks.
 * @cssprop [--ladder-border=#d3d9e3] - Borders.
 * @cssprop [--ladder-red-flag=#b42318] - Red-flag accents.
 * @cssprop [--ladder-example=#6a3fb5] - Example accents.
 * @cssprop [--ladder-new=#17703a] - The "ready" statement.
 * @cssprop [--ladder-radius=0.5em] - Corner radius.
 * @cssprop [--ladder-spacing=1em] - Base spacing.
 * @cssprop [--ladder-font-family=inherit] - Font family (the page's by default).
 * @cssprop [--ladder-font-size=medium] - Base font size.
 * @cssprop [--ladder-sticky-top=0px] - Where the progress bar sticks: the height of a host page's fixed header.
 *
 * @fires ladder-review-request - The user chose "Open side by side instead" of an import. Cancelable: by default the checklist shows a <ladder-review> of both in place of the question.
 * @fires ladder-rating-change - The user changed an item (rating, "Clear rating", "applies to me", "done", or a note once it loses focus). Not fired for changes from code, other tabs or imports.
 */
export class LadderChecklistElement extends LadderElement {
  static {
    // This element's strings join the page's when its code loads (see i18n/page-strings.ts).
    addDefaultStrings(checklistStrings);
  }

  static override styles = [sharedStyles, markdownStyles, itemStyles, actionsStyles, chartStyles, checklistStyles, checklistHistoryStyles];
  /** Takes part in forms: submitted under `name`, reset and restored with them. */
  static readonly formAssociated = true;

  /** The snapshot "Changes since" compares with (default: the newest). */
  @state() private since?: string;
  @state() private formDisabled = false;

  /** Id of the level to rate, e.g. `L4`. */
  @property({ reflect: true }) level?: string;

  /**
   * Shows only what this level adds over `level` (usually a level that inherits it: "compare with
   * the next level"). Set by the user's choice too; ratings are kept.
   */
  @property({ attribute: 'compare-to', reflect: true }) compareTo?: string;

  /** Names the saved ratings (`ladder-elements:ratings:<ladderId>:<storage-key>`); checklists sharing it share ratings. */
  @property({ attribute: 'storage-key' }) storageKey = 'default';

  /** Saves to a server (`GET`/`PUT` of the ratings file here, see HttpRatingsStore): `https:`, or `http:` on this origin or loopback. Shown. */
  @property({ attribute: 'store-url' }) storeUrl?: string;

  /** A store of the host's own (see `RatingsStore`); wins over `store-url` and `storage-key`. */
  @property({ attribute: false }) store?: RatingsStore;

  /** Added to each request of the `store-url` store (headers such as `Authorization`); or a function returning it, called before each request. */
  @property({ attribute: false }) storeRequestInit?: StoreRequestInit;

  /** The form field name: the ratings JSON is submitted under it. */
  @property({ reflect: true }) name?: string;

  /** Label of the "Not applicable" choice. */
  @property({ attribute: 'na-label' }) naLabel?: string;

  /** The Markdown export and the print view list every item, not only those rated or with a note. */
  @property({ type: Boolean, attribute: 'export-all', reflect: true }) exportAll = false;

  /** Keeps the level and the level compared with in the page's URL hash (`#ladder-checklist=L4;L5`), and restores them from it. */
  @property({ converter: booleanConverter, reflect: true, attribute: 'sync-url' })
  get syncUrl(): boolean {
    return this._syncUrl;
  }
  set syncUrl(value: boolean | string) {
    this._syncUrl = toBoolean(value);
  }
  private _syncUrl = false;

  /** Leaves out the "Not applicable" choice. */
  @property({ converter: booleanConverter, attribute: 'no-na' })
  get noNa(): boolean {
    return this._noNa;
  }
  set noNa(value: boolean | string) {
    this._noNa = toBoolean(value);
  }
  private _noNa = false;

  /** The rating scale, lowest first: `[{ value, label }]`. Values are unique and never `"na"`. Default: Not yet / Sometimes / Consistently. */
  @property({ attribute: false }) scale?: RatingScale;

  /** Overrides parts of the readiness rule: `{ minTopShare: 0.8, allowLowest: false, maxRedFlags: 0 }`. */
  @property({ attribute: false }) readinessRule?: Partial<ReadinessRule>;

  private readonly internals: ElementInternals = this.attachInternals();
  private readonly ratings = new RatingsController(this);
  private readonly confirm: ConfirmController = new ConfirmController(this, (failed) => this.commands.confirmChanged(failed));
  private readonly sideBySide = new SideBySideController(this, this.confirm);
  private readonly printing = new PrintController(this);
  private readonly commands = new ChecklistCommands(
    this,
    this.ratings,
    this.confirm,
    () => this.view,
    () => this.t,
    async (r: Ratings) => {
      const { countDisagreements } = await this.loadCode(import('../../model/review.js'));
      return this.view && countDisagreements(this.view.sections, this.ratings.entries, r, this.ctx!.scale);
    },
    () => this.printing.print(),
  );
  private readonly history = new HistoryPanel(this);
  private readonly work = new ChecklistWork(this, this.ratings, () => this.summary);
  private readonly url = new ChecklistUrlController(this);
  /** Derived once per change in willUpdate: what is listed, the row context, the counts. */
  private view?: ChecklistView;
  private ctx?: RowContext;
  private counts?: RatingsSummary;
  private readonly deriver = new ChecklistDeriver();
  private formValue?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl && !this.hydrating) this.url.restore();
    this.url.apply(this.resolvedLadder);
    this.derive();
    const value = this.value;
    if (value !== this.formValue) this.internals.setFormValue((this.formValue = value), value);
    if (changed.has('level') || changed.has('compareTo')) this.commands.markdownFallback = undefined;
  }

  /** Brings the store, what is listed, the row context and the counts up to date (each only when its inputs changed). */
  private derive(): void {
    const ladder = this.resolvedLadder;
    // Saved ratings are the browser's: not on the server, nor in the render that hydrates the server's HTML.
    if (ladder && !isServer && !this.hydrating) {
      this.ratings.choose({ store: this.store, storeUrl: this.storeUrl, ladderId: ladder.id, storageKey: this.storageKey }, this);
    }
    const { level, compareTo, t, scale, naLabel, noNa, readinessRule } = this;
    const { entries, lastEdit } = this.ratings;
    const derived = this.deriver.get({ ladder, level, compareTo, t, scale, naLabel, noNa, readinessRule, entries, lastEdit });
    ({ view: this.view, ctx: this.ctx, counts: this.counts } = derived);
  }

  /** The page's hash is read once the server's HTML is hydrated. */
  protected override afterHydration(): void {
    if (this.syncUrl) this.url.restore();
  }

  /** A form reset never erases ratings by itself: it asks, like the Reset button (when there is anything to clear). */
  formResetCallback(): void {
    if (this.commands.contentIds().length) this.commands.reset(false);
  }

  /** Back/forward navigation restores the submitted value: merged in, so nothing newer is lost. */
  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved === 'string') this.ratings.mergeJson(saved);
  }

  /** Inside a disabled fieldset the choices are disabled too (and nothing is submitted). */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The form value: the ratings JSON (empty entries left out). */
  get value(): string {
    return serializeRatings(withContent(this.ratings.entries), {
      ladder: this.resolvedLadder?.id,
      level: this.view?.level.id ?? this.level,
    });
  }

  /**
   * The saved snapshots, oldest first, each as `{ id, label, takenAt, reason, ratings }` where `ratings`
   * is a ratings file exactly as "Download JSON" writes one: `review.assessments = checklist.snapshots`.
   */
  get snapshots() {
    return snapshotAssessments(this.ratings.file, this.resolvedLadder?.id, (s) => snapshotName(s, this.t));
  }

  /** How saving goes: `saved`, `saving`, `loading` (a remote store's first load), `pending` (will retry) or `failed`. */
  get saveState(): SaveState {
    return this.ratings.status.state;
  }

  /** Counts and readiness for the items shown, or undefined before the ladder and level are known. */
  get summary(): RatingsSummary | undefined {
    this.derive();
    return this.counts;
  }

  /** The checklist as Markdown, ready to paste into a 1:1 document ("" before the ladder and level are known). */
  toMarkdown(): string {
    const summary = this.summary;
    const { view, ctx } = this;
    return view && ctx && summary ? checklistMarkdown(view, summary, this.ratings.entries, ctx, { all: this.exportAll }) : '';
  }

  protected override renderLadder(ladder: Ladder): unknown {
    const t = this.t;
    const problem = [this.level, this.compareTo].map((id) => (id === undefined && this.level ? undefined : levelOrProblem(ladder, id, t)));
    const message = problem.find((p) => typeof p === 'string');
    if (message) return this.renderError(message);
    return renderPage({
      ladder,
      view: this.view!,
      ctx: this.ctx!,
      summary: this.summary!,
      t,
      ratings: this.ratings,
      commands: this.commands,
      confirm: this.confirm,
      sideBySide: this.sideBySide,
      work: this.work,
      history: this.history,
      orphans: this.deriver.orphans(ladder, this.ratings.entries, this.ratings.lastEdit, this.view),
      since: this.since,
      selectSince: (id) => (this.since = id),
      stale: this.url.stale,
      compare: (id) => this.url.choose(this.view?.level.id, id),
      openFile: () => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click(),
      review: { naLabel: this.naLabel, theme: this.theme, strings: this.strings },
      disabled: this.formDisabled,
    });
  }
}
