import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../shared/decorators.js';
import { LadderCompareChangeEvent } from '../../events/compare-change.js';
import { compareStrings } from '../../i18n/compare.js';
import { addDefaultStrings } from '../../i18n/page-strings.js';
import { markdownToText } from '../../markdown/to-text.js';
import { markdownStyles } from '../../markdown/render.styles.js';
import { type CompareMode, type CompareView, chosenLevels, compareView } from '../../model/compare-view.js';
import type { Ladder, ResolvedItem } from '../../model/types.js';
import { booleanConverter, idListConverter, toBoolean, toIdList } from '../shared/coerce.js';
import { itemStyles } from '../shared/item.styles.js';
import { LadderElement } from '../shared/ladder-element.js';
import { Memo } from '../shared/memo.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { SHOWN_STEP, showMore } from '../shared/templates.js';
import { renderControls } from './compare-controls.js';
import { renderTable } from './compare-table.js';
import { CompareUrlController } from './compare-url.js';
import { compareStyles } from './compare.styles.js';
import { comparePrintStyles } from './compare-print.styles.js';

// Lower-cased plain text per item, for the filter. Resolved items are memoised per ladder, so this stays small.
const plainText = new WeakMap<ResolvedItem, string>();
function searchText(item: ResolvedItem): string {
  let s = plainText.get(item);
  if (s === undefined) {
    const texts = [item.text, ...(item.details ?? []), ...(item.examples ?? [])];
    plainText.set(item, (s = texts.map(markdownToText).join('\n').toLowerCase()));
  }
  return s;
}

/**
 * Levels of a career ladder side by side: one column per level, one row per section, showing
 * either what each level adds or everything it expects. Readers pick the levels, switch the mode
 * and filter the items; in a narrow column the table shows one level at a time.
 *
 * With `sync-url` the levels, mode and filter text live in the page's hash as
 * `#ladder-compare=L3,L4;delta;team` (`#ladder-compare-<id>=…` when the element has an id), so a
 * comparison can be shared as a link. Other `&`-separated parts of the hash are kept; a plain anchor
 * such as `#top` is kept too, but becomes `#top&ladder-compare=…`, which the browser no longer scrolls
 * to. Level ids match in any case when unambiguous (`l3` is `L3`); a level the ladder does not have
 * (a stale link) is named in a note and the others are shown.
 *
 * In cumulative mode each column is compared with the nearest column to its left that it builds on
 * (the previous column in a ladder without branches; the level it builds on for the first column):
 * "New" is what that column did not expect yet. The legend and each column's heading say so.
 *
 * Printing gives every level with equal columns and no controls; past three levels, one level per
 * block (denser text), so a five-level cumulative comparison fits on about a dozen A4 pages. For a
 * landscape page, the host page adds `@page { size: landscape; }`: `@page` has no effect inside a
 * shadow root.
 *
 * @summary Compares levels of a career ladder side by side.
 * @tag ladder-compare
 *
 * @csspart base - The frame around the controls and the table.
 * @csspart controls - The header with the mode switch, the level checkboxes, the filter and the level picker.
 * @csspart mode - The mode switch (a fieldset of radio buttons).
 * @csspart levels - The level checkboxes (a fieldset).
 * @csspart filter - The filter's search field.
 * @csspart picker - The one-level picker of the narrow layout (with each level's match count while filtering).
 * @csspart scroller - The scrolling, focusable region around the table.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart level-heading - Each level's column header.
 * @csspart section-heading - Each section's row header.
 * @csspart cell - Each (section, level) cell.
 * @csspart item - Each item.
 * @csspart tag - The "New", "From L2" or "Replaces …" line of an item.
 * @csspart legend - What "New" and "From" mean (cumulative mode).
 * @csspart notice - The note naming levels asked for that the ladder does not have.
 * @csspart match - Each filter match inside an item.
 * @csspart empty - The message shown when the filter matches nothing.
 * @csspart status - The loading message.
 * @csspart error - The error message (role="alert").
 *
 * @cssprop [--ladder-compare-column-width=14em] - Minimum width of a level's column.
 * @cssprop [--ladder-compare-max-height=80vh] - Height past which the table scrolls inside itself (keeping its header in view).
 * @cssprop [--ladder-highlight=#ffe58f] - Background of filter matches.
 * @cssprop [--ladder-new=#17703a] - Text of the "New" and "Replaces" tags.
 * @cssprop [--ladder-new-background=#eaf6ee] - Background of new items (cumulative mode).
 * @cssprop [--ladder-accent=#1f5fbf] - Selected controls.
 * @cssprop [--ladder-text=#1d2330] - Text colour.
 * @cssprop [--ladder-muted=#586274] - Secondary text and carried-over items.
 * @cssprop [--ladder-surface=#ffffff] - Table background.
 * @cssprop [--ladder-subtle=#f3f5f9] - Section column background.
 * @cssprop [--ladder-border=#d3d9e3] - Borders.
 * @cssprop [--ladder-red-flag=#b42318] - Red-flag accents.
 * @cssprop [--ladder-example=#6a3fb5] - Example accents.
 * @cssprop [--ladder-radius=0.5em] - Corner radius.
 * @cssprop [--ladder-spacing=1em] - Base spacing.
 * @cssprop [--ladder-font-family=inherit] - Font family (the page's by default).
 * @cssprop [--ladder-font-size=medium] - Base font size.
 *
 * @fires ladder-compare-change - The reader added or removed a level or switched the mode.
 */
