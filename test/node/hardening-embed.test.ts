// Hardening of the iframe embed page, driven in Chromium (playwright-core) against the built dist/,
// as test/node/e2e.test.ts does: hostile URL parameters and a hostile `src` ladder run nothing, and
// in a sandboxed iframe without allow-same-origin (no localStorage at all) the checklist still works
// and says that it cannot save. Needs `npm run build` first (npm test does it).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSync } from 'esbuild';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { hostileLadder, XSS_PAYLOADS } from '../fixtures/xss-payloads.js';

const DIST = 'dist';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };
const PAYLOADS = [...new Set(XSS_PAYLOADS.map((p) => p.payload))];

const PAGES: Record<string, string> = {
  // No allow-same-origin: the embed runs with an opaque origin, where reading localStorage throws.
  '/page/sandboxed.html': `<!doctype html><html lang="en"><head><title>sandboxed</title></head><body><main>
    <iframe id="embed" title="Checklist" sandbox="allow-scripts" src="/embed.html?view=checklist&level=L4" width="800" height="900"></iframe>
    </main></body></html>`,
  '/page/frames.html': '<!doctype html><html lang="en"><head><title>frames</title></head><body><main id="frames"></main></body></html>',
};
const HOSTILE_LADDER = JSON.stringify(hostileLadder(PAYLOADS));

/**
 * Set in every frame before its scripts run: anything a payload may call marks `__xss`, and the DOM
 * walker of the browser suite (test/hardening/dom-safety.ts) is there as `__safety.findUnsafe`.
 */
const INIT_SCRIPT = `${
  buildSync({
    entryPoints: ['test/hardening/dom-safety.ts'],
    bundle: true,
    format: 'iife',
    globalName: '__safety',
    write: false,
    target: 'es2022',
  }).outputFiles[0]!.text
}
window.__safety = __safety;
window.__xssHit = () => { window.__xss = 1; };
window.alert = window.prompt = window.confirm = window.__xssHit;
window.__name = (f) => f;`;

let server: Server;
let origin: string;
let browser: Browser;

function serve(): Promise<void> {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    // A sandboxed document has an opaque origin: its module scripts are cross-origin requests.
    const cors = { 'access-control-allow-origin': '*' };
    if (path === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    if (PAGES[path] !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html', ...cors });
      return res.end(PAGES[path]);
    }
    if (path === '/hostile.json') {
      res.writeHead(200, { 'content-type': 'application/json', ...cors });
      return res.end(HOSTILE_LADDER);
    }
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404, cors);
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...cors });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

/** Opens a page; collects page errors, console errors and warnings (CSP violations among them) and dialogs. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  await page.addInitScript(INIT_SCRIPT);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${origin}${path}`);
  return { page, problems };
}

/** Waits until the embed in `frame` shows something (an element's rendering or the parameter problems). */
async function embedShown(frame: Frame | Page): Promise<void> {
  await frame.waitForFunction(
    () => {
      const root = document.getElementById('embed');
      const el = root?.firstElementChild;
      if (!el) return false;
      if (el.classList.contains('embed-error')) return true;
      const shadow = el.shadowRoot;
      return !!shadow?.querySelector('*') && !shadow.querySelector('[part="status"]');
    },
    undefined,
    { timeout: 20_000 },
  );
}

/** Nothing ran in the frame, and nothing in the embed (shadow roots included) could run or load anything. */
async function expectSafe(frame: Frame | Page, what: string): Promise<void> {
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
  const result = await frame.evaluate(() => {
    const w = window as unknown as { __xss?: unknown; __safety: { findUnsafe(root: Node): string[] } };
    return { xss: w.__xss ?? null, unsafe: w.__safety.findUnsafe(document.getElementById('embed')!) };
  });
  assert.deepEqual(result, { xss: null, unsafe: [] }, what);
}

const enc = encodeURIComponent;

