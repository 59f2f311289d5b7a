import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../shared/decorators.js';
import type { LadderState } from '../../context/ladder-context.js';
import { LadderLevelSelectEvent } from '../../events/level-select.js';
import { renderInlineMarkdown, renderMarkdown } from '../../markdown/to-templates.js';
import { safeHref } from '../../markdown/safe-url.js';
import { markdownToText } from '../../markdown/to-text.js';
import { markdownStyles } from '../../markdown/render.styles.js';
import { findLevel, matchLevel, resolveLevel } from '../../model/resolve.js';
import type { Ladder, Level, ResolvedItem, Section } from '../../model/types.js';
import { booleanConverter, toBoolean } from '../shared/coerce.js';
import { itemStyles } from '../shared/item.styles.js';
import { LadderElement } from '../shared/ladder-element.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { levelOrProblem, SHOWN_STEP, showMore } from '../shared/templates.js';
import { CardHistoryController } from './card-history.js';
import { type CardSections, renderCounts, renderDetailsToggle, renderInherited, renderOwnSections } from './card-parts.js';
import { levelCardStyles } from './level-card.styles.js';
import { CopyLinkController, renderCardItem } from './card-item.js';
import { RovingFocus } from './roving-focus.js';

/**
 * One level of a career ladder: its title, summary and every section's expectations, with what it
 * inherits one click away.
 *
 * Opening the level it builds on records it in the page's history (`#ladder-card=L3`, or
 * `#ladder-card-<id>=L3` for a card with an id; `no-history` turns this off), so the browser's Back
 * returns, and the card offers "Back to …". Each item's copy-link button is one tab stop per list
 * (the arrow keys move between them); where the clipboard is not allowed, the link shows next to it.
 *
 * @summary A career-ladder level with its inherited expectations.
 * @tag ladder-level-card
 *
 * @slot header-end - Content placed at the end of the card's header (a button, a badge). Always rendered, also while loading or on an error.
 * @slot footer - Content placed below the sections. Always rendered, also while loading or on an error.
 *
 * @csspart card - The card's outer box.
 * @csspart header - The header: title, summary and what the level builds on.
 * @csspart title - The level's title.
 * @csspart summary - The level's summary.
 * @csspart builds-on - The "Builds on L3" line.
 * @csspart back-button - "Back to …", after the reader opened another level from the card.
 * @csspart section - Each section (also `section-expectation`, `section-red-flag`, `section-example`).
 * @csspart item - Each item.
 * @csspart copy-button - The "copy link" button of an item.
 * @csspart copy-fallback - The link to copy by hand, next to the button, where the clipboard is not allowed.
 * @csspart inherited - The inherited expectations region (toggle and groups).
 * @csspart inherited-toggle - The button that reveals inherited expectations.
 * @csspart counts - The per-section counts shown in compact mode.
 * @csspart details-toggle - The compact card's button that opens the full card.
 * @csspart status - The loading message.
 * @csspart error - The error message (role="alert").
 *
 * @cssprop [--ladder-accent=#1f5fbf] - Links, toggles and highlights.
 * @cssprop [--ladder-text=#1d2330] - Text colour.
 * @cssprop [--ladder-muted=#586274] - Secondary text.
 * @cssprop [--ladder-surface=#ffffff] - Card background.
 * @cssprop [--ladder-subtle=#f3f5f9] - Background of inherited groups.
 * @cssprop [--ladder-border=#d3d9e3] - Borders.
 * @cssprop [--ladder-red-flag=#b42318] - Red-flag accents.
 * @cssprop [--ladder-example=#6a3fb5] - Example accents.
 * @cssprop [--ladder-radius=0.5em] - Corner radius.
 * @cssprop [--ladder-spacing=1em] - Base spacing.
 * @cssprop [--ladder-font-family=inherit] - Font family (the page's by default).
 * @cssprop [--ladder-font-size=medium] - Base font size.
 *
 * @fires ladder-level-select - The reader picked another level (the one this level builds on, or "Back to …"). Cancelable: by default the card then shows that level.
 */
export class LadderLevelCardElement extends LadderElement {
  static override styles = [sharedStyles, markdownStyles, itemStyles, levelCardStyles];

  /** A compact card the reader opened in full. */
  @state() private details = false;
  /** How many items are listed: a level of 100,000 items shows the first ones, then "Show more". */
  @state() private itemLimit = SHOWN_STEP;
  /** Items left to list in this render, and how many were left out. */
  private budget = { left: SHOWN_STEP, hidden: 0 };

  /** Id of the level to show, e.g. `L4` (`l4` works too when no other level differs only in case). */
  @property({ reflect: true }) level?: string;

