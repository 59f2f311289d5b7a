/**
 * The card's "copy link" of an item: the address of the item on this page (or the page an embed is
 * shown on), copied to the clipboard and said in a live region; where the clipboard is not allowed,
 * the link shown next to the item's button to copy by hand (Escape puts focus back on the button).
 */
import type { ReactiveControllerHost } from 'lit';
import { copyText } from '../../data/file-io.js';
import { linkBase } from './card-parts.js';

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
    if (await copyText(url)) {
      this.fallback = undefined;
      this.status = said;
      this.host.requestUpdate();
      return;
    }
    this.status = '';
    this.fallback = { anchor, url };
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>('[part~="copy-fallback"] input')?.focus();
  }

  /** Hides the link to copy by hand, focus back on its item's button. */
  close(): void {
    const anchor = this.fallback?.anchor;
    this.reset();
    if (anchor) this.host.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"] .copy`)?.focus();
  }

  reset(): void {
    this.fallback = undefined;
    this.host.requestUpdate();
  }
}
