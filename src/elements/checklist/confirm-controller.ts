/**
 * The checklist's in-element confirmation (reset, import, dropping the oldest snapshot): which
 * question is open, where focus goes while it is (its "Cancel") and after (back where it was), and
 * the guard that decides whether a click on its confirming button counts (confirm-guard.ts). Each
 * question gets a fresh button (`id` changes) and a fresh guard. The guard's code loads with the
 * first question, with the panel that shows it (confirm-panel.ts), and the question shows once its
 * guard is there: no click counts without one.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { LadderStrings } from '../../i18n/strings.js';
import type { RatingsSnapshot } from '../../model/ratings.js';
import type { Ladder } from '../../model/types.js';
import type { Confirm } from './checklist-panels.js';
import type { ConfirmActions, renderConfirm } from './confirm-panel.js';
import type { ConfirmGuard } from './confirm-guard.js';

/** The checklist, as far as its confirmation needs it. */
type ConfirmHost = ReactiveControllerHost & HTMLElement & { loadCode<T>(load: Promise<T>): Promise<T> };

export class ConfirmController implements ReactiveController {
  private readonly host: ConfirmHost;
  private readonly onChange: (unavailable: boolean) => void;
  private returnFocus?: HTMLElement;
  private asked = 0;
  /** The open question, if any. */
  current?: Confirm;
  /** Changes with every question: its button is placed afresh. */
  id = 0;
  guard?: ConfirmGuard;
  private panel?: typeof renderConfirm;

  /**
   * `onChange(false)` runs when a question opens (the checklist clears its last feedback),
   * `onChange(true)` when the guard's code cannot be loaded (offline), which closes the question unanswered.
   */
  constructor(host: ConfirmHost, onChange: (unavailable: boolean) => void = () => {}) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.returnFocus = undefined;
    this.guard?.dispose();
  }

  /** Opens `confirm`; with `focus`, its "Cancel" takes the focus (and gives it back on close). */
  ask(confirm: Confirm, focus = true): void {
    const active = this.host.shadowRoot?.activeElement;
    this.returnFocus = active instanceof HTMLElement ? active : undefined;
    this.current = confirm;
    const id = ++this.asked;
    this.id = id;
    this.guard?.dispose();
    this.guard = undefined;
    // The guard is in place before loadCode's render (and before `updateComplete` resolves).
    const placed = import('./confirm-panel.js').then(({ ConfirmGuard, renderConfirm }) => {
      this.panel = renderConfirm;
      if (this.id === id && this.current === confirm) this.guard = new ConfirmGuard(this.host);
    });
    this.host.loadCode(placed).catch((error: unknown) => {
      console.error('ladder-checklist: could not load the confirmation:', error);
      if (this.id !== id) return;
      this.close();
      this.onChange(true);
    });
    this.onChange(false);
    this.host.requestUpdate();
    if (focus) this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.confirm-no')?.focus());
  }

  /** The open question and its buttons (nothing while none is open, or before its guard is in place). */
  render(ladder: Ladder, t: LadderStrings, name: (s: RatingsSnapshot) => string, on: ConfirmActions) {
    return this.panel ? this.panel(this, ladder, t, name, on) : nothing;
  }

  /** Whether the click `e` on the confirming button may complete the action (see ConfirmGuard). */
  allows(e: MouseEvent): boolean {
    return !!this.current && !!this.guard?.allows(e);
  }

  /** Closes the question; focus goes back where it was. */
  close(): void {
    this.current = undefined;
    this.guard?.dispose();
    this.guard = undefined;
    this.host.requestUpdate();
    this.returnFocus?.focus();
    this.returnFocus = undefined;
  }
}
