import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { copyText } from '../../data/file-io.js';
import { ratingsStorageKey } from '../../data/rating-store.js';
import { LadderRatingChangeEvent } from '../../events/rating-change.js';
import { markdownStyles } from '../../markdown/render.styles.js';
import { type ChecklistView, checklistView, listedIds } from '../../model/checklist-view.js';
import { type RatingScale, withContent } from '../../model/ratings.js';
import { parseRatingsJson, serializeRatings } from '../../model/ratings-file.js';
import type { RatingsSummary, ReadinessRule } from '../../model/readiness.js';
import { findLevel } from '../../model/resolve.js';
import type { Ladder, LadderError } from '../../model/types.js';
import { itemStyles } from '../shared/item.styles.js';
import { LadderElement } from '../shared/ladder-element.js';
import { Memo } from '../shared/memo.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { levelOrProblem, SHOWN_STEP, showMore } from '../shared/templates.js';
import { checklistMarkdown, checklistTitles } from './checklist-export.js';
import { renderCompareNext, renderConfirm, renderExtras, renderMessages } from './checklist-panels.js';
import { type RowsInput, renderSection } from './checklist-rows.js';
import { type RowContext, renderSummary, rowContext } from './checklist-summary.js';
import { ChecklistDerived } from './checklist-derived.js';
import { checklistStyles } from './checklist.styles.js';
import { ConfirmController } from './confirm-controller.js';
import { RatingsController } from './ratings-controller.js';
import { checklistStrings } from '../../i18n/checklist.js';
import { addDefaultStrings } from '../../i18n/page-strings.js';

/**
 * A self-rating checklist for one level: every expectation the level has (its own and the inherited
 * ones), rated on a scale, with red flags, examples, notes, a summary and a readiness statement to
 * bring to a 1:1. Ratings are saved in the browser (localStorage) by item id, shared by the
 * checklists of every level with the same `storage-key`, synchronised between tabs, and submitted
 * with an enclosing form.
 *
 * Saving: under `ladder-elements:ratings:<ladderId>:<storage-key>`. When storage is blocked or full
 * the checklist keeps working in memory and says so. Unreadable saved data is copied to
 * `<key>:corrupt-<timestamp>` before anything is written (and nothing is written if that copy fails).
 * Saved ratings for items the ladder no longer has are kept and reported.
 *
 * Readiness (`.readinessRule`, see `ReadinessRule`): by default, nothing rated at the lowest point,
 * at least 80% of applicable expectations at the highest point, and no red flag applying. It is
 * worded as a prompt for a conversation, not a score.
 *
 * Forms: the form value is the ratings JSON (`{ version: 1, ladder, level, ratings }`, empty entries
 * left out) under `name`. A form reset never erases ratings by itself: it opens the checklist's own
 * "clear ratings?" confirmation. A restored form state (back/forward navigation) is merged in.
 *
 * @summary A self-rating checklist for a career-ladder level.
 * @tag ladder-checklist
 *
 * @csspart checklist - The outer box.
 * @csspart header - Title, introduction and the next-level comparison.
 * @csspart title - The checklist's title.
 * @csspart compare - The "compare with the next level" control, or the "what the next level adds" line.
 * @csspart actions - The row of actions (copy, download, import, print, reset).
 * @csspart action - Each action button.
 * @csspart messages - Storage warnings, saved ratings for removed items, feedback (role="status").
 * @csspart confirm - The in-element confirmation (reset, import).
 * @csspart summary - Counts per section and overall, with their charts.
 * @csspart readiness - The readiness statement.
 * @csspart section - Each section (also `section-expectation`, `section-red-flag`, `section-example`).
 * @csspart group-toggle - The button that collapses a group of inherited items.
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
 *
 * @fires ladder-rating-change - The user changed an item (rating, "applies to me", "done", or a note once it loses focus). Not fired for changes from code, other tabs or imports.
 */
export class LadderChecklistElement extends LadderElement {
  static {
    // This element's strings join the page's when its code loads (see i18n/page-strings.ts).
    addDefaultStrings(checklistStrings);
  }

  static override styles = [sharedStyles, markdownStyles, itemStyles, checklistStyles];
  /** Takes part in forms: submitted under `name`, reset and restored with them. */
  static readonly formAssociated = true;

  /** Keys (`<sectionId>-<levelId>`) of the inherited groups the user collapsed. */
  @state() private collapsed: ReadonlySet<string> = new Set();
  /** Feedback on the last action ("Copied as Markdown."). */
  @state() private feedback = '';
  @state() private importErrors?: { name: string; errors: readonly LadderError[] };
  /** The Markdown, shown for copying by hand when the clipboard is not allowed. */
  @state() private markdownFallback?: string;
  @state() private formDisabled = false;
  /** How many rows are listed: a checklist of 100,000 items renders the first ones, then "Show more". */
  @state() private rowLimit = SHOWN_STEP;

