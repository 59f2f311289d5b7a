/** Small helpers shared by the browser tests: shadow-DOM queries, waiting, console watching (the fetch double: ./support/fetch-double.ts). */

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

/** Waits until `check` returns true (polling each frame), or fails with `what` after a second. */
export async function until(check: () => boolean, what: string, timeoutMs = 2000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
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
