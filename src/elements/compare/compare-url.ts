/**
 * `sync-url` for <ladder-compare>: the levels, the mode and the filter text in one part of the page's
 * hash, `#ladder-compare=L3,L4;delta;team%20lead` (`#ladder-compare-<id>=…` for an element with an
 * id), read on load and on every hash change, written in place on the reader's changes. Filter
 * typing is written once the reader pauses (or leaves the field), not on every keystroke.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { COMPARE_MODES, type CompareMode } from '../../model/compare-view.js';
import { HashController, safeDecode } from '../shared/hash-controller.js';

export interface CompareHashState {
  /** Level ids as written (matched to the ladder's levels by the view). */
  levels: string[];
  mode?: CompareMode;
  filter: string;
}

export interface CompareUrlHost extends ReactiveControllerHost, HTMLElement {
  syncUrl: boolean;
}

/** How long the filter waits for the reader to pause before it is written to the URL. */
const TYPING_PAUSE_MS = 400;

export class CompareUrlController implements ReactiveController {
  private readonly host: CompareUrlHost;
  private readonly hash: HashController;
  private pending?: ReturnType<typeof setTimeout>;
  private pendingValue?: string;

  constructor(host: CompareUrlHost, onHashChange: () => void) {
    this.host = host;
    host.addController(this);
    this.hash = new HashController(host, () => {
      if (host.syncUrl) onHashChange();
    });
  }

  hostDisconnected(): void {
    this.flush();
  }

  private get key(): string {
    return this.host.id ? `ladder-compare-${this.host.id}` : 'ladder-compare';
  }

  /** What our part of the hash says, or undefined when there is none (or it cannot be decoded). */
  read(): CompareHashState | undefined {
    const value = this.hash.param(this.key);
    if (value === undefined) return undefined;
    const [ids = '', mode, filter = ''] = value.split(';');
    const decoded = [...ids.split(','), filter].map(safeDecode);
    // A malformed %-escape: not ours to repair.
    if (decoded.some((part) => part === undefined)) return undefined;
    return {
      levels: (decoded.slice(0, -1) as string[]).filter(Boolean),
      mode: COMPARE_MODES.includes(mode as CompareMode) ? (mode as CompareMode) : undefined,
      filter: decoded.at(-1) as string,
    };
  }

  /** Writes the state in place: at once, or after a pause in typing (`typing`). */
  write(levels: readonly string[], mode: CompareMode, filter: string, typing = false): void {
    if (!this.host.syncUrl) return;
    const text = filter.trim() ? `;${encodeURIComponent(filter)}` : '';
    this.pendingValue = `${levels.map(encodeURIComponent).join(',')};${mode}${text}`;
    clearTimeout(this.pending);
    if (typing) this.pending = setTimeout(() => this.flush(), TYPING_PAUSE_MS);
    else this.flush();
  }

  /** Writes a change still waiting for a pause in typing. */
  flush(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
    if (this.pendingValue !== undefined) this.hash.setParam(this.key, this.pendingValue);
    this.pendingValue = undefined;
  }
}
