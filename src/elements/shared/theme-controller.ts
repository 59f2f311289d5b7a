/**
 * Which palette an element uses, as a reactive controller. In order: its own `theme` attribute;
 * else what the host page says — the computed `color-scheme` of the element or its nearest ancestor
 * that sets one (`color-scheme: dark` on a wiki's dark-mode root), or `<meta name="color-scheme">` —
 * when it names one scheme only; else nothing, and the reader's `prefers-color-scheme` decides in CSS.
 * Re-checked when the reader's preference changes and when the page's root or body change their
 * attributes (a wiki switching its theme with a class).
 */
import { safeDocument } from '../../platform/safe-document.js';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export type Scheme = 'light' | 'dark';

export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  theme?: string;
}

/** The one scheme a `color-scheme` value names, or undefined when it names none or both (`normal`, `light dark`). */
export function schemeOf(value: string | null | undefined): Scheme | undefined {
  const words = (value ?? '').toLowerCase().split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  return light === dark ? undefined : light ? 'light' : 'dark';
}

/** The parent in the flat tree: the slot an element is assigned to, its parent, or its shadow root's host. */
function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * What the page says around `el`. An element in between may reset `color-scheme` to `normal` (our own
 * elements do, with `all: initial`), so the walk goes on past `normal` to the nearest ancestor that sets it.
 */
export function pageScheme(el: Element): Scheme | undefined {
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const value = getComputedStyle(node).colorScheme;
    if (value && value !== 'normal') return schemeOf(value);
  }
  return schemeOf(safeDocument.querySelector('meta[name="color-scheme"]')?.getAttribute('content'));
}

/** One media-query listener and one observer for every connected element. */
const watchers = new Set<() => void>();
let media: MediaQueryList | undefined;
let observer: MutationObserver | undefined;
let queued = false;
// At most once a frame: a page may change its body's classes often (on scroll), and each check reads styles.
const notify = () => {
  if (queued) return;
  queued = true;
  requestAnimationFrame(() => {
    queued = false;
    for (const watcher of watchers) watcher();
  });
};

function watch(callback: () => void): () => void {
  watchers.add(callback);
  if (!observer) {
    media = window.matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', notify);
    observer = new MutationObserver(notify);
    observer.observe(safeDocument.documentElement, { attributes: true });
    if (safeDocument.body) observer.observe(safeDocument.body, { attributes: true });
  }
  return () => {
    watchers.delete(callback);
    if (watchers.size === 0) {
      media?.removeEventListener('change', notify);
      observer?.disconnect();
      media = observer = undefined;
    }
  };
}

export class ThemeController implements ReactiveController {
  private readonly host: ThemeHost;
  private fromPage?: Scheme;
  private unwatch?: () => void;

  constructor(host: ThemeHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // On a server (@lit-labs/ssr) there is no page to follow: CSS follows the reader's preference.
    if (isServer) return;
    this.fromPage = pageScheme(this.host);
    this.unwatch = watch(() => {
      const next = pageScheme(this.host);
      if (next === this.fromPage) return;
      this.fromPage = next;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** The palette to use, or undefined to follow the reader's preference (CSS decides). */
  get scheme(): Scheme | undefined {
    const own = this.host.theme;
    return own === 'light' || own === 'dark' ? own : this.fromPage;
  }
}