export class LadderCompareElement extends LadderElement {
  static {
    // This element's strings join the page's when its code loads (see i18n/page-strings.ts).
    addDefaultStrings(compareStrings);
  }

  static override styles = [sharedStyles, markdownStyles, itemStyles, compareStyles, comparePrintStyles];

  /** The level the narrow layout shows. */
  @state() private shown?: string;

  /** What the live region last said about a reader's change. */
  @state() private announcement = '';

  /** Items shown over all cells at most; "Show more" doubles it (see cellLimit in model/compare-view.ts). */
  @state() private budget = SHOWN_STEP;

  /**
   * Ids of the levels to compare, e.g. `L3 L4` (shown in ladder order). Without it, every level.
   * Takes a list or the attribute's string (`'L3 L4'`, `'L3,L4'`); reads back as a list.
   */
  @property({ converter: idListConverter, reflect: true })
  get levels(): string[] | undefined {
    return this._levels;
  }
  set levels(value: string | readonly string[] | undefined) {
    this._levels = toIdList(value);
  }
  private _levels?: string[];

  /** `delta`: what each level adds or replaces. `cumulative`: everything each level expects. */
  @property({ reflect: true }) mode: CompareMode = 'delta';

  /** Shows only the items containing this text (case-insensitive); the reader's typing updates it. */
  @property() filter = '';

  /** Keeps the levels, mode and filter text in the page's URL hash, and restores them from it. */
  @property({ converter: booleanConverter, reflect: true, attribute: 'sync-url' })
  get syncUrl(): boolean {
    return this._syncUrl;
  }
  set syncUrl(value: boolean | string) {
    this._syncUrl = toBoolean(value);
  }
  private _syncUrl = false;

  private readonly url = new CompareUrlController(this, () => this.restoreFromHash());

