// The package as its users get it. One `npm pack` of the built repository, unpacked into
// test/fixtures/consumers (a React 19 + TypeScript, a Vue 3 + vue-tsc and a plain TypeScript app):
// - attw (ESM-only profile) and publint --strict on the tarball;
// - tsc and vue-tsc over the apps and over deliberately wrong files, whose marked lines must fail
//   with the marked error codes (and nothing else may fail);
// - the React and Vue apps built with Vite and rendered in Chromium: `levels="L3 L4"` gives two
//   columns, string booleans are understood, events reach the framework's handlers;
// - `ladder-elements/model` in plain Node: no Lit, no DOM globals, and loadLadder over HTTP.
// Nothing is installed here: the fixtures' tools (React, Vue, vue-tsc, Vite) are the repository's
// devDependencies, so `npm ci` brought them, and the fixture finds them in the node_modules above it.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { testChromium, watchProblems } from '../support/browser.js';
import { type StaticServer, startStaticServer } from '../support/static-server.js';
import { expectedErrors, output, packInto, reportedErrors, run } from './consumers-support.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/consumers');
const BIN = join(ROOT, 'node_modules/.bin');

describe('the packed package in consumer apps', { skip: !readFileSafe('dist/lib/index.js') && 'run `npm run build` first' }, () => {
  let tmp: string;
  let tarball: string;
  // Started together in `before`, awaited by the tests: the checks run side by side.
  let attw: Promise<{ code: number; out: string }>;
  let publint: Promise<{ code: number; out: string }>;
  let tsc: Promise<{ code: number; out: string }>;
  let vueTsc: Promise<{ code: number; out: string }>;
  let build: Promise<unknown>;

  before(async () => {
    ({ tarball, tmp } = await packInto(ROOT, FIXTURE));
    // embed.html and embed.css are files to host, not modules: attw resolves modules only.
    const attwArgs = [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--exclude-entrypoints', './embed.html', './embed.css'];
    attw = output(join(BIN, 'attw'), [...attwArgs, '--format', 'ascii', '--no-color'], ROOT);
    publint = output(join(BIN, 'publint'), [tarball, '--strict'], ROOT);
    tsc = output(join(BIN, 'tsc'), ['-p', '.'], FIXTURE);
    vueTsc = output(process.execPath, ['vue-tsc.cjs', '-p', 'tsconfig.vue.json'], FIXTURE);
    build = run(join(BIN, 'vite'), ['build', '-c', 'vite.config.ts', '--outDir', join(tmp, 'app'), '--emptyOutDir'], { cwd: FIXTURE });
    // A failed check must fail its own test, not leave an unhandled rejection behind.
    build.catch(() => {});
  });

  after(() => tmp && rmSync(tmp, { recursive: true, force: true }));

  it('passes attw --profile esm-only (every entry point has types, ESM resolves)', async () => {
    const { code, out } = await attw;
    assert.equal(code, 0, out);
    assert.match(out, /ladder-elements\/react/);
  });

  it('passes publint --strict', async () => {
    const { code, out } = await publint;
    assert.equal(code, 0, out);
    assert.doesNotMatch(out, /warning|error|suggestion/i, out);
  });

  it('type-checks the React 19 and plain TypeScript apps, and fails exactly the marked lines of the wrong ones (tsc)', async () => {
    const { code, out } = await tsc;
    assert.notEqual(code, 0, 'react/wrong.tsx and plain/wrong.ts must not type-check');
    assert.deepEqual(reportedErrors(out), expectedErrors(FIXTURE, ['react', 'plain']), out);
  });

  it('type-checks the Vue 3 templates, and fails exactly the marked lines of the wrong one (vue-tsc)', async () => {
    const { code, out } = await vueTsc;
    assert.notEqual(code, 0, 'vue/Wrong.vue must not type-check');
    assert.deepEqual(reportedErrors(out), expectedErrors(FIXTURE, ['vue']), out);
  });

  describe('built with Vite, in Chromium', () => {
    let browser: Browser;
    let server: StaticServer;

    before(async () => {
      await build;
      [server, browser] = await Promise.all([startStaticServer({ root: join(tmp, 'app') }), testChromium()]);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const app of ['react', 'vue']) {
      it(`${app}: levels="L3 L4" shows two columns, string booleans hold, events reach the app's handlers`, async () => {
        const page = await browser.newPage();
        const problems = watchProblems(page, ['error']);
        try {
          await page.goto(`${server.origin}/${app}.html`);
          const headings = page.locator('#compare th[part~="level-heading"]');
          await headings.nth(1).waitFor();
          assert.deepEqual(await headings.evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.level)), ['L3', 'L4']);
          const props = await page.evaluate(() => {
            const card = document.querySelector('ladder-level-card')!;
            const checklist = document.querySelector('ladder-checklist')!;
            return {
              levels: document.querySelector('ladder-compare')!.levels,
              syncUrl: document.querySelector('ladder-compare')!.syncUrl,
              showInherited: card.showInherited,
              compact: card.compact,
              noNa: checklist.noNa,
            };
          });
          assert.deepEqual(props, { levels: ['L3', 'L4'], syncUrl: false, showInherited: true, compact: false, noNa: true });
          assert.equal(await page.locator('#checklist input[type="radio"][value="na"]').count(), 0);
          assert.equal(await page.locator('#card [part~="counts"]').count(), 0, 'compact="false" is not compact');

          await page.locator('#compare [part~="levels"] label', { hasText: 'L5' }).locator('input').check();
          await page.locator('#compared', { hasText: 'L3,L4,L5;delta' }).waitFor();
          await page.locator('#card [part~="builds-on"] button').click();
          await page.locator('#picked', { hasText: 'L4→L3' }).waitFor();
          // The handler called preventDefault(): the card still shows L4.
          assert.equal(await page.locator('#card').getAttribute('level'), 'L4');
          if (app === 'react') assert.match((await page.locator('#validation').textContent()) ?? '', /^[1-9]\d* problems$/);
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });
    }
  });

  describe('ladder-elements/model in plain Node', () => {
    it('imports no Lit and no DOM, installs no globals, and loads a ladder over HTTP with an absolute URL', async (t) => {
      const server = await startStaticServer({
        routes: { '/engineering.json': readFileSync(join(ROOT, 'ladders/engineering.json'), 'utf8') },
      });
      try {
        const { stdout } = await run(process.execPath, ['--import', './model-hooks.mjs', 'model-in-node.mjs', server.origin], {
          cwd: FIXTURE,
        });
        const r = JSON.parse(stdout);
        t.diagnostic(`import('ladder-elements/model') took ${r.importMs.toFixed(0)} ms, ${r.modules.length} modules`);
        assert.deepEqual(r.globals, { customElements: 'undefined', HTMLElement: 'undefined', window: 'undefined', document: 'undefined' });
        const packages = [...new Set(r.modules.map((url: string) => url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? url))];
        assert.deepEqual(
          packages.filter((p) => /lit|@lit/.test(p as string)),
          [],
          `modules loaded: ${packages.join(', ')}`,
        );
        assert.deepEqual(r.loaded, { id: 'engineering', levels: 5 });
        assert.deepEqual(r.relative, { name: 'LadderLoadError', kind: 'relative-url' });
        assert.deepEqual(r.missing, { name: 'LadderLoadError', kind: 'http', status: 404 });
      } finally {
        await server.close();
      }
    });
  });
});

function readFileSafe(path: string): boolean {
  try {
    return readFileSync(join(ROOT, path)).length > 0;
  } catch {
    return false;
  }
}
