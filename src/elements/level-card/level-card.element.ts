import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LadderState } from '../../context/ladder-context.js';
import { copyText } from '../../data/file-io.js';
import { LadderLevelSelectEvent } from '../../events/level-select.js';
import { renderInlineMarkdown, renderMarkdown } from '../../markdown/to-templates.js';
import { safeHref } from '../../markdown/safe-url.js';
import { markdownToText } from '../../markdown/to-text.js';
import { markdownStyles } from '../../markdown/render.styles.js';
import { findLevel, groupByLevel, resolveLevel } from '../../model/resolve.js';
import type { Ladder, Level, ResolvedItem, ResolvedLevel, Section } from '../../model/types.js';
import { HashController } from '../shared/hash-controller.js';
import { itemStyles } from '../shared/item.styles.js';
import { LadderElement } from '../shared/ladder-element.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { KIND_ICON, kindMarker, levelOrProblem, replacesNote, SHOWN_STEP, sectionTitle, showMore } from '../shared/templates.js';
import { levelCardStyles } from './level-card.styles.js';

/**
 * One level of a career ladder: its title, summary and every section's expectations, with what it
 * inherits one click away.
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
 * @csspart section - Each section (also `section-expectation`, `section-red-flag`, `section-example`).
 * @csspart item - Each item.
 * @csspart copy-button - The "copy link" button of an item.
 * @csspart inherited - The inherited expectations region (toggle and groups).
 * @csspart inherited-toggle - The button that reveals inherited expectations.
 * @csspart counts - The per-section counts shown in compact mode.
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
 * @fires ladder-level-select - The reader picked another level (the one this level builds on). Cancelable: by default the card then shows that level.
 */
export class LadderLevelCardElement extends LadderElement {
  static override styles = [sharedStyles, markdownStyles, itemStyles, levelCardStyles];

  @state() private copyStatus = '';
  /** How many items are listed: a level of 100,000 items shows the first ones, then "Show more". */
  @state() private itemLimit = SHOWN_STEP;
  /** Items left to list in this render, and how many were left out. */
  private budget = { left: SHOWN_STEP, hidden: 0 };

  /** Id of the level to show, e.g. `L4`. */
  @property({ reflect: true }) level?: string;

  /** Opens the inherited expectations (collapsed by default); the reader's toggle reflects here. */
  @property({ type: Boolean, reflect: true, attribute: 'show-inherited' }) showInherited = false;

  /** Title, summary and a count per section only: for wiki sidebars. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /**
   * Makes level references links: a URL with `{level}` in it, e.g. `?level={level}` or `/ladder/{level}`.
   * Without it they are buttons, and the card itself shows the picked level.
   */
  @property({ attribute: 'level-href' }) levelHref?: string;

  /** An item anchor from the page URL (#L4-<itemId>) still to reveal: it cannot reach into a shadow root by itself. */
  private hashTarget?: string;

  private readonly hash = new HashController(this, () => {
    this.hashTarget = this.hash.fragment;
    this.requestUpdate();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.hashTarget = this.hash.fragment;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('level')) this.itemLimit = SHOWN_STEP;
    // An inherited item named in the URL is inside the collapsed region: open it before rendering.
    const item = this.hashTarget ? this.itemForAnchor(this.hashTarget) : undefined;
    if (item && item.levelId !== this.level) this.showInherited = true;
  }