  /** Opens the inherited expectations (collapsed by default); the reader's toggle reflects here. */
  @property({ converter: booleanConverter, reflect: true, attribute: 'show-inherited' })
  get showInherited(): boolean {
    return this._showInherited;
  }
  set showInherited(value: boolean | string) {
    this._showInherited = toBoolean(value);
  }
  private _showInherited = false;

  /** Title, summary and a count per section only, with a button to open the full card: for wiki sidebars. */
  @property({ converter: booleanConverter, reflect: true })
  get compact(): boolean {
    return this._compact;
  }
  set compact(value: boolean | string) {
    this._compact = toBoolean(value);
  }
  private _compact = false;

  /**
   * Makes level references links: a URL with `{level}` in it, e.g. `?level={level}` or `/ladder/{level}`.
   * Without it they are buttons, and the card itself shows the picked level.
   */
  @property({ attribute: 'level-href' }) levelHref?: string;

  /** Keeps the levels the reader opens from the card out of the page's history and URL. */
  @property({ type: Boolean, reflect: true, attribute: 'no-history' }) noHistory = false;

  /** The page that copied item links point at (an absolute http(s) URL); default: this page. The embed page sets it to the page it is shown on. */
  @property({ attribute: 'page-url' }) pageUrl?: string;

  /** The level shown, by its canonical id; undefined until the ladder is known or when there is no such level. */
  private current?: Level;

  /** An item anchor from the page URL (#L4-<itemId>) still to reveal: it cannot reach into a shadow root by itself. */
  private hashTarget?: string;
  /** Move focus to the title once the level changes (the reader's own walk, not the browser's Back). */
  private focusTitle = false;

