/**
 * For pages that embed dist/embed.html in iframes and allow one script: sizes each such iframe to
 * its content, and tells it the page's address (so its copied item links point here) and the page's
 * colour scheme around it. Accepts a message only when it comes from the window of an iframe on this
 * page whose src is an embed.html (or that carries `data-ladder-embed`), and from that iframe's own
 * origin; answers only to that window and origin.
 *   <script type="module" src="https://your-host/embed-host.js"></script>
 */
import { HELLO_MESSAGE, HOST_MESSAGE, type HostMessage, RESIZE_MESSAGE } from './embed-messages.js';

import { queryAll } from '../platform/safe-document.js';

/** A ceiling against a runaway frame; a five-level checklist in a 280 px column is about 26,000 px tall. */
const MAX_HEIGHT = 100_000;

function isLadderEmbed(iframe: HTMLIFrameElement): boolean {
  if (iframe.hasAttribute('data-ladder-embed')) return true;
  try {
    return new URL(iframe.src, location.href).pathname.endsWith('/embed.html');
  } catch {
    return false;
  }
}

/** The origin of a ladder embed's src, or undefined for any other iframe. */
function embedOrigin(iframe: HTMLIFrameElement): string | undefined {
  if (!isLadderEmbed(iframe)) return undefined;
  try {
    return new URL(iframe.src, location.href).origin;
  } catch {
    return undefined;
  }
}

/** Windows greeted since their last hello: a resize from one not greeted yet gets the greeting too. */
const greeted = new WeakSet<object>();

/** `reply`: an answer to the embed's message (it need not send its height again); else this script just started. */
function greet(iframe: HTMLIFrameElement, origin: string, reply: boolean): void {
  const target = iframe.contentWindow;
  if (!target) return;
  const colorScheme = getComputedStyle(iframe).colorScheme;
  const message: HostMessage = { type: HOST_MESSAGE, pageUrl: location.href, colorScheme, reply };
  target.postMessage(message, origin);
  greeted.add(target);
}

export function onMessage(event: MessageEvent): void {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || typeof data !== 'object' || (data.type !== RESIZE_MESSAGE && data.type !== HELLO_MESSAGE)) return;
  if (!event.source) return;
  // Read from the platform: <img name="querySelectorAll"> on the page shadows document.querySelectorAll.
  for (const iframe of queryAll(document, 'iframe') as HTMLIFrameElement[]) {
    if (iframe.contentWindow !== event.source) continue;
    const origin = embedOrigin(iframe);
    if (!origin || origin !== event.origin) return;
    if (data.type === HELLO_MESSAGE || !greeted.has(event.source)) greet(iframe, origin, true);
    if (data.type === HELLO_MESSAGE) return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return;
    iframe.height = String(Math.min(Math.ceil(height), MAX_HEIGHT));
    return;
  }
}

// Loaded twice, it listens once. A symbol key: an element's id or name on the page cannot shadow it
// (a string key such as window.__ladderElementsEmbedHost can be, by <div id="__ladderElementsEmbedHost">).
const flag = Symbol.for('ladder-elements.embed-host');
const scope = globalThis as typeof globalThis & { [flag]?: true };
if (!scope[flag]) {
  Object.defineProperty(scope, flag, { value: true });
  window.addEventListener('message', onMessage);
  // Embeds that said hello before this script ran: greet them now (one that is still loading says hello itself).
  for (const iframe of queryAll(document, 'iframe') as HTMLIFrameElement[]) {
    const origin = embedOrigin(iframe);
    if (origin) greet(iframe, origin, false);
  }
}
