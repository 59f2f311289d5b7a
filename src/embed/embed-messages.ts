/**
 * The messages between the embed page (in the iframe) and embed-host.js (on the page around it).
 *   embed → page: `{ type: 'ladder-elements:resize', height }` for each settled content height, and
 *                 `{ type: 'ladder-elements:hello' }` once at start;
 *   page → embed: `{ type: 'ladder-elements:host', pageUrl, colorScheme, reply }`, in answer to the
 *                 embed's hello (or its first resize) and once when embed-host.js starts (`reply:
 *                 false`: send the height again): the iframe is auto-sized, copied links should
 *                 point at `pageUrl`, and the page's `color-scheme` around the iframe.
 * Both sides check who sent a message before they use it.
 */

export const RESIZE_MESSAGE = 'ladder-elements:resize';
export const HELLO_MESSAGE = 'ladder-elements:hello';
export const HOST_MESSAGE = 'ladder-elements:host';

export interface HostMessage {
  type: typeof HOST_MESSAGE;
  pageUrl: string;
  colorScheme: string;
  /** An answer to the embed's own message; false when embed-host.js just started and may have missed its height. */
  reply: boolean;
}

/** An absolute http(s) URL, or undefined: what the embed accepts as the page's address. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
