/** The strings in force for an element: its own `.strings` over the page's; re-renders when the page's change. */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLadderStrings, onLadderStringsChange } from '../../i18n/page-strings.js';
import type { LadderStrings } from '../../i18n/strings.js';

export class StringsController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { strings?: Partial<LadderStrings> };
  private unsubscribe?: () => void;
  private memo?: { page: LadderStrings; own: Partial<LadderStrings> | undefined; merged: LadderStrings };

  constructor(host: ReactiveControllerHost & { strings?: Partial<LadderStrings> }) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onLadderStringsChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The same object as long as neither the page's strings nor the element's own change. */
  get value(): LadderStrings {
    const page = getLadderStrings();
    const own = this.host.strings;
    const m = this.memo;
    if (m && m.page === page && m.own === own) return m.merged;
    const merged = own ? { ...page, ...own } : page;
    this.memo = { page, own, merged };
    return merged;
  }
}
