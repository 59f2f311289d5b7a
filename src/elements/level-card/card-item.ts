/**
 * The card's items, each with its "copy link": the address of the item on this page (or the page an embed is
 * shown on), copied to the clipboard and said in a live region; where the clipboard is not allowed,
 * the link shown next to the item's button to copy by hand (Escape puts focus back on the button).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { copyText } from '../../data/file-io.js';
import type { LadderStrings } from '../../i18n/strings.js';
import { renderMarkdown } from '../../markdown/to-templates.js';
import { markdownToText } from '../../markdown/to-text.js';
import type { ResolvedItem, SectionKind } from '../../model/types.js';
import { itemExtras, kindMarker, replacesNote, together } from '../shared/templates.js';
import { linkBase, renderCopyFallback } from './card-parts.js';

interface CopyHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class CopyLinkController {
  /** What the live region says about the last copy. */
  status = '';
  /** The link to copy by hand, shown next to its item's button. */
  fallback?: { anchor: string; url: string };

  constructor(private readonly host: CopyHost) {}

  /** Copies the link to `anchor` (an item's id on the page); `said` is what the live region says then. */
  async copy(anchor: string, pageUrl: string | undefined, said: string): Promise<void> {
    const url = `${linkBase(pageUrl)}#${encodeURIComponent(anchor)}`;
    const copied = await copyText(url);
    this.status = copied ? said : '';
    this.fallback = copied ? undefined : { anchor, url };
    this.host.requestUpdate();
    if (copied) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>('[part~="copy-fallback"] input')?.focus();
  }

  /** Hides the link to copy by hand, focus back on its item's button. */
  close(): void {
    const anchor = this.fallback?.anchor;
    this.fallback = undefined;
    this.host.requestUpdate();
    if (anchor) this.host.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"] .copy`)?.focus();
  }
}

export interface CardItemInput {
  item: ResolvedItem;
  kind: SectionKind;
  /** The item's id on the page (`L4-<item id>`): the target of its link. */
  anchor: string;
  t: LadderStrings;
  /** The item's link to copy by hand shows when the clipboard refused it. */
  copying: CopyLinkController;
  /** Whether the item's button is its list's one tab stop. */
  tabStop: boolean;
}

/**
 * One item of the card: its kind, text, details and replacement note, and its "copy link" button.
 * The button's clicks are the list's (`data-item-id` names the item; the list carries `data-list-key`):
 * a card of many items keeps one listener per list, not one per item.
 */
export function renderCardItem(c: CardItemInput): TemplateResult {
  const { item, t, copying } = c;
  const fallback = copying.fallback?.anchor === c.anchor ? copying.fallback.url : undefined;
  return html`<li id=${c.anchor} part="item" class=${`item kind-${c.kind}`}>
    ${kindMarker(c.kind, t)}
    <div class="item-body">
      <div class="text">${renderMarkdown(item.text)}</div>
      ${together(itemExtras(item, t), replacesNote(item, t), fallback ? renderCopyFallback(fallback, t, () => copying.close()) : nothing)}
    </div>
    <button
      type="button"
      class="copy"
      part="copy-button"
      title=${t.copyLink}
      aria-label=${t.copyLinkLabel(markdownToText(item.text))}
      aria-describedby="copy-hint"
      tabindex=${c.tabStop ? '0' : '-1'}
      data-item-id=${item.id}
    >
      <span aria-hidden="true">#</span>
    </button>
  </li>`;
}
