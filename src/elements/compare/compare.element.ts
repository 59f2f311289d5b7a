import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LadderCompareChangeEvent } from '../../events/compare-change.js';
import { compareStrings } from '../../i18n/compare.js';
import { addDefaultStrings } from '../../i18n/page-strings.js';
import { renderInlineMarkdown, renderMarkdown } from '../../markdown/to-templates.js';
import { markdownToText } from '../../markdown/to-text.js';
import { markdownStyles } from '../../markdown/render.styles.js';
import { COMPARE_MODES, type CompareMode, type CompareView, chosenLevels, compareView } from '../../model/compare-view.js';
import type { Ladder, Level, ResolvedItem } from '../../model/types.js';
import { HashController, safeDecode } from '../shared/hash-controller.js';
import { itemStyles } from '../shared/item.styles.js';
import { LadderElement } from '../shared/ladder-element.js';
import { Memo } from '../shared/memo.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { replacesNote, SHOWN_STEP, sectionTitle, showMore } from '../shared/templates.js';
import { renderControls } from './compare-controls.js';
import { compareStyles } from './compare.styles.js';
import { children, ItemNodes } from './item-nodes.js';

/** `levels="L3 L4"` (spaces or commas) ⇄ `['L3', 'L4']`; empty means every level. */
const levelsConverter = {
  fromAttribute: (value: string | null) => {
    const ids = (value ?? '').split(/[\s,]+/).filter(Boolean);
    return ids.length ? ids : undefined;
  },
  toAttribute: (value: string[] | undefined) => (value?.length ? value.join(' ') : null),
};

// Lower-cased plain text per item, for the filter. Resolved items are memoised per ladder, so this stays small.
const plainText = new WeakMap<ResolvedItem, string>();
function searchText(item: ResolvedItem): string {
  let s = plainText.get(item);
  if (s === undefined) plainText.set(item, (s = markdownToText(item.text).toLowerCase()));
  return s;
}