  private readonly walk = new CardHistoryController(this, () => {
    this.hashTarget = this.walk.fragment;
    this.requestUpdate();
  });
  private readonly roving = new RovingFocus(this);
  private readonly copying = new CopyLinkController(this);
  private readonly onListKeydown = (e: KeyboardEvent) => this.roving.onKeydown(e, '.copy');
  /** A click on an item's "copy link" button (one listener per list). */
  private readonly onListClick = (e: MouseEvent) => {
    const list = e.currentTarget as HTMLElement;
    const button = (e.target as Element).closest<HTMLElement>('.copy');
    const { itemId } = button?.dataset ?? {};
    const { listKey } = list.dataset;
    if (itemId !== undefined && listKey !== undefined && button!.closest('ul') === list) this.copyLink(itemId, listKey);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.hashTarget = this.walk.fragment;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('level')) {
      this.walk.levelChanged();
      this.copying.fallback = undefined;
      this.itemLimit = SHOWN_STEP;
    }
    const ladder = this.resolvedLadder;
    this.current = ladder && this.level ? matchLevel(ladder, this.level) : undefined;
    // An inherited item named in the URL is inside the collapsed region: open it before rendering.
    const item = this.hashTarget ? this.itemForAnchor(this.hashTarget) : undefined;
    if (item && item.levelId !== this.current?.id && !this.hydrating) this.showInherited = true;
    if (item && this.compact && !this.hydrating) this.details = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.hydrating) return;
    if (changed.has('level') && this.focusTitle) {
      this.focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus();
    }
    const target = this.hashTarget;
    if (!target || !this.current) return;
    this.hashTarget = undefined;
    const item = this.itemForAnchor(target);
    if (!item) return;
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(this.anchorOf(item.id))}"]`);
    if (!el) return;
    for (const old of this.renderRoot.querySelectorAll('.targeted')) old.classList.remove('targeted');
    el.classList.add('targeted');
    el.scrollIntoView({ block: 'center' });
  }

  private anchorOf(itemId: string): string {
    return `${this.current?.id ?? this.level}-${itemId}`;
  }

  /** The item of this card that an anchor names (its level part in any case), if any. */
  private itemForAnchor(anchor: string): ResolvedItem | undefined {
    const ladder = this.resolvedLadder;
    const level = this.current;
    if (!ladder || !level || !anchor.toLowerCase().startsWith(`${level.id.toLowerCase()}-`)) return undefined;
    return resolveLevel(ladder, level.id).items.get(anchor.slice(level.id.length + 1));
  }

  private levelUrl(levelId: string): string | undefined {
    if (!this.levelHref) return undefined;
    return safeHref(this.levelHref.replaceAll('{level}', encodeURIComponent(levelId)));
  }

  /** The reader picks a level; unless the page takes over (cancels, or follows the link), the card shows it. */
  private selectLevel(levelId: string, event?: Event, back = false): void {
    const select = new LadderLevelSelectEvent(levelId, this.current?.id ?? this.level ?? '');
    this.dispatchEvent(select);
    if (select.defaultPrevented) {
      event?.preventDefault();
      return;
    }
    if (this.levelUrl(levelId) && !back) return;
    this.showInherited = false;
    this.focusTitle = true;
    if (back) this.walk.goBack();
    else this.walk.walkTo(levelId);
  }

  private copyLink(itemId: string, listKey: string): void {
    this.roving.remember(listKey, itemId);
    void this.copying.copy(this.anchorOf(itemId), this.pageUrl, this.t.linkCopied);
  }

  private renderLevelRef(level: Level): TemplateResult {
    const href = this.levelUrl(level.id);
    return href
      ? html`<a href=${href} @click=${(e: Event) => this.selectLevel(level.id, e)}>${level.title}</a>`
      : html`<button type="button" class="link" @click=${() => this.selectLevel(level.id)}>${level.title}</button>`;
  }

  private renderItem(item: ResolvedItem, section: Section, listKey: string, ids: readonly string[]): TemplateResult {
    const anchor = this.anchorOf(item.id);
    return renderCardItem({
      item,
      kind: section.kind,
      anchor,
      t: this.t,
      copying: this.copying,
      tabStop: this.roving.isCurrent(listKey, item.id, ids),
    });
  }

  /** The items of one list, as many as the render's budget still allows. */
  private renderItems(all: readonly ResolvedItem[], section: Section, listKey: string): TemplateResult {
    const items = all.length <= this.budget.left ? all : all.slice(0, this.budget.left);
    this.budget.left -= items.length;
    this.budget.hidden += all.length - items.length;
    const ids = items.map((i) => i.id);
    return html`<ul class="items" role="list" data-list-key=${listKey} @keydown=${this.onListKeydown} @click=${this.onListClick}>
      ${items.map((item) => this.renderItem(item, section, listKey, ids))}
    </ul>`;
  }

  /** The card's box, with its slots, whatever it shows: slotted content never vanishes while loading or on an error. */
  private frame(main: unknown, body: unknown = nothing, labelled = false): TemplateResult {
    return html`<article part="card" class="card panel" aria-labelledby=${labelled ? 'title' : nothing}>
      <header part="header" class="header">
        <div class="header-main">${main}</div>
        <slot name="header-end"></slot>
      </header>
      ${body}
      <p class="visually-hidden" role="status" aria-live="polite">${this.copying.status}</p>
      <slot name="footer"></slot>
    </article>`;
  }

  protected override renderStatus(s: Exclude<LadderState, { status: 'ready' }>): TemplateResult {
    return this.frame(super.renderStatus(s));
  }

  protected override renderLadder(ladder: Ladder): unknown {
    const t = this.t;
    const level = levelOrProblem(ladder, this.level, t);
    if (typeof level === 'string') return this.frame(this.renderError(level));
    const resolved = resolveLevel(ladder, level.id);
    const parent = level.inherits ? findLevel(ladder, level.inherits) : undefined;
    const backId = this.walk.back;
    const back = backId ? matchLevel(ladder, backId) : undefined;
    const main = html`${
      back
        ? html`<p class="back"><button type="button" class="link" part="back-button" @click=${() => this.selectLevel(back.id, undefined, true)}>
            <span aria-hidden="true">← </span>${t.cardBackTo(markdownToText(back.title))}
          </button></p>`
        : nothing
    }
      <h2 id="title" part="title" class="title" tabindex="-1">${renderInlineMarkdown(level.title)}</h2>
      ${level.summary ? html`<div part="summary" class="summary">${renderMarkdown(level.summary)}</div>` : nothing}
      ${parent ? html`<p part="builds-on" class="builds-on">${t.buildsOn} ${this.renderLevelRef(parent)}</p>` : nothing}`;
    const full = !this.compact || this.details;
    const toggle = this.compact ? renderDetailsToggle(this.details, t, () => (this.details = !this.details)) : nothing;
    const parts: CardSections = {
      t,
      ladder,
      open: this.showInherited,
      items: (items, section, listKey) => this.renderItems(items, section, listKey),
      levelRef: (l) => this.renderLevelRef(l),
      toggle: () => (this.showInherited = !this.showInherited),
    };
    this.budget = { left: this.itemLimit, hidden: 0 };
    const body = html`${full ? nothing : renderCounts(resolved, t)} ${toggle}
      ${full ? html`${renderOwnSections(resolved, parts)} ${renderInherited(resolved, parts)}` : nothing}
      ${showMore(this.budget.hidden, this.itemLimit - this.budget.left, t, () => (this.itemLimit += SHOWN_STEP))}
      <p id="copy-hint" class="visually-hidden">${t.cardCopyHint}</p>`;
    return this.frame(main, body, true);
  }
}
