// The checklist's stores and its guard as real pages meet them, against the built dist/ in Chromium
// (playwright-core) and the ratings protocol (test/support/ratings-server.mjs) answered by the static
// server of test/support/browser.ts, which also serves dist/ and the host pages. One server answers
// as two sites: host pages come from http://localhost:<port>, the embed and its store from
// http://127.0.0.1:<port>, so the embed is a cross-site (third-party) frame. Needs `npm run build`
// first (npm test does it).
//
// - A cross-site frame where the browser blocks third-party storage: a Chromium profile with "Block
//   third-party cookies" (cookie_controls_mode 1), which also denies the frame localStorage (the test
//   checks that it throws). The checklist with store-url still saves to the server.
// - Two browsers (two contexts) rating different items of one file: both end up saved.
// - A tab closed while the server fails: the write-ahead copy is sent by the next page.
// - Clickjacking: an invisible cross-site frame, or one with a decoy over its button, completes no destructive action, by
//   mouse or keyboard (IntersectionObserver v2); where the browser cannot tell, the button is placed
//   afresh each time and a click counts only after the pointer moved onto it.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { launchChromiumWithProfile, useBrowser } from '../support/browser.js';
import { countRated, ratingsProtocol } from '../support/ratings-server.mjs';

const DIST = 'dist';
const ratings = ratingsProtocol();
let site: ReturnType<typeof useBrowser>;
let embedOrigin = ''; // 127.0.0.1: the embed and its store
let hostOrigin = ''; // localhost: the pages that frame it
let counter = 0;

const enc = encodeURIComponent;
const newPath = () => `/ratings/e2e-${Date.now()}-${counter++}`;
const embedUrl = (storePath?: string) =>
  `${embedOrigin}/embed.html?view=checklist&level=L1${storePath ? `&store-url=${enc(embedOrigin + storePath)}` : ''}`;
