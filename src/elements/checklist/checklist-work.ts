/**
 * The rows' delegated listeners (ratings, marks, notes, the rows' buttons), and working through a
 * long checklist: which inherited groups are open (closed until opened), which
 * rows' note boxes the user opened, the "Only unrated" filter, "Next unrated", clearing one rating,
 * and the words the progress bar says about them. The rows' buttons carry `data-action` (their row `data-row`),
 * served by one delegated listener (`onClick`), as the rows' inputs are.
 *
 * The filter shows the expectations that were unrated when it was turned on, plus any unrated now:
 * a row the user rates stays where it is (nothing moves under the pointer or the arrow keys), and one
 * cleared elsewhere comes into view. Turning it off and on again drops what has been rated since.
 *
 * However long the list, the rows rendered are the first `limit` (then "Show more"): the work a ladder
 * can cause is bounded by what is on screen. "Next unrated" lists as far as the row it goes to.
 */
import type { ReactiveControllerHost } from 'lit';
import { LadderRatingChangeEvent } from '../../events/rating-change.js';
import { keepItems, type ListedItem, listedItems, nextUnrated, unratedIds } from '../../model/checklist-progress.js';
import { type ChecklistView, type LimitedChecklistView, limitView } from '../../model/checklist-view.js';
import type { Ratings } from '../../model/ratings.js';
import type { RatingsSummary } from '../../model/readiness.js';
import { Memo } from '../shared/memo.js';
import { SHOWN_STEP } from '../shared/templates.js';
import type { RowContext } from './checklist-summary.js';
import type { RatingsController } from './ratings-controller.js';

/** What the work needs of the checklist. */
export interface WorkHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class ChecklistWork {
  /** Keys (`<sectionId>-<levelId>`) of the inherited groups the user opened. */
  expanded: ReadonlySet<string> = new Set();
  /** Ids of the rows whose note box the user opened (or typed in: it stays open while emptied). */
  notesOpen: ReadonlySet<string> = new Set();
  /** The ids unrated when "Only unrated" was turned on; undefined while it is off. */
  private filterStart?: ReadonlySet<string>;
  /** The row the user was last in: "Next unrated" goes on from there. */
  private lastRow?: string;
  /** What the progress bar last said, and the ratings it was said about (it goes when they change). */
  private said?: { text: string; about: Ratings };
  /** What the rows show, as last rendered (`shown`): the actions work on that. */
  private current?: { view: ChecklistView; ctx: RowContext };
  private readonly listed = new Memo<ListedItem[]>();
  private readonly shownView = new Memo<ChecklistView>();
  private readonly limited = new Memo<LimitedChecklistView>();
  /** How many rows are rendered at most, for the view it was set for (another level starts again). */
  private limit = { view: undefined as ChecklistView | undefined, rows: SHOWN_STEP };

  constructor(
    private readonly host: WorkHost,
    private readonly ratings: RatingsController,
    /** The counts and readiness of what is shown, sent with each ladder-rating-change. */
    private readonly summary: () => RatingsSummary | undefined,
  ) {}

  /** Tells the page about a user's change to item `id` (ladder-rating-change). */
  private fire(id: string): void {
    const entry = this.ratings.entry(id);
    const summary = this.summary();
    if (entry && summary) this.host.dispatchEvent(new LadderRatingChangeEvent(id, entry.value, entry, summary));
  }

  get filtering(): boolean {
    return this.filterStart !== undefined;
  }

  /** What the progress bar says now: the last action's words, until the ratings change. */
  get message(): string {
    return this.said?.about === this.ratings.entries ? this.said.text : '';
  }

  private say(text: string): void {
    this.said = { text, about: this.ratings.entries };
    this.host.requestUpdate();
  }

  private items(view: ChecklistView): ListedItem[] {
    return this.listed.get([view], () => listedItems(view));
  }

  /** The view the rows show (called as they render): all of it, or with the filter on, the expectations it keeps. */
  shown(view: ChecklistView, ctx: RowContext): LimitedChecklistView {
    this.current = { view, ctx };
    if (this.limit.view !== view) this.limit = { view, rows: SHOWN_STEP };
    const { scale } = ctx;
    const start = this.filterStart;
    const entries = this.ratings.entries;
    const filtered = !start
      ? view
      : this.shownView.get([view, start, entries, scale], () => {
          const keep = new Set(start);
          for (const id of unratedIds(this.items(view), entries, scale)) keep.add(id);
          return keepItems(view, keep);
        });
    return this.limited.get([filtered, this.limit.rows], () => limitView(filtered, this.limit.rows));
  }

  /** "Show more": as many rows again. */
  readonly more = (): void => {
    this.limit = { ...this.limit, rows: this.limit.rows + SHOWN_STEP };
    this.host.requestUpdate();
  };

