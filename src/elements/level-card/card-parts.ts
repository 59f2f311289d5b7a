/** Parts of the card that need no card state: the compact counts, the copy-link fallback, the page URL for links. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import type { ResolvedLevel } from '../../model/types.js';
import { KIND_ICON } from '../shared/templates.js';

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
