/**
 * The card's templates around its items: own sections, the inherited groups, the compact counts, the
 * copy-link fallback; and the page URL item links point at. The card passes in how it renders items
 * and level references.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import { renderMarkdown } from '../../markdown/to-templates.js';
import { findLevel, groupByLevel } from '../../model/resolve.js';
import type { Ladder, Level, ResolvedItem, ResolvedLevel, Section } from '../../model/types.js';
import { KIND_ICON, sectionTitle } from '../shared/templates.js';

export interface CardSections {
  t: LadderStrings;
  ladder: Ladder;
  /** Whether the inherited expectations are open. */
  open: boolean;
  /** A list of items; `listKey` names the list for its one tab stop. */
  items: (items: readonly ResolvedItem[], section: Section, listKey: string) => TemplateResult;
  levelRef: (level: Level) => TemplateResult;
  toggle: () => void;
}

export function renderOwnSections(resolved: ResolvedLevel, c: CardSections): TemplateResult[] {
  return resolved.sections
    .filter((s) => s.own.length > 0)
    .map(
      ({ section, own }) => html`<section part="section section-${section.kind}" class="section kind-${section.kind}">
        <h3 id=${`section-${section.id}`} class="section-title">${sectionTitle(section, c.t)}</h3>
        ${section.description ? html`<div class="section-description">${renderMarkdown(section.description)}</div>` : nothing}
        ${c.items(own, section, `own ${section.id}`)}
      </section>`,
    );
}

/** The inherited expectations: the toggle, then a group per level they come from, nearest first. */
export function renderInherited(resolved: ResolvedLevel, c: CardSections): TemplateResult | typeof nothing {
  const inherited = resolved.sections.flatMap((s) => s.inherited);
  if (inherited.length === 0) return nothing;
  const { t, open } = c;
  return html`<div part="inherited" class="inherited">
    <button
      type="button"
      part="inherited-toggle"
      class="inherited-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="inherited-body"
      @click=${c.toggle}
    >
      <span class="chevron" aria-hidden="true"></span>${open ? t.cardInheritedHide(inherited.length) : t.cardInheritedToggle(inherited.length)}
    </button>
    <div id="inherited-body" class=${open ? 'inherited-body open' : 'inherited-body'}>
      ${groupByLevel(inherited).map(({ levelId }) => {
        const level = findLevel(c.ladder, levelId);
        return html`<section class="inherited-group">
          <h3 id=${`inherited-${levelId}`} class="inherited-heading">
            ${t.inheritedFrom(levelId)}${level ? html` · ${c.levelRef(level)}` : nothing}
          </h3>
          ${resolved.sections.map(({ section, inherited: items }) => {
            const mine = items.filter((i) => i.levelId === levelId);
            if (mine.length === 0) return nothing;
            return html`<div class="inherited-section kind-${section.kind}">
              <h4 class="section-title">${sectionTitle(section, t)}</h4>
              ${c.items(mine, section, `from ${levelId} ${section.id}`)}
            </div>`;
          })}
        </section>`;
      })}
    </div>
  </div>`;
}

/** The compact card's count per section. */
export function renderCounts(resolved: ResolvedLevel, t: LadderStrings): TemplateResult {
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

/** The compact card's button to the full card and back. */
export function renderDetailsToggle(open: boolean, t: LadderStrings, toggle: () => void): TemplateResult {
  return html`<button type="button" part="details-toggle" class="details-toggle" aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>
    <span class="chevron" aria-hidden="true"></span>${open ? t.cardHideDetails : t.cardShowDetails}
  </button>`;
}

/** The link to copy by hand, next to the item's button, where the clipboard is not allowed. */
export function renderCopyFallback(url: string, t: LadderStrings, close: () => void): TemplateResult {
  return html`<label part="copy-fallback" class="copy-fallback"
    ><span>${t.copyFallback}</span
    ><input
      type="text"
      readonly
      .value=${url}
      @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && close()}
  /></label>`;
}

/**
 * The address item links point at: `pageUrl` when it is an absolute http(s) URL (an embed passes the
 * page it is shown on), else this page's; without its fragment.
 */
export function linkBase(pageUrl: string | undefined): string {
  if (pageUrl) {
    try {
      const url = new URL(pageUrl);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href.split('#')[0]!;
    } catch {
      // not a URL: this page's address below
    }
  }
  return location.href.split('#')[0]!;
}
