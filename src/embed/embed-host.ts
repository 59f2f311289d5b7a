/**
 * For pages that embed dist/embed.html in iframes and allow one script: sizes each such iframe to
 * its content. Accepts a message only when it comes from the window of an iframe on this page whose
 * src is an embed.html (or that carries `data-ladder-embed`), and from that iframe's own origin.
 *   <script type="module" src="https://your-host/embed-host.js"></script>
 */

import { queryAll } from '../platform/safe-document.js';

const RESIZE_MESSAGE = 'ladder-elements:resize';
const MAX_HEIGHT = 20_000;

function isLadderEmbed(iframe: HTMLIFrameElement): boolean {
  if (iframe.hasAttribute('data-ladder-embed')) return true;
  try {
    return new URL(iframe.src, location.href).pathname.endsWith('/embed.html');
  } catch {
    return false;
  }
}

export function onMessage(event: MessageEvent): void {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || typeof data !== 'object' || data.type !== RESIZE_MESSAGE) return;
  const height = data.height;
  if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return;
  // Read from the platform: <img name="querySelectorAll"> on the page shadows document.querySelectorAll.
  for (const iframe of queryAll(document, 'iframe') as HTMLIFrameElement[]) {
    if (iframe.contentWindow !== event.source || !event.source) continue;
    if (!isLadderEmbed(iframe)) return;
    let origin: string;
    try {
      origin = new URL(iframe.src, location.href).origin;
    } catch {
      return;
    }
    if (origin !== event.origin) return;
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
}
