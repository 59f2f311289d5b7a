/**
 * The checklist's in-element confirmation (reset, import): which question is open, where focus goes
 * while it is (its "Cancel") and after (back where it was).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Confirm } from './checklist-panels.js';

export class ConfirmController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onAsk: () => void;
  private returnFocus?: HTMLElement;
  /** The open question, if any. */
  current?: Confirm;

  /** `onAsk` runs when a question opens (the checklist clears its last feedback). */
  constructor(host: ReactiveControllerHost & HTMLElement, onAsk: () => void = () => {}) {
    this.host = host;
    this.onAsk = onAsk;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.returnFocus = undefined;
  }

  /** Opens `confirm`; with `focus`, its "Cancel" takes the focus (and gives it back on close). */
  ask(confirm: Confirm, focus = true): void {
    const active = this.host.shadowRoot?.activeElement;
    this.returnFocus = active instanceof HTMLElement ? active : undefined;
    this.current = confirm;
    this.onAsk();
    this.host.requestUpdate();
    if (focus) this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<HTMLElement>('.confirm-no')?.focus());
  }

  /** Closes the question; focus goes back where it was. */
  close(): void {
    this.current = undefined;
    this.host.requestUpdate();
    this.returnFocus?.focus();
    this.returnFocus = undefined;
  }
}