  /** Id of the level to rate, e.g. `L4`. */
  @property({ reflect: true }) level?: string;

  /**
   * Shows only what this level adds over `level` (usually a level that inherits it: "compare with
   * the next level"). Set by the user's choice too; ratings are kept.
   */
  @property({ attribute: 'compare-to', reflect: true }) compareTo?: string;

  /** Names the saved ratings (`ladder-elements:ratings:<ladderId>:<storage-key>`); checklists sharing it share ratings. */
  @property({ attribute: 'storage-key' }) storageKey = 'default';

  /** The form field name: the ratings JSON is submitted under it. */
  @property({ reflect: true }) name?: string;

  /** Label of the "Not applicable" choice. */
  @property({ attribute: 'na-label' }) naLabel?: string;

  /** Leaves out the "Not applicable" choice. */
  @property({ type: Boolean, attribute: 'no-na' }) noNa = false;

  /** The rating scale, lowest first: `[{ value, label }]`. Values are unique and never `"na"`. Default: Not yet / Sometimes / Consistently. */
  @property({ attribute: false }) scale?: RatingScale;

  /** Overrides parts of the readiness rule: `{ minTopShare: 0.8, allowLowest: false, maxRedFlags: 0 }`. */
  @property({ attribute: false }) readinessRule?: Partial<ReadinessRule>;

