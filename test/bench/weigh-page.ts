/**
 * Loads a page with some elements in Chromium and weighs what it fetched: every JavaScript file, gzipped
 * (the bytes are those of the files in dist/, so the figure depends on nothing but which files a page
 * loads). Used by test/node/size.test.ts (the budgets) and the benchmarks.
 */
import type { Browser } from 'playwright-core';
import { type DistServer, distFile } from './dist-server.js';
import { gzipSize } from './page-weight.js';

const ATTRIBUTES: Record<string, string> = {
  'ladder-level-card': 'level="L4"',
  'ladder-compare': 'mode="cumulative"',
  'ladder-checklist': 'level="L4" storage-key="weight"',
};

/**
 * The JavaScript files a page with `tags` (showing the ladder at `src`, or the bundled one when it is
 * "") loaded once its elements had rendered and a second had passed, and their total gzip size.
 * Rejects when an element shows an error.
 */
export async function weighPage(
  browser: Browser,
  server: DistServer,
  tags: string[],
  src: string,
): Promise<{ files: string[]; bytes: number }> {
  const path = `/page/${tags.join('-')}-${src ? 'src' : 'bundled'}.html`;
  const elements = tags.map((tag) => `<${tag} ${ATTRIBUTES[tag] ?? ''}${src ? ` src="${src}"` : ''}></${tag}>`).join('');
  server.pages.set(path, {
    html: `<!doctype html><html lang="en"><head><title>weight</title><script type="module" src="/ladder-elements.js"></script></head><body><main>${elements}</main></body></html>`,
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const files: string[] = [];
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith('.js')) files.push(url.pathname);
    });
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${server.origin}${path}`);
    const shown = await page.waitForFunction(
      (names) => {
        const parts = names.map((n) =>
          document.querySelector(n)?.shadowRoot?.querySelector('[part~="title"], [part~="caption"], [part~="error"]'),
        );
        return parts.every(Boolean) && parts.map((p) => p!.getAttribute('part') ?? '');
      },
      tags,
      { timeout: 15_000 },
    );
    const parts = (await shown.jsonValue()) || [];
    if (parts.includes('error')) throw new Error(`${path} shows an error`);
    // Settled: whatever rendering asked for has arrived (code fetched on a click, such as import/export, would not count).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    return { files, bytes: files.reduce((n, f) => n + gzipSize(distFile(f)), 0) };
  } finally {
    await context.close();
  }
}