  /** What the table shows, computed once per change of the ladder, levels, mode or filter. */
  private view?: CompareView;
  private readonly viewMemo = new Memo<CompareView>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl && !this.hydrating) this.restoreFromHash();
    const { levels, mode, filter, budget } = this;
    const ladder = this.resolvedLadder;
    const view =
      ladder &&
      this.viewMemo.get([ladder, levels, mode, filter, budget], () => compareView(ladder, { levels, mode, filter, searchText, budget }));
    // A new filter that leaves the narrow layout's level empty shows the first level that has matches.
    if (view && changed.has('filter') && view.matches > 0) {
      const i = Math.max(
        0,
        view.levels.findIndex((l) => l.id === this.shown),
      );
      if (view.columnMatches[i] === 0) this.shown = view.levels[view.columnMatches.findIndex((n) => n > 0)]?.id;
    }
    this.view = view;
  }

  /** The page's hash is read once the server's HTML is hydrated. */
  protected override afterHydration(): void {
    if (this.syncUrl) this.restoreFromHash();
  }

  private restoreFromHash(): void {
    const saved = this.url.read();
    if (!saved) return;
    this.levels = saved.levels.length ? saved.levels : undefined;
    if (saved.mode) this.mode = saved.mode;
    this.filter = saved.filter;
  }

  /** A reader's change: apply it, announce it, put it in the URL, tell the page. */
  private commit(ladder: Ladder, ids: string[] | undefined, mode: CompareMode): void {
    this.levels = ids;
    this.mode = mode;
    const levels = chosenLevels(ladder, ids).map((l) => l.id);
    this.announcement = this.t.compareAnnounce(levels, this.modeLabel(mode));
    this.url.write(levels, mode, this.filter);
    this.dispatchEvent(new LadderCompareChangeEvent(levels, mode));
  }

  private toggleLevel(ladder: Ladder, id: string, on: boolean): void {
    const ids = new Set(chosenLevels(ladder, this.levels).map((l) => l.id));
    if (on) {
      ids.add(id);
      this.shown = id;
    } else {
      ids.delete(id);
    }
    this.commit(
      ladder,
      ladder.levels.filter((l) => ids.has(l.id)).map((l) => l.id),
      this.mode,
    );
  }

  private onFilterInput(e: Event): void {
    this.filter = (e.target as HTMLInputElement).value;
    if (this.view)
      this.url.write(
        this.view.levels.map((l) => l.id),
        this.mode,
        this.filter,
        true,
      );
  }

  private modeLabel(mode: CompareMode): string {
    return mode === 'cumulative' ? this.t.compareModeCumulative : this.t.compareModeDelta;
  }

  protected override renderLadder(ladder: Ladder): unknown {
    const t = this.t;
    const view = this.view!;
    const { levels: chosen, matches } = view;
    const shown = chosen.find((l) => l.id === this.shown) ?? chosen[0]!;
    const highlight = this.filter.trim();
    const listed = view.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.length, 0), 0);
    const needle = highlight.toLowerCase();
    const empty = needle ? t.compareNoMatch : this.mode === 'cumulative' ? t.emptySection : t.compareNothingNew;
    const known = ladder.levels.map((l) => l.id);
    const caption = t.compareCaption(ladder.title, this.modeLabel(this.mode));

    return html`<div class="compare" part="base">
      ${renderControls({
        t,
        ladder,
        view,
        mode: this.mode,
        filter: this.filter,
        shown,
        modeLabel: (mode) => this.modeLabel(mode),
        setMode: (mode) => this.commit(ladder, this.levels, mode),
        toggleLevel: (id, on) => this.toggleLevel(ladder, id, on),
        onFilterInput: (e) => this.onFilterInput(e),
        onFilterChange: () => this.url.flush(),
        show: (id) => (this.shown = id),
      })}
      ${view.unknown.length ? html`<p part="notice" class="notice">${t.compareUnknownLevels(view.unknown, known)}</p>` : nothing}
      ${this.mode === 'cumulative' ? html`<p part="legend" class="legend">${t.compareLegend}</p>` : nothing}
      ${
        needle && matches === 0
          ? html`<p part="empty" class="no-matches">${t.compareNoMatches(highlight)}</p>`
          : html`<div class="scroller" part="scroller" tabindex="0" role="region" aria-labelledby="caption">
              ${renderTable({ view, t, caption, shown, highlight, empty, cumulative: this.mode === 'cumulative' })}
            </div>
            ${showMore(view.hidden, listed, t, () => (this.budget *= 2))}
            ${view.moreLevels ? html`<p class="muted">${t.compareMoreLevels(chosen.length, chosen.length + view.moreLevels)}</p>` : nothing}`
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement} ${needle ? t.compareMatchCount(matches) : nothing}</p>
    </div>`;
  }
}
