/**
 * One tab stop per list for the card's copy-link buttons (roving tabindex): Tab reaches the list's
 * current button, the arrow keys, Home and End move between the buttons of that list. The current
 * button of each list is remembered by list key and rendered by the host (`tabindex` from
 * `isCurrent`), so the DOM never drifts from what the host renders.
 */
import type { ReactiveControllerHost } from 'lit';

export class RovingFocus {
  private readonly current = new Map<string, string>();
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /** Whether `itemId` holds its list's tab stop: the remembered one, else the first of the list. */
  isCurrent(listKey: string, itemId: string, ids: readonly string[]): boolean {
    const remembered = this.current.get(listKey);
    return itemId === (remembered !== undefined && ids.includes(remembered) ? remembered : ids[0]);
  }

  /** A click moves the tab stop to the button clicked. */
  remember(listKey: string, itemId: string): void {
    if (this.current.get(listKey) === itemId) return;
    this.current.set(listKey, itemId);
    this.host.requestUpdate();
  }

  /** Keydown on a list: moves focus (and the tab stop) between its buttons matching `selector`. */
  onKeydown(e: KeyboardEvent, selector: string): void {
    const from = e.target as HTMLElement;
    const list = e.currentTarget as HTMLElement;
    if (!from.matches(selector)) return;
    const buttons = [...list.querySelectorAll<HTMLElement>(selector)].filter((b) => b.closest('ul') === list);
    const i = buttons.indexOf(from);
    if (i < 0) return;
    const next = step(e.key, i, buttons.length);
    if (next === undefined) return;
    e.preventDefault();
    const to = buttons[Math.max(0, Math.min(buttons.length - 1, next))]!;
    const { listKey } = list.dataset;
    const { itemId } = to.dataset;
    if (listKey && itemId) this.remember(listKey, itemId);
    to.focus();
  }
}

function step(key: string, i: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return i + 1;
    case 'ArrowUp':
    case 'ArrowLeft':
      return i - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
