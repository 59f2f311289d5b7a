/**
 * The checklist's in-element confirmation (reset, import, dropping the oldest snapshot): which
 * question is open, where focus goes while it is (its "Cancel") and after (back where it was), and
 * the guard that decides whether a click on its confirming button counts (confirm-guard.ts). Each
 * question gets a fresh button (`id` changes) and a fresh guard.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Confirm } from './checklist-panels.js';
import { ConfirmGuard } from './confirm-guard.js';

export class ConfirmController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onAsk: () => void;
  private returnFocus?: HTMLElement;
  private asked = 0;
  /** The open question, if any. */
  current?: Confirm;
  /** Changes with every question: its button is placed afresh. */
  id = 0;
  guard?: ConfirmGuard;

  /** `onAsk` runs when a question opens (the checklist clears its last feedback). */
  constructor(host: ReactiveControllerHost & HTMLElement, onAsk: () => void = () => {}) {
    this.host = host;
    this.onAsk = onAsk;
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
    this.id = ++this.asked;
    this.guard?.dispose();
    this.guard = new ConfirmGuard(this.host);
    this.onAsk();
    this.host.requestUpdate();
    if (focus) this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.confirm-no')?.focus());
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
