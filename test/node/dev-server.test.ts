// The dev servers as a newcomer meets them. `npm start`: Vite's dev server, with the project's
// vite.config.ts, serves index.html, whose cards, comparison and checklist show the bundled ladder
// with no console error. (Both `npm start` and `npm run storybook` once showed empty elements: a dev
// server serves a JSON file as a JavaScript module, and the browser refused the sources'
// `import … with { type: 'json' }`.) `npm run storybook` runs the same plugin: its config keeps it.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import type { Plugin } from 'vite';
import { createServer, type ViteDevServer } from 'vite';
import config from '../../.storybook/main.js';
import { testChromium, watchProblems } from '../support/browser.js';

const ELEMENTS = ['#card', 'ladder-compare', 'ladder-checklist'];
/** The built drop-in's chunks: the dev server must leave a build alone (the other tests use it). */
const chunks = () => (existsSync('dist/chunks') ? readdirSync('dist/chunks').sort() : []);

describe('the dev servers', () => {
  let server: ViteDevServer | undefined;
  let browser: Browser | undefined;
  const built = chunks();

  before(async () => {
    [server, browser] = await Promise.all([
      createServer({ configFile: 'vite.config.ts', server: { port: 0, host: '127.0.0.1', open: false }, logLevel: 'error' }).then((s) =>
        s.listen(),
      ),
      testChromium(),
    ]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('npm start: the demo page shows the bundled ladder in every element, with no console error', async () => {
    const context = await browser!.newContext();
    try {
      const page = await context.newPage();
      const problems = watchProblems(page, ['error']);
      const origin = server!.resolvedUrls!.local[0]!;
      const rendered = async () => {
        // Locators reach into shadow roots, and wait across the reload Vite may do once it has optimized what it found.
        for (const element of ELEMENTS) await page.locator(element).locator('[part~="item"]').first().waitFor({ timeout: 30_000 });
      };
      await page.goto(origin);
      await rendered();
      // The page as every later visit gets it, its dependencies optimized: no error at all.
      problems.length = 0;
      await page.reload();
      await rendered();
      const items = await page.evaluate(
        (selectors) => selectors.map((s) => document.querySelector(s)?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0),
        ELEMENTS,
      );
      assert.ok(
        items.every((n) => n > 10),
        `items shown by ${ELEMENTS.join(', ')}: ${items.join(', ')}`,
      );
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  it('npm run storybook: its Vite config keeps the plugin that serves the ladders’ JSON, and leaves out the drop-in’s', async () => {
    const names = (plugins: unknown[]) => plugins.map((p) => (p as Plugin).name);
    const project = ['ladder-elements:serve-json-as-modules', 'ladder-elements:clean-drop-in', 'ladder-elements:minify-drop-in'];
    const out = await config.viteFinal!({ plugins: project.map((name) => ({ name })) }, {} as never);
    const kept = names(out.plugins ?? []);
    assert.ok(kept.includes('ladder-elements:serve-json-as-modules'), kept.join(', '));
    assert.ok(!kept.includes('ladder-elements:clean-drop-in') && !kept.includes('ladder-elements:minify-drop-in'), kept.join(', '));
  });

  it('leaves the built drop-in in dist/ as it was (the dev server runs a build’s start hooks too)', () => {
    assert.deepEqual(chunks(), built);
  });
});
