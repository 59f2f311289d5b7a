/** Small helpers shared by the browser tests: shadow-DOM queries, a fetch double, console watching. */

/** Text of an element with whitespace collapsed. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

export function $(el: Element, selector: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`<${el.localName}> has no ${selector}`);
  return found;
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(selector)];
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits until `check` returns true (polling each frame), or fails with `what` after a second. */
export async function until(check: () => boolean, what: string, timeoutMs = 2000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

export interface FetchCall {
  url: string;
  signal?: AbortSignal | null;
  respond: (body: string, status?: number) => void;
  fail: (error: Error) => void;
}

/**
 * Replaces window.fetch with a double whose answers the test controls, so races and aborts can be
 * played out in any order. Returns the calls and a restore function.
 */
export function controlFetch(): { calls: FetchCall[]; restore: () => void } {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason ?? new DOMException('aborted', 'AbortError')));
      calls.push({
        url,
        signal: init?.signal,
        respond: (body, status = 200) => resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } })),
        fail: reject,
      });
    })) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

/** Collects console warnings and errors (Lit's dev-mode warnings among them) while a test runs. */
export function watchConsole(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  console.error = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** Picks `content` as a file in the element's file input (as a user would) and waits until it is read. */
export async function importFile(
  el: Element & { updateComplete: Promise<unknown> },
  content: string,
  name = 'ratings.json',
): Promise<void> {
  const input = $(el, 'input[type="file"]') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => !!shadow(el).querySelector('[part="confirm"], [part="error"]'), 'the import to be read');
  await el.updateComplete;
}
