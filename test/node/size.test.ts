// The weight budgets: what a page loads from the drop-in by the time its elements have rendered and
// settled, gzipped, per kind of page (package.json config.gzipBudgets). Measured in Chromium on the
// built dist/: every JavaScript file the page fetched counts (the autoloader, the core, the elements'
// chunks and whatever they loaded on demand). The pages show a host's own ladder by `src`, compiled by
// `ladder build --precompile`, as a production page does; the bundled example ladder is printed too.
// Bytes only: nothing here depends on a timing.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import engineering from '../../ladders/engineering.json' with { type: 'json' };
import { precompileLadder } from '../../src/markdown/precompile.js';
import type { Ladder } from '../../src/model/types.js';
import { type DistServer, distFile, launchChromium, serveDist } from '../bench/dist-server.js';
import { gzipAims, gzipBudgets, gzipSize, kb, PAGE_KINDS } from '../bench/page-weight.js';

const ATTRIBUTES: Record<string, string> = {
  'ladder-level-card': 'level="L4"',
  'ladder-compare': 'mode="cumulative"',
  'ladder-checklist': 'level="L4" storage-key="size"',
};

/** A page with `tags`, each showing `ladder` ("" for the bundled one) */
const pageHtml = (tags: string[], src: string) =>
  `<!doctype html><html lang="en"><head><title>size</title><script type="module" src="/ladder-elements.js"></script></head><body><main>${tags
    .map((tag) => `<${tag} ${ATTRIBUTES[tag]}${src ? ` src="${src}"` : ''}></${tag}>`)
    .join('')}</main></body></html>`;

describe('weight of a page', { skip: !existsSync('dist/ladder-elements.js') && 'run `npm run build` first' }, () => {
  let server: DistServer;
  let browser: Browser;

  before(async () => {
    server = await serveDist();
    server.files.set('/acme.json', { body: JSON.stringify(precompileLadder(engineering as Ladder)), type: 'application/json' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The JavaScript files a page loaded once its elements rendered and a second passed, with their gzip sizes. */
  async function weigh(tags: string[], src: string): Promise<{ files: string[]; bytes: number }> {
    const path = `/page/${tags.join('-')}-${src ? 'src' : 'bundled'}.html`;
    server.pages.set(path, { html: pageHtml(tags, src) });
    const context = await browser.newContext();
    const page = await context.newPage();
    const files: string[] = [];
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith('.js')) files.push(url.pathname);
    });
    await page.goto(`${server.origin}${path}`);
    const shown = await page.waitForFunction(
      (names) => {
        const parts = names.map((n) =>
          document.querySelector(n)?.shadowRoot?.querySelector('[part~="title"], [part~="caption"], [part~="error"]'),
        );
        return parts.every(Boolean) && parts.map((p) => p!.getAttribute('part'));
      },
      tags,
      { timeout: 15_000 },
    );
    assert.ok(!((await shown.jsonValue()) || []).includes('error'), `${path} shows an error`);
    // Settled: whatever rendering asks for has arrived (a click's code, such as import/export, would not count).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    await context.close();
    const bytes = files.reduce((n, f) => n + gzipSize(distFile(f)), 0);
    return { files, bytes };
  }

  for (const kind of PAGE_KINDS) {
    it(`keeps ${kind.label} within ${kb(gzipBudgets[kind.key]!)} gzip`, async () => {
      const own = await weigh(kind.tags, '/acme.json');
      const bundled = await weigh(kind.tags, '');
      console.log(
        `${kind.label}: ${kb(own.bytes)} with its own ladder (${own.files.length} files), ${kb(bundled.bytes)} with the bundled example ladder; budget ${kb(gzipBudgets[kind.key]!)}, aim ${kb(gzipAims[kind.key]!)}`,
      );
      assert.ok(!own.files.some((f) => f.includes('/marked-')), `a precompiled ladder needs no Markdown parser: ${own.files.join(', ')}`);
      assert.ok(
        !bundled.files.some((f) => f.includes('/marked-')),
        `the bundled ladder needs no Markdown parser: ${bundled.files.join(', ')}`,
      );
      assert.ok(own.bytes <= gzipBudgets[kind.key]!, `${kind.label}: ${own.bytes} bytes gzip, over its budget of ${gzipBudgets[kind.key]}`);
    });
  }
});
