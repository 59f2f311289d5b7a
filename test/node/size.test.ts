// The weight budgets (issue 20): what a page loads from the drop-in by the time its elements have
// rendered and settled, gzipped, per kind of page. package.json config.gzipBudgets are enforced (no
// page may grow past today's weight); gzipTargets (the issue's 30/20/22 KB) are printed with the gap. Measured in
// Chromium on the built dist/: every JavaScript file the page fetched counts (the autoloader, the
// core, the elements' chunks and whatever they loaded on demand). The pages show a host's own ladder
// by `src`, compiled by `ladder build --precompile`, as a production page does; the bundled example
// ladder is printed too. Bytes only: nothing here depends on a timing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import engineering from '../../ladders/engineering.json' with { type: 'json' };
import { precompileLadder } from '../../src/markdown/precompile.js';
import type { Ladder } from '../../src/model/types.js';
import { type DistServer, distFile, serveDist } from '../bench/dist-server.js';
import { testChromium } from '../support/browser.js';
import { gzipBudgets, kb, PAGE_KINDS, weightVerdict } from '../bench/page-weight.js';
import { weighPage } from '../bench/weigh-page.js';

describe('weight of a page', { skip: !existsSync('dist/ladder-elements.js') && 'run `npm run build` first' }, () => {
  let server: DistServer;
  let browser: Browser;

  before(async () => {
    server = await serveDist();
    server.files.set('/acme.json', { body: JSON.stringify(precompileLadder(engineering as Ladder)), type: 'application/json' });
    browser = await testChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // Every page at once (each in its own browser context): the weights depend on nothing but which files load.
  type Weight = Awaited<ReturnType<typeof weighPage>>;
  let weights: Promise<{ own: Weight; bundled?: Weight }[]>;
  before(() => {
    weights = Promise.all(
      PAGE_KINDS.map(async (kind) => ({
        own: await weighPage(browser, server, kind.tags, '/acme.json'),
        // The bundled ladder on the page with every element: its texts need no parser either.
        bundled: kind.key === 'all' ? await weighPage(browser, server, kind.tags, '') : undefined,
      })),
    );
  });

  PAGE_KINDS.forEach((kind, i) => {
    it(`keeps ${kind.label} within ${kb(gzipBudgets[kind.key]!)} gzip`, async () => {
      const { own, bundled } = (await weights)[i]!;
      console.log(
        `${kind.label}: ${kb(own.bytes)} with its own ladder (${own.files.length} files), ${weightVerdict(kind.key, own.bytes)}${bundled ? `; ${kb(bundled.bytes)} with the bundled example ladder` : ''}`,
      );
      assert.ok(!own.files.some((f) => f.includes('/marked-')), `a precompiled ladder needs no Markdown parser: ${own.files.join(', ')}`);
      if (bundled)
        assert.ok(
          !bundled.files.some((f) => f.includes('/marked-')),
          `the bundled ladder needs no Markdown parser: ${bundled.files.join(', ')}`,
        );
      assert.ok(own.bytes <= gzipBudgets[kind.key]!, `${kind.label}: ${own.bytes} bytes gzip, over its budget of ${gzipBudgets[kind.key]}`);
    });
  });

  it("gives V8's compile hint to the large files a first render runs, and not to code a click loads", async () => {
    const all = (await weights)[0]!.own.files;
    const hinted = (f: string) => distFile(f).toString('utf8', 0, 40).startsWith('//# allFunctionsCalledOnLoad\n');
    const large = all.filter((f) => distFile(f).length >= 8000);
    assert.ok(
      large.some((f) => f.includes('/core-')),
      `the core among ${all.join(', ')}`,
    );
    assert.deepEqual(
      large.filter((f) => !hinted(f)),
      [],
      'first-render files without the hint',
    );
    const lazy = readdirSync('dist/chunks').filter((f) => /^(confirm-panel|checklist-history-panel|marked-lexer|http-store)-/.test(f));
    assert.equal(lazy.length, 4, lazy.join(', '));
    assert.deepEqual(
      lazy.filter((f) => hinted(`/chunks/${f}`)),
      [],
      'code loaded on a click, with the hint',
    );
  });
});