const control = async (what: string, body?: unknown) =>
  (await fetch(`${embedOrigin}/__control/${what}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) })).json();
const serverFile = async (path: string) => (await control(`file?path=${enc(path)}`)).file;

/** A host page framing the embed; `style` goes on the iframe. */
function hostPage(name: string, src: string, style = ''): string {
  site.server.routes.set(`/page/${name}.html`, {
    body: `<!doctype html><html lang="en"><head><title>${name}</title>
    <style>body { margin: 0 } iframe { border: 0; position: absolute; top: 0; left: 0; ${style} }
    .cover { position: absolute; background: #fc0; pointer-events: none }</style></head>
    <body><iframe title="Checklist" src="${src}" width="900" height="1400"></iframe></body></html>`,
  });
  return `${hostOrigin}/page/${name}.html`;
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** The frame showing the embed (or the page itself), once its checklist has rendered. */
async function checklistIn(page: Page): Promise<Frame> {
  const frame = page.frames().find((f) => f.url().includes('/embed.html')) ?? page.mainFrame();
  await frame.waitForFunction(() => !!document.querySelector('ladder-checklist')?.shadowRoot?.querySelector('[part~="item"]'), undefined, {
    timeout: 15_000,
  });
  return frame;
}

const waitSaved = (frame: Frame) =>
  frame.waitForFunction(
    () => (document.querySelector('ladder-checklist') as unknown as { saveState: string }).saveState === 'saved',
    undefined,
    {
      timeout: 15_000,
    },
  );
const itemIds = (frame: Frame) =>
  frame.evaluate(() =>
    [...document.querySelector('ladder-checklist')!.shadowRoot!.querySelectorAll('[part~="item"]')]
      .filter((row) => row.querySelector('input[type="radio"]'))
      .map((row) => row.id.slice('item-'.length)),
  );
const held = (frame: Frame) =>
  frame.evaluate(
    () => Object.keys(JSON.parse((document.querySelector('ladder-checklist') as unknown as { value: string }).value).ratings).length,
  );

/** A real click on the item's choice (playwright's locators reach into the shadow root). */
const rate = (frame: Frame, id: string, value = 'sometimes') =>
  frame.locator(`ladder-checklist [id="item-${id}"] label:has(input[value="${value}"])`).click();
/** Setting up (not under test): a rating made from code, without the pointer. */
const rateFromCode = (frame: Frame, id: string) =>
  frame.evaluate((id) => {
    const input = document
      .querySelector('ladder-checklist')!
      .shadowRoot!.querySelector<HTMLInputElement>(`[id="item-${id}"] input[value="sometimes"]`)!;
    input.click();
  }, id);
const buttonIn = (frame: Frame, name: string) => frame.locator(`ladder-checklist button:text-is("${name}")`);
/** The centre of a button in page coordinates (scrolled into view first). */
async function centre(frame: Frame, name: string): Promise<[number, number]> {
  await buttonIn(frame, name).scrollIntoViewIfNeeded();
  const box = await buttonIn(frame, name).boundingBox();
  assert.ok(box, `no box for "${name}"`);
  return [box.x + box.width / 2, box.y + box.height / 2];
}
const hint = (frame: Frame) =>
  frame.evaluate(() => document.querySelector('ladder-checklist')!.shadowRoot!.querySelector('.confirm-hint')?.textContent?.trim() ?? '');
const armed = (frame: Frame) =>
  frame.waitForFunction(
    () => document.querySelector('ladder-checklist')!.shadowRoot!.querySelector<HTMLElement>('.confirm-yes')?.dataset.armed === 'true',
  );

describe('stores and the guard in real pages', { skip: !existsSync(join(DIST, 'embed.html')) && 'run `npm run build` first' }, () => {
  site = useBrowser({ root: DIST, handler: ratings.handle, headers: { 'access-control-allow-origin': '*' } });
  before(() => {
    embedOrigin = site.origin;
    hostOrigin = site.otherOrigin;
  });
  after(() => ratings.stop());

  it('a cross-site frame with third-party storage blocked still saves to the server', { timeout: 60_000 }, async () => {
    const profile = mkdtempSync(join(tmpdir(), 'ladder-3p-'));
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 1 } }));
    const context = await launchChromiumWithProfile(profile);
    try {
      const path = newPath();
      const page = await open(context, hostPage('third-party', embedUrl(path)));
      const frame = await checklistIn(page);
      const storage = await frame.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (e) {
          return (e as Error).name;
        }
      });
      assert.equal(storage, 'SecurityError', 'the frame must be denied localStorage for this test to mean anything');
      await waitSaved(frame);
      const ids = (await itemIds(frame)).slice(0, 3);
      for (const id of ids) await rate(frame, id, 'consistently');
      await waitSaved(frame);
      const file = await serverFile(path);
      assert.equal(countRated(file), 3);
      const shown = await frame.evaluate(
        () => document.querySelector('ladder-checklist')!.shadowRoot!.querySelector('[part="save-state"]')!.textContent,
      );
      assert.match(shown ?? '', new RegExp(`Saves to ${embedOrigin}${path}:\\s+Saved`));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('two browsers rating different items of one file: both end up saved', { timeout: 60_000 }, async () => {
    const path = newPath();
    const [a, b] = [await site.browser.newContext(), await site.browser.newContext()];
    try {
      const [pa, pb] = [await open(a, embedUrl(path)), await open(b, embedUrl(path))];
      const [fa, fb] = [await checklistIn(pa), await checklistIn(pb)];
      await Promise.all([waitSaved(fa), waitSaved(fb)]);
      const ids = await itemIds(fa);
      for (let i = 0; i < 5; i++) {
        await rate(fa, ids[i]!);
        await rate(fb, ids[i + 5]!, 'consistently');
      }
      await Promise.all([waitSaved(fa), waitSaved(fb)]);
      assert.equal(countRated(await serverFile(path)), 10);
      const log = (await control('log')).filter((e: { path: string }) => e.path === path);
      assert.ok(
        log.some((e: { status: number }) => e.status === 412),
        'the two wrote over each other at least once',
      );
      await pa.reload();
      const again = await checklistIn(pa);
      await waitSaved(again);
      assert.equal(await held(again), 10);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('a tab closed while the server fails: its changes are kept in the browser and sent by the next page; offline and back', {
    timeout: 60_000,
  }, async () => {
    const path = newPath();
    const context = await site.browser.newContext();
    try {
      const first = await open(context, embedUrl(path));
      let frame = await checklistIn(first);
      await waitSaved(frame);
      await control('fault', { kind: 'status', status: 500, times: 1000 });
      const ids = await itemIds(frame);
      for (const id of ids.slice(0, 3)) await rate(frame, id);
      await frame.waitForFunction(
        () => (document.querySelector('ladder-checklist') as unknown as { saveState: string }).saveState === 'pending',
      );
      const kept = await first.evaluate((key) => localStorage.getItem(key), `ladder-elements:pending:http:${embedOrigin}${path}`);
      assert.equal(Object.keys(JSON.parse(kept ?? '{}').ratings ?? {}).length, 3);
      await first.close();
      await control('clear-faults', {});
      assert.equal(countRated(await serverFile(path)), 0);

      const second = await open(context, embedUrl(path));
      frame = await checklistIn(second);
      await waitSaved(frame);
      assert.equal(countRated(await serverFile(path)), 3);
      assert.equal(await second.evaluate((key) => localStorage.getItem(key), `ladder-elements:pending:http:${embedOrigin}${path}`), null);

      await context.setOffline(true);
      for (const id of ids.slice(3, 5)) await rate(frame, id);
      await frame.waitForFunction(
        () => (document.querySelector('ladder-checklist') as unknown as { saveState: string }).saveState === 'pending',
      );
      await context.setOffline(false);
      await waitSaved(frame);
      assert.equal(countRated(await serverFile(path)), 5);

      // embed.html names a store-url it may not use, and shows nothing else.
      const wrong = await open(context, `${embedOrigin}/embed.html?view=checklist&level=L1&store-url=${enc('http://example.com/r')}`);
      await wrong.waitForSelector('.embed-error');
      assert.match((await wrong.textContent('.embed-error')) ?? '', /"store-url" cannot be used: it must be an https: URL/);
    } finally {
      await context.close();
    }
  });

  it('hostile store-url values are named as problems, as text; a hostile but usable one is shown as text', {
    timeout: 60_000,
  }, async () => {
    const context = await site.browser.newContext();
    await context.addInitScript('window.__xssHit = () => { window.__xss = 1; }; window.alert = window.__xssHit;');
    try {
      const payloads = [...new Set(XSS_PAYLOADS.map((p) => p.payload))];
      // What may be used: https:, or http: on the embed's origin (a relative URL resolves there), no credentials.
      const usable = (p: string) => {
        if (!URL.canParse(p, `${embedOrigin}/embed.html`)) return false;
        const url = new URL(p, `${embedOrigin}/embed.html`);
        return !url.username && !url.password && (url.protocol === 'https:' || url.origin === embedOrigin);
      };
      const page = await context.newPage();
      // As many payloads per page as a URL the server takes (16 KB of headers) holds.
      for (let i = 0; i < payloads.length; ) {
        const chunk: string[] = [];
        let length = 0;
        while (i < payloads.length && length < 13_000) {
          chunk.push(payloads[i]!);
          length += enc(payloads[i++]!).length + 11;
        }
        await page.goto(`${embedOrigin}/embed.html?view=checklist&level=L1&${chunk.map((p) => `store-url=${enc(p)}`).join('&')}`);
        // The problems, or, when every value of the chunk may be used, the checklist.
        await page.waitForSelector('.embed-error, ladder-checklist');
        const items = await page.locator('.embed-error li').allTextContents();
        for (const p of chunk) {
          const named = items.some((t) => t.startsWith('"store-url" cannot be used: ') && t.endsWith(`(it is "${p}").`));
          assert.equal(named, !usable(p), JSON.stringify(p));
        }
        assert.equal(await page.evaluate(() => (window as { __xss?: unknown }).__xss ?? null), null);
      }
      const hostile = `https://x.example/"><img src=x onerror=__xssHit()>?q=<script>__xssHit()</script>`;
      await page.goto(`${embedOrigin}/embed.html?view=checklist&level=L1&store-url=${enc(hostile)}`);
      const frame = await checklistIn(page);
      const found = await frame.evaluate(() => {
        const root = document.querySelector('ladder-checklist')!.shadowRoot!;
        return {
          text: root.querySelector('[part="save-state"] .save-location')?.textContent ?? '',
          unsafe: root.querySelectorAll('img, script, [onerror]').length,
          xss: (window as { __xss?: unknown }).__xss ?? null,
        };
      });
      assert.equal(found.text, `Saves to ${new URL(hostile).href}:`);
      assert.deepEqual([found.unsafe, found.xss], [0, null]);
    } finally {
      await context.close();
    }
  });

  /** Rates one item, then asks to reset with a real click on "Reset"; returns the confirming button's centre. */
  async function askReset(page: Page, frame: Frame): Promise<[number, number]> {
    const [x, y] = await centre(frame, 'Reset');
    await page.mouse.click(x, y);
    await buttonIn(frame, 'Clear ratings').waitFor();
    return centre(frame, 'Clear ratings');
  }

  // Opacity 0.01 rather than 0: as invisible to a person, but Chromium renders a frame at opacity 0 (or
  // covered whole) at one frame a second while it tracks its visibility, which only makes a test slow.
  it('a nearly invisible cross-site frame, or a decoy over its button, clears nothing, by mouse or keyboard; visible, it does', {
    timeout: 60_000,
  }, async () => {
    const context = await site.browser.newContext();
    try {
      for (const [name, style] of [
        ['invisible', 'opacity: 0.01'],
        ['decoy', ''],
      ] as const) {
        const page = await open(context, hostPage(name, embedUrl(), style));
        const frame = await checklistIn(page);
        const [id] = await itemIds(frame);
        await rateFromCode(frame, id!);
        const [x, y] = await askReset(page, frame);
        if (name === 'decoy') {
          // The attacker's "Play" button over "Clear ratings", letting clicks through to it.
          await page.evaluate(
            ([x, y]: [number, number]) => {
              const decoy = Object.assign(document.createElement('div'), { className: 'cover', textContent: 'Play' });
              Object.assign(decoy.style, { left: `${x - 60}px`, top: `${y - 20}px`, width: '120px', height: '40px' });
              document.body.append(decoy);
            },
            [x, y] as [number, number],
          );
        }
        // The person moves onto the decoy, and clicks: the pointer did move onto the button.
        await page.mouse.move(x - 20, y);
        await page.mouse.move(x, y + 2, { steps: 2 });
        await page.mouse.down();
        await page.mouse.up();
        assert.equal(await held(frame), 1, `${name}: a click`);
        assert.match(await hint(frame), /not fully visible on the page/);
        await page.keyboard.press('Enter'); // the focused confirming button, from the keyboard
        assert.equal(await held(frame), 1, `${name}: Enter`);
        await page.evaluate(() => {
          document.querySelector('iframe')!.style.opacity = '1';
          document.querySelector('.cover')?.remove();
        });
        await page.mouse.move(x - 10, y);
        await page.mouse.move(x, y, { steps: 2 });
        await armed(frame);
        await page.mouse.down();
        await page.mouse.up();
        await frame.waitForFunction(() => !document.querySelector('ladder-checklist')!.shadowRoot!.querySelector('.confirm-yes'));
        assert.equal(await held(frame), 0, `${name}: visible`);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('where the browser cannot report visibility: the button is placed afresh each time, and a click counts only after moving onto it', {
    timeout: 60_000,
  }, async () => {
    const context = await site.browser.newContext();
    // A browser without IntersectionObserver v2 (Firefox, Safari): no isVisible on the entries. The
    // random place is drawn from crypto.getRandomValues, made to count 0, 1, 2, … here so that four
    // questions must show four places (with real randomness the test could not be sure to see two).
    await context.addInitScript(() => {
      delete (IntersectionObserverEntry.prototype as { isVisible?: boolean }).isVisible;
      let n = 0;
      crypto.getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
        if (array instanceof Uint8Array) array.fill(n++);
        return array;
      };
    });
    try {
      const page = await open(context, hostPage('no-visibility', embedUrl()));
      const frame = await checklistIn(page);
      const [id] = await itemIds(frame);
      await rate(frame, id!);
      const places = new Set<string>();
      for (let i = 0; i < 4; i++) {
        places.add((await askReset(page, frame)).map(Math.round).join(','));
        await buttonIn(frame, 'Cancel').click();
      }
      assert.equal(places.size, 4, `the button's places: ${[...places].join(' ')}`);
      // A blind click where the button is: one pointer position on it, no movement over it.
      const [x, y] = await askReset(page, frame);
      await page.mouse.click(x, y);
      assert.equal(await held(frame), 1);
      assert.equal(await hint(frame), 'To confirm, move the pointer onto “Clear ratings”, then click it.');
      await page.mouse.move(x - 10, y, { steps: 3 });
      await page.mouse.move(x, y, { steps: 3 });
      await armed(frame);
      await page.mouse.down();
      await page.mouse.up();
      await frame.waitForFunction(() => !document.querySelector('ladder-checklist')!.shadowRoot!.querySelector('.confirm-yes'));
      assert.equal(await held(frame), 0);
    } finally {
      await context.close();
    }
  });
});