  private readonly internals: ElementInternals = this.attachInternals();
  private readonly ratings = new RatingsController(this);
  private readonly confirm = new ConfirmController(this, () => (this.feedback = ''));
  /** Derived once per change in willUpdate: what is listed, the row context, the counts. */
  private view?: ChecklistView;
  private ctx?: RowContext;
  private counts?: RatingsSummary;
  private readonly memo = { view: new Memo<ChecklistView>(), ctx: new Memo<RowContext>() };
  private readonly derived = new ChecklistDerived();
  private formValue?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.ratings.persist();
    if (changed.has('level') || changed.has('compareTo')) this.rowLimit = SHOWN_STEP;
    this.derive();
    const value = this.value;
    if (value !== this.formValue) this.internals.setFormValue((this.formValue = value), value);
    if (changed.has('level') || changed.has('compareTo')) this.markdownFallback = undefined;
  }

  /** Brings what is listed, the row context and the counts up to date (each only when its inputs changed). */
  private derive(): void {
    const ladder = this.resolvedLadder;
    if (ladder) this.ratings.useKey(ratingsStorageKey(ladder.id, this.storageKey || 'default'));
    const level = ladder && this.level ? findLevel(ladder, this.level) : undefined;
    const target = ladder && this.compareTo && this.compareTo !== this.level ? findLevel(ladder, this.compareTo) : undefined;
    const view = ladder && level ? this.memo.view.get([ladder, level, target], () => checklistView(ladder, level, target)) : undefined;
    const { t, scale, naLabel, noNa, readinessRule } = this;
    const ctx = this.memo.ctx.get([t, scale, naLabel, noNa], () => rowContext(t, scale, naLabel, noNa));
    this.view = view;
    this.ctx = ctx;
    this.counts = view && this.derived.counts(view, ctx, readinessRule, this.ratings);
  }

  /** A form reset never erases ratings by itself: it asks, like the Reset button (when there is anything to clear). */
  formResetCallback(): void {
    const ids = this.contentIds();
    if (ids.length) this.confirm.ask({ kind: 'reset', ids }, false);
  }

  /** Back/forward navigation restores the submitted value: merged in, so nothing newer is lost. */
  formStateRestoreCallback(saved: unknown): void {
    if (typeof saved !== 'string') return;
    const parsed = parseRatingsJson(saved);
    if (parsed.ok) this.ratings.merge(parsed.file.ratings);
  }

  /** Inside a disabled fieldset the choices are disabled too (and nothing is submitted). */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private fire(id: string): void {
    const entry = this.ratings.entry(id);
    const summary = this.summary;
    if (entry && summary) this.dispatchEvent(new LadderRatingChangeEvent(id, entry.value, entry, summary));
  }

  // One listener for every row (event delegation): rows carry data-id and data-field, no closures.
  private onRowChange(e: Event): void {
    const input = e.target as HTMLInputElement;
    const { id, field } = input.dataset;
    if (!id || !field) return;
    if (field === 'value') this.ratings.edit(id, { value: input.value });
    else if (field === 'applies' || field === 'done') this.ratings.edit(id, { [field]: input.checked });
    // A note is saved as it is typed (onRowInput); the event marks the end of the edit.
    this.fire(id);
  }

  private onRowInput(e: Event): void {
    const input = e.target as HTMLTextAreaElement;
    if (input.dataset.field === 'note' && input.dataset.id) this.ratings.edit(input.dataset.id, { note: input.value });
  }

  private readonly toggleGroup = (key: string): void => {
    const next = new Set(this.collapsed);
    if (!next.delete(key)) next.add(key);
    this.collapsed = next;
  };

  private compare(levelId: string | undefined): void {
    this.compareTo = levelId;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus());
  }

  /** Ids of the listed items that have something to clear. */
  private contentIds(): string[] {
    return this.view ? this.ratings.withContent(listedIds(this.view)) : [];
  }

  private confirmed(): void {
    const c = this.confirm.current;
    if (!c) return;
    if (c.kind === 'reset') {
      this.ratings.clear(c.ids);
      this.feedback = this.t.checklistResetDone;
    } else {
      this.feedback = this.t.checklistImported(this.ratings.import(c.ratings));
    }
    this.confirm.close();
  }

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await this.ratings.readImport(file, this.t);
    this.importErrors = 'errors' in read ? read : undefined;
    if ('ratings' in read) this.confirm.ask(read);
    else if (this.confirm.current) this.confirm.close();
  }

  private downloadJson(): void {
    if (this.view) this.ratings.download(this.view.ladder.id, this.view.level.id);
  }

  private async copyMarkdown(): Promise<void> {
    const text = this.toMarkdown();
    if (await copyText(text)) {
      this.markdownFallback = undefined;
      this.feedback = this.t.checklistMarkdownCopied;
    } else {
      this.feedback = '';
      this.markdownFallback = text;
    }
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The form value: the ratings JSON (empty entries left out). */
  get value(): string {
    return serializeRatings(withContent(this.ratings.entries), { ladder: this.resolvedLadder?.id, level: this.level });
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
    return view && ctx && summary ? checklistMarkdown(view, summary, this.ratings.entries, ctx) : '';
  }

  protected override renderLadder(ladder: Ladder): unknown {
    const t = this.t;
    const problem = [this.level, this.compareTo].map((id) => (id === undefined && this.level ? undefined : levelOrProblem(ladder, id, t)));
    const message = problem.find((p) => typeof p === 'string');
    if (message) return this.renderError(message);
    const view = this.view!;
    const ctx = this.ctx!;
    const { title, about } = checklistTitles(view, t);
    const action = (label: string, handler: () => void) => html`<button type="button" part="action" @click=${handler}>${label}</button>`;
    const rows: RowsInput = {
      ctx,
      ladder,
      entry: (id) => this.ratings.entry(id),
      collapsed: this.collapsed,
      toggleGroup: this.toggleGroup,
      revision: this.ratings.revision,
    };
    const shown = this.derived.shown(view, this.rowLimit);
    return html`<article part="checklist" class="checklist panel" aria-labelledby="title">
      <header part="header" class="header">
        <h2 id="title" part="title" class="title" tabindex="-1">${title}</h2>
        <p class="intro">${t.checklistIntro}</p>
        ${renderCompareNext(view, t, (id) => this.compare(id))}
      </header>
      <div part="actions" class="actions" role="group" aria-label=${t.checklistActionsLabel}>
        ${action(t.checklistCopyMarkdown, this.copyMarkdown)} ${action(t.checklistDownloadJson, this.downloadJson)}
        ${action(t.checklistImportJson, () => this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.click())}
        <input type="file" accept=".json,application/json" hidden @change=${this.onFile} />
        ${action(t.checklistPrint, () => window.print())} ${action(t.checklistReset, () => this.confirm.ask({ kind: 'reset', ids: this.contentIds() }))}
      </div>
      ${renderMessages(this.ratings.storeState, this.derived.orphans(ladder, this.ratings), this.feedback, t)}
      ${renderConfirm(this.confirm.current, ladder.id, t, { yes: () => this.confirmed(), no: () => this.confirm.close() })}
      ${renderExtras(this.importErrors, this.markdownFallback, t)} ${renderSummary(this.summary!, ctx, about)}
      <fieldset class="sections" role="none" ?disabled=${this.formDisabled} @change=${this.onRowChange} @input=${this.onRowInput}>
        ${view.sections.length ? shown.sections.map((s) => renderSection(s, rows)) : html`<p class="muted">${t.checklistGapNothing}</p>`}
      </fieldset>
      ${showMore(shown.hidden, shown.shown, t, () => (this.rowLimit += SHOWN_STEP))}
    </article>`;
  }
}
