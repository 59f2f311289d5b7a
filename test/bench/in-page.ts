/**
 * Helpers the benchmark pages get before any script runs (as `window.__bench`): rendering an element
 * and waiting until it is shown and laid out, the static-markup equivalent, timing, heap size.
 */
type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

export interface BenchHelpers {
  stage(): HTMLElement;
  /** Renders `tag` with `attrs` (and a `.ladder`) into the stage (replacing what is there unless `keep`), shown and laid out. */
  render(tag: string, attrs: Record<string, string>, ladder?: unknown, keep?: boolean): Promise<Rendered>;
  /** Milliseconds from calling `work` to its promise settling, then a forced layout; after a frame with nothing pending. */
  timed(work: () => Promise<unknown>): Promise<number>;
  /** The element's final DOM and styles as declarative shadow DOM (the static limit). */
  staticHtml(el: Element): string;
  insertStatic(html: string): void;
  /** Loads the bundled ladder's chunk, so that a first render measures rendering, not a fetch. */
  preloadBundledLadder(): Promise<void>;
  /** JS heap size after garbage collection. */
  heap(): Promise<number>;
}

declare global {
  interface Window {
    __bench: BenchHelpers;
  }
}

export const IN_PAGE = `window.__bench = {
  stage() { return document.getElementById('stage'); },
  async render(tag, attrs, ladder, keep) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (ladder) el.ladder = ladder;
    if (keep) this.stage().append(el); else this.stage().replaceChildren(el);
    await el.updateComplete;
    // A src is fetched after the first render: wait for the ladder (or its error), then its render.
    while (attrs.src && !el.resolvedLadder && !el.shadowRoot.querySelector('[part~="error"]')) await new Promise((r) => setTimeout(r, 5));
    await el.updateComplete;
    void this.stage().offsetHeight;
    return el;
  },
  async timed(work) {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const t0 = performance.now();
    await work();
    void this.stage().offsetHeight;
    return performance.now() - t0;
  },
  staticHtml(el) {
    const css = el.shadowRoot.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\\n')).join('\\n');
    const html = el.shadowRoot.innerHTML.replace(/<!--[\\s\\S]*?-->/g, '');
    return '<' + el.localName + '-static><template shadowrootmode="open"><style>' + css + '</style>' + html + '</template></' + el.localName + '-static>';
  },
  insertStatic(html) {
    this.stage().setHTMLUnsafe(html);
    void this.stage().offsetHeight;
  },
  async preloadBundledLadder() {
    if (window.__bundledLadderChunk) await import(window.__bundledLadderChunk);
  },
  async heap() {
    for (let i = 0; i < 3; i++) {
      globalThis.gc?.();
      await new Promise((r) => setTimeout(r, 20));
    }
    return performance.memory.usedJSHeapSize;
  },
};`;