  protected override updated(): void {
    const target = this.hashTarget;
    if (!target || !this.resolvedLadder) return;
    this.hashTarget = undefined;
    if (!this.itemForAnchor(target)) return;
    const el = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(target)}"]`);
    if (!el) return;
    for (const old of this.renderRoot.querySelectorAll('.targeted')) old.classList.remove('targeted');
    el.classList.add('targeted');
    el.scrollIntoView({ block: 'center' });
  }

  private anchorOf(itemId: string): string {
    return `${this.level}-${itemId}`;
  }

  /** The item of this card that an anchor names, if any. */
  private itemForAnchor(anchor: string): ResolvedItem | undefined {
    const ladder = this.resolvedLadder;
    if (!ladder || !this.level || !anchor.startsWith(`${this.level}-`) || !findLevel(ladder, this.level)) return undefined;
    return resolveLevel(ladder, this.level).items.get(anchor.slice(this.level.length + 1));
  }

  private levelUrl(levelId: string): string | undefined {
    if (!this.levelHref) return undefined;
    return safeHref(this.levelHref.replaceAll('{level}', encodeURIComponent(levelId)));
  }

  private selectLevel(levelId: string, event?: Event): void {
    const select = new LadderLevelSelectEvent(levelId, this.level ?? '');
    this.dispatchEvent(select);
    if (select.defaultPrevented) {
      event?.preventDefault();
      return;
    }
    if (!this.levelUrl(levelId)) {
      this.level = levelId;
      this.showInherited = false;
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="title"]')?.focus());
    }
  }

  private toggleInherited(): void {
    this.showInherited = !this.showInherited;
  }

  private async copyLink(item: ResolvedItem): Promise<void> {
    const url = `${location.href.split('#')[0]}#${encodeURIComponent(this.anchorOf(item.id))}`;
    this.copyStatus = (await copyText(url)) ? this.t.linkCopied : this.t.copyFailed(url);
  }

  private renderLevelRef(level: Level): TemplateResult {
    const href = this.levelUrl(level.id);
    return href
      ? html`<a href=${href} @click=${(e: Event) => this.selectLevel(level.id, e)}>${level.title}</a>`
      : html`<button type="button" class="link" @click=${() => this.selectLevel(level.id)}>${level.title}</button>`;
  }

  private renderItem(item: ResolvedItem, section: Section): TemplateResult {
    const t = this.t;
    return html`<li id=${this.anchorOf(item.id)} part="item" class="item kind-${section.kind}">
      ${kindMarker(section.kind, t)}
      <div class="item-body">
        <div class="text">${renderMarkdown(item.text)}</div>
        ${replacesNote(item, t)}
      </div>
      <button
        type="button"
        class="copy"
        part="copy-button"
        title=${t.copyLink}
        aria-label=${t.copyLinkLabel(markdownToText(item.text))}
        @click=${() => this.copyLink(item)}
      >
        <span aria-hidden="true">#</span>
      </button>
    </li>`;
  }

  /** The first of `items` the render's budget still allows. */
  private take<T>(items: T[]): T[] {
    const shown = items.length <= this.budget.left ? items : items.slice(0, this.budget.left);
    this.budget.left -= shown.length;
    this.budget.hidden += items.length - shown.length;
    return shown;
  }

  private renderOwnSections(resolved: ResolvedLevel): TemplateResult[] {
    return resolved.sections
      .filter((s) => s.own.length > 0)
      .map(
        ({ section, own }) => html`<section part="section section-${section.kind}" class="section kind-${section.kind}">
          <h3 id=${`section-${section.id}`} class="section-title">${sectionTitle(section, this.t)}</h3>
          ${section.description ? html`<div class="section-description">${renderMarkdown(section.description)}</div>` : nothing}
          <ul class="items" role="list">
            ${this.take(own).map((item) => this.renderItem(item, section))}
          </ul>
        </section>`,
      );
  }

  private renderInherited(resolved: ResolvedLevel, ladder: Ladder): TemplateResult | typeof nothing {
    const inherited = resolved.sections.flatMap((s) => s.inherited);
    if (inherited.length === 0) return nothing;
    const t = this.t;
    return html`<div part="inherited" class="inherited">
      <button
        type="button"
        part="inherited-toggle"
        class="inherited-toggle"
        aria-expanded=${this.showInherited ? 'true' : 'false'}
        aria-controls="inherited-body"
        @click=${this.toggleInherited}
      >
        <span class="chevron" aria-hidden="true"></span>${t.cardInheritedToggle(inherited.length)}
      </button>
      <div id="inherited-body" class=${this.showInherited ? 'inherited-body open' : 'inherited-body'}>
        ${groupByLevel(inherited).map(({ levelId }) => {
          const level = findLevel(ladder, levelId);
          return html`<section class="inherited-group">
            <h3 id=${`inherited-${levelId}`} class="inherited-heading">
              ${t.inheritedFrom(levelId)}${level ? html` · ${this.renderLevelRef(level)}` : nothing}
            </h3>
            ${resolved.sections.map(({ section, inherited: items }) => {
              const mine = this.take(items.filter((i) => i.levelId === levelId));
              if (mine.length === 0) return nothing;
              return html`<div class="inherited-section kind-${section.kind}">
                <h4 class="section-title">${sectionTitle(section, t)}</h4>
                <ul class="items" role="list">
                  ${mine.map((item) => this.renderItem(item, section))}
                </ul>
              </div>`;
            })}
          </section>`;
        })}
      </div>
    </div>`;
  }

  private renderCounts(resolved: ResolvedLevel): TemplateResult {
    const t = this.t;
    return html`<ul part="counts" class="counts" role="list">
      ${resolved.sections
        .filter((s) => s.own.length + s.inherited.length > 0)
        .map(
          ({ section, own, inherited }) => html`<li class="kind-${section.kind}">
            <span class="count-title"
              >${section.kind === 'expectation' ? nothing : html`<span aria-hidden="true">${KIND_ICON[section.kind]} </span>`}${section.title}</span
            >
            <span class="count"
              >${t.cardItemCount(own.length)}${inherited.length ? html` <span class="muted">${t.cardInheritedCount(inherited.length)}</span>` : nothing}</span
            >
          </li>`,
        )}
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
      <p class="visually-hidden" role="status" aria-live="polite">${this.copyStatus}</p>
      ${this.copyStatus && this.copyStatus !== this.t.linkCopied ? html`<p class="copy-fallback">${this.copyStatus}</p>` : nothing}
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
    const main = html`<h2 id="title" part="title" class="title" tabindex="-1">${renderInlineMarkdown(level.title)}</h2>
      ${level.summary ? html`<div part="summary" class="summary">${renderMarkdown(level.summary)}</div>` : nothing}
      ${parent ? html`<p part="builds-on" class="builds-on">${t.buildsOn} ${this.renderLevelRef(parent)}</p>` : nothing}`;
    this.budget = { left: this.itemLimit, hidden: 0 };
    const body = this.compact
      ? this.renderCounts(resolved)
      : html`${this.renderOwnSections(resolved)} ${this.renderInherited(resolved, ladder)}
        ${showMore(this.budget.hidden, this.itemLimit - this.budget.left, t, () => (this.itemLimit += SHOWN_STEP))}`;
    return this.frame(main, body, true);
  }
}