describe('embed.html under attack', { skip: !existsSync(join(DIST, 'embed.html')) && 'run `npm run build` first' }, () => {
  before(async () => {
    const executablePath = findChromium();
    assert.ok(executablePath, 'no Chromium: sudo apt-get install chromium');
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    await serve();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('hostile parameter values are listed as problems, as text; hostile names are ignored', { timeout: 240_000 }, async () => {
    const { page, problems } = await open('/embed.html?view=card&level=L1');
    for (let i = 0; i < PAYLOADS.length; i += 20) {
      const chunk = PAYLOADS.slice(i, i + 20);
      const query = [
        'view=card',
        ...chunk.map((p) => `level=${enc(p)}`),
        ...chunk.map((p) => `theme=${enc(p)}`),
        ...chunk.map((p) => `compact=${enc(p)}`),
        ...chunk.map((p) => `${enc(p)}=1`),
      ].join('&');
      await page.goto(`${origin}/embed.html?${query}`);
      await embedShown(page);
      const items = await page.locator('.embed-error li').allTextContents();
      for (const p of chunk) {
        assert.ok(items.includes(`"level" must be a level id such as L4 (it is "${p}").`), `level=${JSON.stringify(p)}`);
        assert.ok(items.includes(`"theme" must be light or dark (it is "${p}").`), `theme=${JSON.stringify(p)}`);
      }
      // Names the view does not know are ignored (only the console lists them), never shown.
      assert.ok(!items.some((t) => t.startsWith('Unknown parameter')));
      await expectSafe(page, `parameters ${i}–${i + chunk.length - 1}`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('parameters named after Object.prototype members are ignored, not a blank page', { timeout: 60_000 }, async () => {
    const { page, problems } = await open('/embed.html?view=card&level=L1&toString=1&constructor=x&__proto__=y&hasOwnProperty=1');
    await embedShown(page);
    assert.equal(await page.locator('.embed-error').count(), 0);
    assert.equal((await page.locator('#embed ladder-level-card >> [part="title"]').textContent())?.trim(), 'Engineer L1');
    for (const view of ['constructor', '__proto__', 'toString']) {
      await page.goto(`${origin}/embed.html?view=${view}&level=L1`);
      await embedShown(page);
      assert.equal(
        await page.locator('.embed-error li').textContent(),
        `"view" must be one of: card, compare, checklist (it is "${view}").`,
      );
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  /** Per payload: a view, a ladder, a src and a storage key, each in an embed of its own. */
  const ownEmbeds = PAYLOADS.flatMap((p) => [
    `view=${enc(p)}`,
    `view=compare&src=${enc(p)}`,
    `view=checklist&level=L1&ladder=${enc(p)}`,
    `view=checklist&level=L1&storage-key=${enc(p)}`,
  ]);
  // A payload src resolves to a missing file on this server (checked: none leaves it): the 404 is expected.
  const only404 = (problems: string[]) =>
    problems.filter((p) => !/Failed to load resource: the server responded with a status of 404/.test(p));

  it('hostile view, ladder, src and storage-key: a sample, each embed loaded as its own page in an iframe', {
    timeout: 120_000,
  }, async () => {
    const { page, problems } = await open('/page/frames.html');
    const batch = ownEmbeds.slice(0, 40).map((q) => `/embed.html?${q}`);
    await page.evaluate((srcs) => {
      document.getElementById('frames')!.replaceChildren(
        ...srcs.map((src) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          return frame;
        }),
      );
    }, batch);
    const frames = () => page.frames().filter((f) => f !== page.mainFrame());
    for (let tries = 0; frames().length !== batch.length && tries < 200; tries++) await page.waitForTimeout(50);
    assert.equal(frames().length, batch.length);
    for (const frame of frames()) {
      await frame.waitForLoadState();
      await embedShown(frame);
      await expectSafe(frame, frame.url());
    }
    assert.deepEqual(only404(problems), []);
    await page.close();
  });

  it(`hostile view, ladder, src and storage-key: all ${PAYLOADS.length} payloads, the embed script run again on one page for each`, {
    timeout: 300_000,
  }, async () => {
    // Loading a page per case takes minutes; instead the same dist/embed.js is evaluated afresh
    // (a new module URL) after the page's query string is replaced: it reads location.search again
    // and replaces what it shows, exactly as on a first load.
    const { page, problems } = await open('/embed.html?view=card&level=L1');
    await embedShown(page);
    for (let i = 0; i < ownEmbeds.length; i += 25) {
      const unsafe = await page.evaluate(
        async ({ queries, first }) => {
          const w = window as unknown as { __safety: { findUnsafe(root: Node): string[] } };
          const found: string[] = [];
          for (const [n, query] of queries.entries()) {
            history.replaceState(null, '', `/embed.html?${query}`);
            await import(`/embed.js?run=${first + n}`);
            const root = document.getElementById('embed')!;
            const shown = () => {
              const el = root.firstElementChild;
              if (!el) return false;
              if (el.classList.contains('embed-error')) return true;
              return !!el.shadowRoot?.querySelector('*') && !el.shadowRoot.querySelector('[part="status"]');
            };
            for (let t = 0; !shown(); t++) {
              if (t > 400) throw new Error(`nothing shown for ?${query}`);
              await new Promise((r) => setTimeout(r, 10));
            }
            for (const problem of w.__safety.findUnsafe(root)) found.push(`?${query}: ${problem}`);
          }
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
          return { found, xss: (window as unknown as { __xss?: unknown }).__xss ?? null };
        },
        { queries: ownEmbeds.slice(i, i + 25), first: i },
      );
      assert.deepEqual(unsafe, { found: [], xss: null }, `cases ${i}–${i + 24}`);
    }
    assert.deepEqual(only404(problems), []);
    await page.close();
  });

  for (const [view, query] of [
    ['card with inherited items', 'view=card&level=L3&show-inherited=true'],
    ['compact card', 'view=card&level=L2&compact=true'],
    ['compare, what is new', 'view=compare&mode=delta'],
    ['compare, everything', 'view=compare&mode=cumulative&levels=L1,L3'],
    ['checklist', 'view=checklist&level=L3&storage-key=hostile'],
  ] as const) {
    it(`a ladder whose every text field is hostile (${PAYLOADS.length} payloads), from src: ${view}`, { timeout: 120_000 }, async () => {
      const { page, problems } = await open(`/embed.html?${query}&src=${enc(`${origin}/hostile.json`)}`);
      await embedShown(page);
      const error = await page.locator('#embed >> [part="error"]').count();
      assert.equal(error, 0);
      await expectSafe(page, view);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('in a sandboxed iframe without allow-same-origin: the checklist renders, takes a rating by click, and says it cannot save', {
    timeout: 120_000,
  }, async () => {
    const { page, problems } = await open('/page/sandboxed.html');
    await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow !== null);
    const frame = await (await page.$('#embed'))!.contentFrame();
    assert.ok(frame);
    await embedShown(frame);
    // Really sandboxed: an opaque origin, no storage.
    assert.deepEqual(
      await frame.evaluate(() => {
        let storage = 'available';
        try {
          void window.localStorage;
        } catch (e) {
          storage = (e as Error).name;
        }
        return { origin: window.origin, storage };
      }),
      { origin: 'null', storage: 'SecurityError' },
    );
    const checklist = frame.locator('ladder-checklist');
    assert.equal((await checklist.locator('[part="title"]').textContent())?.trim(), 'Self-assessment: Engineer L4');
    const warning = checklist.locator('[part="messages"] .warning');
    assert.match(
      (await warning.textContent()) ?? '',
      /^This browser does not let the page save data: your ratings stay only while the page is open\. Download JSON to keep them\.$/,
    );
    assert.equal(await warning.isVisible(), true);
    // Rate the first expectation "Consistently" with a real click.
    const firstRow = checklist.locator('[part="item"]').first();
    await firstRow.locator('label', { hasText: 'Consistently' }).click();
    assert.equal(await firstRow.locator('input[value="consistently"]').isChecked(), true);
    const rated = await frame.evaluate(() => {
      const el = document.querySelector('ladder-checklist') as HTMLElement & { value: string };
      return Object.values((JSON.parse(el.value) as { ratings: Record<string, { value?: string }> }).ratings).map((e) => e.value);
    });
    assert.deepEqual(rated, ['consistently']);
    assert.equal(await warning.isVisible(), true);
    await expectSafe(frame, 'sandboxed');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