/**
 * Levels of a career ladder side by side: one column per level, one row per section, showing
 * either what each level adds or everything it expects. Readers pick the levels, switch the mode
 * and filter the items; in a narrow column the table shows one level at a time.
 *
 * With `sync-url` the levels and mode live in the page's hash as
 * `#ladder-compare=L3,L4;delta` (`#ladder-compare-<id>=…` when the element has an id), so a comparison
 * can be shared as a link. Other `&`-separated parts of the hash are kept; a plain anchor such as
 * `#top` is kept too, but becomes `#top&ladder-compare=…`, which the browser no longer scrolls to.
 *
 * Printing gives the whole table (every level, no controls). For a landscape page, the host page
 * adds `@page { size: landscape; }`: `@page` has no effect inside a shadow root.
 *
 * @summary Compares levels of a career ladder side by side.
 * @tag ladder-compare
 *
 * @csspart base - The frame around the controls and the table.
 * @csspart controls - The header with the mode switch, the level checkboxes, the filter and the level picker.
 * @csspart mode - The mode switch (a fieldset of radio buttons).
 * @csspart levels - The level checkboxes (a fieldset).
 * @csspart filter - The filter's search field.
 * @csspart picker - The one-level picker of the narrow layout.
 * @csspart scroller - The scrolling, focusable region around the table.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart level-heading - Each level's column header.
 * @csspart section-heading - Each section's row header.
 * @csspart cell - Each (section, level) cell.
 * @csspart item - Each item.
 * @csspart tag - The "New", "From L2" or "Replaces …" line of an item.
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

  static override styles = [sharedStyles, markdownStyles, itemStyles, compareStyles];

  /** The level the narrow layout shows. */
  @state() private shown?: string;

  /** What the live region last said about a reader's change. */
  @state() private announcement = '';

  /** Items shown over all cells at most; "Show more" doubles it (see cellLimit in model/compare-view.ts). */
  @state() private budget = SHOWN_STEP;

  /** Ids of the levels to compare, e.g. `L3 L4` (shown in ladder order). Without it, every level. */
  @property({ converter: levelsConverter, reflect: true }) levels?: string[];

  /** `delta`: what each level adds or replaces. `cumulative`: everything each level expects. */
  @property({ reflect: true }) mode: CompareMode = 'delta';

  /** Shows only the items containing this text (case-insensitive); the reader's typing updates it. */
  @property() filter = '';

  /** Keeps the levels and mode in the page's URL hash, and restores them from it. */
  @property({ type: Boolean, reflect: true, attribute: 'sync-url' }) syncUrl = false;

  private readonly hash = new HashController(this, () => {
    if (this.syncUrl) this.restoreFromHash();
  });

  /** What the table shows, computed once per change of the ladder, levels, mode or filter. */
  private view?: CompareView;
  private readonly viewMemo = new Memo<CompareView>();
  /** Each item drawn once and copied into the columns where it appears. */
  private readonly nodes = new ItemNodes();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl') && this.syncUrl) this.restoreFromHash();
    const { levels, mode, filter, budget } = this;
    const ladder = this.resolvedLadder;
    this.view =
      ladder &&
      this.viewMemo.get([ladder, levels, mode, filter, budget], () => compareView(ladder, { levels, mode, filter, searchText, budget }));
  }

  private get hashKey(): string {
    return this.id ? `ladder-compare-${this.id}` : 'ladder-compare';
  }

  private restoreFromHash(): void {
    const value = this.hash.param(this.hashKey);
    if (value === undefined) return;
    const [ids = '', mode] = value.split(';');
    const decoded = ids.split(',').map(safeDecode);
    // A malformed %-escape: not ours to repair.
    if (decoded.some((id) => id === undefined)) return;
    this.levels = levelsConverter.fromAttribute(decoded.join(' '));
    if (COMPARE_MODES.includes(mode as CompareMode)) this.mode = mode as CompareMode;
  }

  /** A reader's change: apply it, announce it, put it in the URL, tell the page. */
  private commit(ladder: Ladder, ids: string[] | undefined, mode: CompareMode): void {
    this.levels = ids;
    this.mode = mode;
    const levels = chosenLevels(ladder, ids).map((l) => l.id);
    this.announcement = this.t.compareAnnounce(levels, this.modeLabel(mode));
    if (this.syncUrl) {
      this.hash.setParam(this.hashKey, `${levels.map(encodeURIComponent).join(',')};${mode}`);
    }
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

  private modeLabel(mode: CompareMode): string {
    return mode === 'cumulative' ? this.t.compareModeCumulative : this.t.compareModeDelta;
  }

  private renderItem(item: ResolvedItem, level: Level): Node {
    return this.nodes.node(item, level.id, item.levelId === level.id ? 'own' : 'carried', () => this.drawItem(item, level));
  }

  private drawItem(item: ResolvedItem, level: Level): TemplateResult {
    const t = this.t;
    const cumulative = this.mode === 'cumulative';
    const carried = item.levelId !== level.id;
    let tag: TemplateResult | typeof nothing = nothing;
    if (carried) tag = html`<p part="tag" class="tag carried"><span aria-hidden="true">↳ </span>${t.inheritedFrom(item.levelId)}</p>`;
    else if (item.replaces) tag = replacesNote(item, t, 'tag');
    else if (cumulative) tag = html`<p part="tag" class="tag new"><span aria-hidden="true">★ </span>${t.compareNew}</p>`;
    const status = carried ? 'carried' : cumulative ? 'new' : '';
    return html`<li part="item" class="item ${status}" data-item=${item.id}>
      <div class="text">${renderMarkdown(item.text)}</div>
      ${tag}
    </li>`;
  }

  protected override renderLadder(ladder: Ladder): unknown {
    const t = this.t;
    const view = this.view!;
    if (view.unknown.length)
      return this.renderError(
        t.compareUnknownLevels(
          view.unknown,
          ladder.levels.map((l) => l.id),
        ),
      );
    const { levels: chosen, rows, matches } = view;
    const shown = chosen.find((l) => l.id === this.shown) ?? chosen[0]!;
    const highlight = this.filter.trim();
    this.nodes.use([t, this.mode], highlight);
    const listed = rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.length, 0), 0);
    const needle = highlight.toLowerCase();
    const col = (level: Level) => (level === shown ? 'col active' : 'col');
    const empty = needle ? t.compareNoMatch : this.mode === 'cumulative' ? t.emptySection : t.compareNothingNew;

    return html`<div class="compare" part="base">
      ${renderControls({
        t,
        ladder,
        mode: this.mode,
        chosen,
        shown,
        filter: this.filter,
        modeLabel: (mode) => this.modeLabel(mode),
        setMode: (mode) => this.commit(ladder, this.levels, mode),
        toggleLevel: (id, on) => this.toggleLevel(ladder, id, on),
        setFilter: (filter) => (this.filter = filter),
        show: (id) => (this.shown = id),
      })}
      ${
        needle && matches === 0
          ? html`<p part="empty" class="no-matches">${t.compareNoMatches(highlight)}</p>`
          : html`<div class="scroller" part="scroller" tabindex="0" role="region" aria-labelledby="caption">
              <table class="grid" part="table">
                <caption id="caption" part="caption">${t.compareCaption(ladder.title, this.modeLabel(this.mode))}</caption>
                <thead>
                  <tr>
                    <th scope="col" class="corner">${t.compareSectionHeader}</th>
                    ${chosen.map(
                      (level) => html`<th scope="col" part="level-heading" class=${col(level)} data-level=${level.id}>
                        <span class="level-id">${level.id}</span>
                        <span class="level-title">${renderInlineMarkdown(level.title)}</span>
                        ${level.inherits ? html`<span class="builds-on">${t.buildsOn} ${level.inherits}</span>` : nothing}
                      </th>`,
                    )}
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(
                    ({ section, cells, hidden }) => html`<tr class="kind-${section.kind}" data-section=${section.id}>
                      <th scope="row" part="section-heading">${sectionTitle(section, t)}</th>
                      ${cells.map((items, i) => {
                        const level = chosen[i]!;
                        return html`<td part="cell" class=${col(level)} data-level=${level.id}>
                          ${
                            items.length
                              ? html`<ul class="items" role="list" ${children(items.map((item) => this.renderItem(item, level)))}></ul>`
                              : html`<p class="empty">${empty}</p>`
                          }
                          ${hidden[i] ? html`<p class="more-in-cell">${t.compareMoreInCell(hidden[i])}</p>` : nothing}
                        </td>`;
                      })}
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${showMore(view.hidden, listed, t, () => (this.budget *= 2))}
            ${view.moreLevels ? html`<p class="muted">${t.compareMoreLevels(chosen.length, chosen.length + view.moreLevels)}</p>` : nothing}`
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement} ${needle ? t.compareMatchCount(matches) : nothing}</p>
    </div>`;
  }
}
