// Hardening of the iframe embed page, driven in Chromium (playwright-core) against the built dist/,
// as test/node/e2e.test.ts does: hostile URL parameters and a hostile `src` ladder run nothing, and
// in a sandboxed iframe without allow-same-origin (no localStorage at all) the checklist still works
// and says that it cannot save. Needs `npm run build` first (npm test does it).
// What the parameters become is checked for the whole XSS corpus in Node (test/node/embed-params.test.ts);
// here the page shows a stratified sample of it, and a ladder holding the whole corpus.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildSync } from 'esbuild';
import type { Frame, Page } from 'playwright-core';
import { hostileLadder, XSS_PAYLOADS, XSS_SAMPLE } from '../fixtures/xss-payloads.js';
import { useBrowser } from '../support/browser.js';

const PAYLOADS = [...new Set(XSS_PAYLOADS.map((p) => p.payload))];
const SAMPLE = XSS_SAMPLE.map((p) => p.payload);

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
window.alert = window.prompt = window.confirm = window.__xssHit;`;

const enc = encodeURIComponent;

const ROUTES = {
  // No allow-same-origin: the embed runs with an opaque origin, where reading localStorage throws.
  '/page/sandboxed.html': `<!doctype html><html lang="en"><head><title>sandboxed</title></head><body><main>
    <iframe id="embed" title="Checklist" sandbox="allow-scripts" src="/embed.html?view=checklist&level=L4" width="800" height="900"></iframe>
    </main></body></html>`,
  '/page/frames.html': '<!doctype html><html lang="en"><head><title>frames</title></head><body><main id="frames"></main></body></html>',
  '/hostile.json': JSON.stringify(hostileLadder(PAYLOADS)),
};

/** Runs in a frame: whether the embed shows something (an element's rendering or the parameter problems). */
const EMBED_SHOWN = () => {
  const el = document.getElementById('embed')?.firstElementChild;
  if (!el) return false;
  if (el.classList.contains('embed-error')) return true;
  return !!el.shadowRoot?.querySelector('*') && !el.shadowRoot.querySelector('[part="status"]');
};

async function embedShown(frame: Frame | Page): Promise<void> {
  await frame.waitForFunction(EMBED_SHOWN, undefined, { timeout: 20_000 });
}

/** Nothing ran in the frame (given a frame for handlers to fire), and nothing in the embed could run or load anything. */
async function expectSafe(frame: Frame | Page, what: string): Promise<void> {
  const result = await frame.evaluate(async () => {
    const w = window as unknown as { __xss?: unknown; __safety: { findUnsafe(root: Node): string[]; afterAFrame(): Promise<void> } };
    await w.__safety.afterAFrame();
    return { xss: w.__xss ?? null, unsafe: w.__safety.findUnsafe(document.getElementById('embed')!) };
  });
  assert.deepEqual(result, { xss: null, unsafe: [] }, what);
}

/** Opens a page with an iframe per embed query, and waits until every embed shows something. */
async function framesPage(site: ReturnType<typeof useBrowser>, queries: string[]) {
  const opened = await site.open('/page/frames.html', { initScripts: [INIT_SCRIPT] });
  const { page } = opened;
  await page.evaluate(
    (srcs) => {
      document.getElementById('frames')!.replaceChildren(
        ...srcs.map((src) => {
          const frame = document.createElement('iframe');
          frame.src = src;
          return frame;
        }),
      );
    },
    queries.map((q) => `/embed.html?${q}`),
  );
  const frames = await Promise.all(
    (await page.locator('#frames iframe').elementHandles()).map(async (handle) => (await handle.contentFrame())!),
  );
  assert.equal(frames.length, queries.length);
  for (const frame of frames) {
    // An iframe starts as about:blank: wait for the embed page itself before looking into it.
    await frame.waitForURL(/\/embed\.html\?/);
    await embedShown(frame);
  }
  return { ...opened, frames };
}

// A payload src resolves to a missing file on this server (checked: none leaves it): the 404 is expected.
const only404 = (problems: string[]) =>
  problems.filter((p) => !/Failed to load resource: the server responded with a status of 404/.test(p));

describe('embed.html under attack', { skip: !existsSync('dist/embed.html') && 'run `npm run build` first' }, () => {
  // A sandboxed document has an opaque origin: its module scripts are cross-origin requests.
  const site = useBrowser({ root: 'dist', routes: ROUTES, headers: { 'access-control-allow-origin': '*' } });

  it(`hostile parameter values (${SAMPLE.length} sampled payloads) are listed as problems, as text; hostile names are ignored`, async () => {
    const query = [
      'view=card',
      ...SAMPLE.map((p) => `level=${enc(p)}`),
      ...SAMPLE.map((p) => `theme=${enc(p)}`),
      ...SAMPLE.map((p) => `compact=${enc(p)}`),
      ...SAMPLE.map((p) => `${enc(p)}=1`),
    ].join('&');
    const { page, problems } = await site.open(`/embed.html?${query}`, { initScripts: [INIT_SCRIPT] });
    await embedShown(page);
    const items = await page.locator('.embed-error li').allTextContents();
    for (const p of SAMPLE) {
      assert.ok(items.includes(`"level" must be a level id such as L4 (it is "${p}").`), `level=${JSON.stringify(p)}`);
      assert.ok(items.includes(`"theme" must be light or dark (it is "${p}").`), `theme=${JSON.stringify(p)}`);
    }
    // Names the view does not know are ignored (only the console lists them, as text), never shown.
    assert.ok(!items.some((t) => t.startsWith('Unknown parameter')));
    await expectSafe(page, 'parameters');
    assert.deepEqual(problems, []);
  });

  /** Per payload: a view, a ladder, a src and a storage key, each in an embed of its own. */
  const ownEmbeds = (payloads: string[]) =>
    payloads.flatMap((p) => [
      `view=${enc(p)}`,
      `view=compare&src=${enc(p)}`,
      `view=checklist&level=L1&ladder=${enc(p)}`,
      `view=checklist&level=L1&storage-key=${enc(p)}`,
    ]);

  it('hostile view, ladder, src and storage-key: a payload of each source, each embed loaded as its own page in an iframe', async () => {
    // Source i puts its first sampled payload into parameter i (of four, in turn): every source and every parameter once.
    const firstOfEachSource = [...new Map(XSS_SAMPLE.map((p) => [p.source, p.payload])).values()];
    const queries = firstOfEachSource.map((p, i) => ownEmbeds([p])[i % 4]!);
    const { frames, problems } = await framesPage(site, queries);
    for (const frame of frames) await expectSafe(frame, frame.url());
    assert.deepEqual(only404(problems), []);
  });

  it(`hostile view, ladder, src and storage-key: all ${SAMPLE.length} sampled payloads, the embed script run again on one page for each`, async () => {
    // Loading a page per case is slow; instead the same dist/embed.js is evaluated afresh (a new
    // module URL) after the page's query string is replaced: it reads location.search again and
    // replaces what it shows, exactly as on a first load.
    const { page, problems } = await site.open('/embed.html?view=card&level=L1', { initScripts: [INIT_SCRIPT] });
    await embedShown(page);
    const result = await page.evaluate(
      async ({ queries, shownSource }) => {
        const w = window as unknown as { __xss?: unknown; __safety: { findUnsafe(root: Node): string[]; afterAFrame(): Promise<void> } };
        const shown = new Function(`return (${shownSource})()`) as () => boolean;
        const found: string[] = [];
        for (const [n, query] of queries.entries()) {
          history.replaceState(null, '', `/embed.html?${query}`);
          await import(`/embed.js?run=${n}`);
          // Each frame until the new embed shows something (a src must fail to load first).
          for (let frames = 0; !shown(); frames++) {
            if (frames > 1200) throw new Error(`nothing shown for ?${query}`);
            await new Promise(requestAnimationFrame);
          }
          for (const problem of w.__safety.findUnsafe(document.getElementById('embed')!)) found.push(`?${query}: ${problem}`);
        }
        await w.__safety.afterAFrame();
        return { found, xss: w.__xss ?? null };
      },
      { queries: ownEmbeds(SAMPLE), shownSource: EMBED_SHOWN.toString() },
    );
    assert.deepEqual(result, { found: [], xss: null });
    assert.deepEqual(only404(problems), []);
  });

  it(`a ladder whose every text field is hostile (all ${PAYLOADS.length} payloads), from src, in every view`, async () => {
    const src = enc(`${site.origin}/hostile.json`);
    const views = {
      'card with inherited items': 'view=card&level=L3&show-inherited=true',
      'compact card': 'view=card&level=L2&compact=true',
      'compare, what is new': 'view=compare&mode=delta',
      'compare, everything': 'view=compare&mode=cumulative&levels=L1,L3',
      checklist: 'view=checklist&level=L3&storage-key=hostile',
    };
    const { frames, problems } = await framesPage(
      site,
      Object.values(views).map((query) => `${query}&src=${src}`),
    );
    for (const [i, view] of Object.keys(views).entries()) {
      const frame = frames[i]!;
      assert.equal(await frame.locator('#embed >> [part="error"]').count(), 0, view);
      assert.ok((await frame.locator('#embed').locator('[part="title"], [part="caption"]').count()) > 0, view);
      await expectSafe(frame, view);
    }
    assert.deepEqual(problems, []);
  });

  it('in a sandboxed iframe without allow-same-origin: the checklist renders, takes a rating by click, and says it cannot save', async () => {
    const { page, problems } = await site.open('/page/sandboxed.html', { initScripts: [INIT_SCRIPT] });
    const frame = await (await page.waitForSelector('#embed'))!.contentFrame();
    assert.ok(frame);
    await frame.waitForURL(/\/embed\.html\?/);
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
  });
});
