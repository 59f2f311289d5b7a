/**
 * The page's URL fragment for an element: the whole fragment (`#L4-item`, an item anchor) or one
 * `key=value` part of it (`#ladder-compare=L3,L4;delta`, `#ladder-card=L3`), read and written safely, in
 * place or as a new history entry. `onChange` runs on `hashchange` and `popstate` (both may come for
 * one Back, so it must be idempotent). A malformed
 * `%`-escape in the page's hash is ignored, never thrown.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** `decodeURIComponent`, or undefined for a malformed escape. */
export function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

export class HashController implements ReactiveController {
  private readonly onChange: () => void;

  /** `onChange` runs on every `hashchange` while the host is connected. */
  constructor(host: ReactiveControllerHost, onChange: () => void) {
    this.onChange = onChange;
    host.addController(this);
  }

  private readonly listener = () => this.onChange();

  // On a server (@lit-labs/ssr) there is no page, so no hash.
  hostConnected(): void {
    if (isServer) return;
    window.addEventListener('hashchange', this.listener);
    // Back and Forward between entries a page pushed: some browsers fire no hashchange for them.
    window.addEventListener('popstate', this.listener);
  }

  hostDisconnected(): void {
    if (isServer) return;
    window.removeEventListener('hashchange', this.listener);
    window.removeEventListener('popstate', this.listener);
  }

  /** The decoded fragment without `#`; undefined when there is none or it cannot be decoded. */
  get fragment(): string | undefined {
    return isServer ? undefined : safeDecode(location.hash.slice(1)) || undefined;
  }

  /** The raw value of our `key=value` part of the hash (`&`-separated parts), if any. */
  param(key: string): string | undefined {
    if (isServer) return undefined;
    const prefix = `${encodeURIComponent(key)}=`;
    return location.hash
      .slice(1)
      .split('&')
      .find((part) => part.startsWith(prefix))
      ?.slice(prefix.length);
  }

  /** The hash with our part set to `value` (appended if new) or removed (`undefined`), every other part kept as it is. */
  private withParam(key: string, value: string | undefined): string {
    const prefix = `${encodeURIComponent(key)}=`;
    const parts = location.hash
      .slice(1)
      .split('&')
      .filter((part) => part && !part.startsWith(prefix));
    if (value !== undefined) parts.push(prefix + value);
    return parts.length ? `#${parts.join('&')}` : location.pathname + location.search;
  }

  /** Replaces our part of the hash (or appends it) in place, keeping every other part as it is. */
  setParam(key: string, value: string): void {
    this.write(this.withParam(key, value), false);
  }

  /** Sets our part of the hash in a new history entry, so the browser's Back returns to what was shown before. */
  pushParam(key: string, value: string): void {
    this.write(this.withParam(key, value), true);
  }

  /** Removes our part of the hash in place. */
  removeParam(key: string): void {
    if (this.param(key) !== undefined) this.write(this.withParam(key, undefined), false);
  }

  private write(url: string, push: boolean): void {
    // Browsers limit how often a page may change its URL (Safari throws past 100 changes in 30 s): losing one is harmless.
    try {
      if (push) history.pushState(null, '', url);
      else history.replaceState(history.state, '', url);
    } catch {
      // the URL stays as it was
    }
  }
}