  readonly toggleGroup = (key: string): void => {
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    this.expanded = next;
    this.host.requestUpdate();
  };

  /** Turns "Only unrated" on or off, and says what is shown. */
  setFilter(on: boolean): void {
    if (!this.current) return;
    const { view, ctx } = this.current;
    const { scale, t } = ctx;
    const unrated = unratedIds(this.items(view), this.ratings.entries, scale);
    this.filterStart = on ? new Set(unrated) : undefined;
    this.say(on ? t.checklistFilterOn(unrated.length) : t.checklistFilterOff);
  }

  /** Moves focus to the first choice of the next unrated expectation after the row the user was last in (opening its group). */
  async next(): Promise<void> {
    if (!this.current) return;
    const { view, ctx } = this.current;
    const { scale, t } = ctx;
    const target = nextUnrated(this.items(view), this.ratings.entries, scale, this.lastRow);
    if (!target) {
      this.say(t.checklistAllRated);
      return;
    }
    this.lastRow = target.id;
    // A row past the rows rendered: render as far as it (its place in the whole list is at least its place in what is shown).
    const place = this.items(view).indexOf(target);
    if (place >= this.limit.rows) this.limit = { view, rows: Math.ceil((place + 1) / SHOWN_STEP) * SHOWN_STEP };
    if (target.group && !this.expanded.has(target.group)) this.toggleGroup(target.group);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const row = this.row(target.id);
    const first = row?.querySelector<HTMLInputElement>('input[data-field]');
    if (!row || !first) return;
    // Centred, so the sticky progress bar never covers it; focus without a second scroll. Runs of rows
    // are laid out only near the view (content-visibility: auto): those around this one take their
    // real heights in the frame after the scroll, which moves it, so it is centred again after that frame.
    row.scrollIntoView({ block: 'center' });
    await afterNextFrame();
    row.scrollIntoView({ block: 'center' });
    first.focus({ preventScroll: true });
  }

  private row(id: string): HTMLElement | null {
    const root = this.host.renderRoot;
    return 'getElementById' in root ? (root.getElementById(`item-${id}`) as HTMLElement | null) : null;
  }

  private openNote(id: string): void {
    this.keepNoteOpen(id);
    this.host.updateComplete.then(() => this.row(id)?.querySelector('textarea')?.focus());
  }

  /** Keeps a row's note box open (also while its text is deleted, so it never vanishes under the cursor). */
  keepNoteOpen(id: string): void {
    if (this.notesOpen.has(id)) return;
    this.notesOpen = new Set(this.notesOpen).add(id);
    this.host.requestUpdate();
  }

  /** Clears one expectation's rating (its note stays), tells the page, and puts focus on its first choice. */
  private clear(id: string): void {
    this.ratings.edit(id, { value: undefined });
    this.fire(id);
    if (this.current) this.say(this.current.ctx.t.checklistRatingCleared);
    this.host.updateComplete.then(() => this.row(id)?.querySelector<HTMLInputElement>('input[data-field]')?.focus());
  }

  // One listener for every row (event delegation): rows carry data-row, their inputs data-field; no closures.
  readonly onChange = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const { field } = input.dataset;
    const id = rowOf(input);
    if (!id || !field) return;
    if (field === 'value') this.ratings.edit(id, { value: input.value });
    else if (field === 'applies' || field === 'done') this.ratings.edit(id, { [field]: input.checked });
    // A note is saved as it is typed (onInput); the event marks the end of the edit.
    this.fire(id);
  };

  readonly onInput = (e: Event): void => {
    const input = e.target as HTMLTextAreaElement;
    const id = rowOf(input);
    if (input.dataset.field !== 'note' || !id) return;
    this.ratings.edit(id, { note: input.value });
    this.keepNoteOpen(id);
  };

  /** The rows' buttons, delegated: `data-action` is `clear` or `add-note`, the row's `data-row` the item. */
  readonly onClick = (e: Event): void => {
    const button = (e.target as Element).closest?.('button[data-action]') as HTMLButtonElement | null;
    const id = button && rowOf(button);
    if (!button || !id) return;
    if (button.dataset.action === 'clear') this.clear(id);
    else if (button.dataset.action === 'add-note') this.openNote(id);
  };

  /** Remembers the row the user is in. */
  readonly onFocusIn = (e: Event): void => {
    const id = rowOf(e.target as Element);
    if (id) this.lastRow = id;
  };
}

/** The item id of the row `el` is in (`data-row`), if it is in one. */
function rowOf(el: Element): string | undefined {
  return el.closest?.<HTMLElement>('[data-row]')?.dataset.row;
}

/** Resolves after the next frame has been rendered (styles and layout included). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
