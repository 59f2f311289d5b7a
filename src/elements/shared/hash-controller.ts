/**
 * The page's URL fragment for an element: the whole fragment (`#L4-item`, an item anchor) or one
 * `key=value` part of it (`#ladder-compare=L3,L4;delta`), read and written safely. A malformed
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
    if (!isServer) window.addEventListener('hashchange', this.listener);
  }

  hostDisconnected(): void {
    if (!isServer) window.removeEventListener('hashchange', this.listener);
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

  /** Replaces our part of the hash (or appends it) in place, keeping every other part as it is. */
  setParam(key: string, value: string): void {
    const prefix = `${encodeURIComponent(key)}=`;
    const parts = location.hash
      .slice(1)
      .split('&')
      .filter((part) => part && !part.startsWith(prefix));
    history.replaceState(history.state, '', `#${[...parts, prefix + value].join('&')}`);
  }
}
