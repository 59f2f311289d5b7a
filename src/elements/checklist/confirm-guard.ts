/**
 * Guards the button that completes a destructive action (clear, an import that replaces ratings,
 * dropping a snapshot) against clickjacking: a page that frames the checklist invisibly, or swaps it
 * in under the pointer, and steers two real clicks onto "Reset" and then the confirmation.
 *
 * A click of a pointer counts only when
 * - the button has been in place for `minDelayMs` (a double click, or a click landing just as the
 *   page is swapped in, comes too early), and
 * - the pointer was seen at two different places over the button after it was placed (a pointer
 *   that never moved, with the page moved under it, does not count; a touch counts where it lands), and
 * - in a frame, where the browser can say whether the frame is really visible (IntersectionObserver
 *   v2, `trackVisibility`: Chromium), the button has been visible — unobscured, opaque, untransformed —
 *   for `minDelayMs`; where it cannot, the button is placed afresh at one of several positions each
 *   time, so that a page which cannot see into the frame cannot aim at it.
 * A click from the keyboard (Enter or Space on the focused button; focus starts on "Cancel") counts
 * when the same visibility holds; a framing page cannot send keys into the frame.
 */
import type { ReactiveControllerHost } from 'lit';

/** Whether the document is inside a frame (comparing window references is allowed across origins). */
function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

const supportsVisibility = () => typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

/** Positions a freshly placed button can take (classes `slot-0` … `slot-3`). */
export const SLOTS = 4;

export class ConfirmGuard {
  /** How long the button must be in place (and, in a frame, visible) before a click counts. */
  static minDelayMs = 500;
  readonly framed = isFramed();
  /** In a frame, whether the browser reports real visibility (else the button's place is random). */
  readonly checksVisibility = this.framed && supportsVisibility();
  /** The button's position, fresh for each question: 0 unless framed without visibility reports. */
  readonly slot: number;
  /** Why the last click did not count: the pointer did not move onto the button, or the checklist is not visible. */
  refused?: 'move' | 'hidden';
  private button?: Element;
  private placedAt?: number;
  private visibleSince?: number;
  private lastPoint?: string;
  private points = 0;
  private observer?: IntersectionObserver;
  private timers: ReturnType<typeof setTimeout>[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
    this.slot = this.framed && !this.checksVisibility ? crypto.getRandomValues(new Uint8Array(1))[0]! % SLOTS : 0;
  }

  /** Whether a pointer click now would count (shown on the button as `data-armed`). */
  get armed(): boolean {
    return this.points >= 2 && this.inPlace && this.visible;
  }

  private get inPlace(): boolean {
    return this.placedAt !== undefined && performance.now() - this.placedAt >= ConfirmGuard.minDelayMs;
  }

  private get visible(): boolean {
    if (!this.checksVisibility) return true;
    return this.visibleSince !== undefined && performance.now() - this.visibleSince >= ConfirmGuard.minDelayMs;
  }

  private later(): void {
    this.timers.push(setTimeout(() => this.host.requestUpdate(), ConfirmGuard.minDelayMs + 20));
  }

  /** The `ref` callback of the button: it is placed (or removed). */
  readonly place = (button: Element | undefined): void => {
    if (button === this.button) return;
    this.dispose();
    this.button = button;
    if (!button) return;
    this.placedAt = performance.now();
    this.later();
    if (!this.checksVisibility) return;
    const options = { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
    this.observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
      const visible = !!entry?.isVisible;
      if (visible && this.visibleSince === undefined) this.later();
      this.visibleSince = visible ? (this.visibleSince ?? performance.now()) : undefined;
      this.host.requestUpdate();
    }, options);
    this.observer.observe(button);
  };

  /** Pointer movement over the button (trusted events only): two different places arm it. */
  readonly onPointer = (e: PointerEvent): void => {
    if (!e.isTrusted || this.placedAt === undefined || e.timeStamp < this.placedAt) return;
    if (e.type === 'pointerdown' && e.pointerType !== 'mouse') this.points = 2;
    const point = `${Math.round(e.clientX)},${Math.round(e.clientY)}`;
    if (point !== this.lastPoint) {
      this.lastPoint = point;
      this.points++;
    }
    if (this.armed) this.refused = undefined;
    this.host.requestUpdate();
  };

  /** Whether `e` (the click on the button) may complete the action; if not, says why (`refused`). */
  allows(e: MouseEvent): boolean {
    const keyboard = e.detail === 0;
    const ok = this.visible && (keyboard || this.armed);
    this.refused = ok ? undefined : this.visible ? 'move' : 'hidden';
    this.host.requestUpdate();
    return ok;
  }

  dispose(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    this.button = undefined;
    this.placedAt = this.visibleSince = this.lastPoint = undefined;
    this.points = 0;
  }
}
