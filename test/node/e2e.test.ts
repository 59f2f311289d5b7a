// End to end: the built dist/ served on localhost and driven in Debian's Chromium with playwright-core,
// the way host pages will meet it — under a strict CSP, on a page with hostile CSS, and as an iframe
// that sizes itself. Twice loaded under Trusted Types: test/node/trusted-types.test.ts. Needs
// `npm run build` first (npm test does it).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser.js';
import type { Route } from '../support/static-server.js';

const STRICT_CSP = "default-src 'self'; object-src 'none'; base-uri 'none'";

const csp = (policy: string) => ({ 'content-security-policy': policy });

/** Test pages, with the CSP header to serve each with, and their assets. Scripts and styles are files, never inline. */
const ROUTES: Record<string, Route | string> = {
  '/page/strict-csp.html': {
    headers: csp(STRICT_CSP),
    body: `<!doctype html><html lang="en"><head><title>csp</title><script type="module" src="/ladder-elements.js"></script></head>
      <body><main><ladder-level-card level="L3" show-inherited></ladder-level-card></main></body></html>`,
  },
  '/page/review.html': {
    body: `<!doctype html><html lang="en"><head><title>review</title><script type="module" src="/ladder-elements.js"></script></head>
      <body><main><ladder-checklist level="L2" storage-key="e2e-review"></ladder-checklist><div id="later"></div></main></body></html>`,
  },
  '/page/hostile.html': {
    body: `<!doctype html><html lang="en"><head><title>hostile</title><link rel="stylesheet" href="/page/hostile.css">
      <script type="module" src="/ladder-elements.js"></script></head>
      <body><main><p id="page-text">Host text</p><button id="page-button">Host button</button>
      <ladder-level-card level="L4" theme="light"></ladder-level-card></main></body></html>`,
  },
  '/page/iframe.html': {
    headers: csp("default-src 'self'; frame-src 'self'"),
    body: `<!doctype html><html lang="en"><head><title>iframe host</title><script type="module" src="/embed-host.js"></script>
      <script type="module" src="/page/seen.js"></script></head>
      <body><main><iframe id="embed" title="Ladder" src="/embed.html?view=card&ladder=engineering&level=L4" width="600" height="150"></iframe>
      <iframe id="other" title="Other" src="/page/other.html" width="300" height="150"></iframe></main></body></html>`,
  },
  '/page/other.html': {
    body: `<!doctype html><html lang="en"><head><title>other</title><script type="module" src="/page/other.js"></script></head><body>other</body></html>`,
  },
  '/page/hostile.css': `
    html { font-size: 62.5%; }
    * { margin: 3px !important; padding: 7px; box-sizing: content-box; line-height: 3; font-size: 1.1rem; letter-spacing: 2px;
        text-transform: uppercase; color: lime; font-weight: 900; text-align: center; }
    table, td, th { border: 5px solid red; border-collapse: separate; }
    li { list-style: square; display: inline; }
    button { all: unset; background: red; font-size: 30px; }
    h1, h2, h3 { font-size: 5em; text-decoration: underline; }
    ladder-level-card { display: block; }`,
  // A same-origin iframe that is not a ladder embed tries to resize itself through the host script,
  // when the test says so (the host's listeners are surely there by then).
  '/page/other.js': `window.addEventListener('message', (e) => {
    if (e.data === 'forge') window.parent.postMessage({ type: 'ladder-elements:resize', height: 7 }, '*');
  });`,
  // Listens after embed-host.js (module scripts run in order, listeners fire in order): a message in
  // window.__seen has been through embed-host.js's listener already.
  '/page/seen.js': `window.__seen = []; window.addEventListener('message', (e) => window.__seen.push(e.data?.height));`,
};

/** Text of the card's title, waiting for it to render. */
async function cardTitle(page: Page, selector = 'ladder-level-card'): Promise<string> {
  const title = page.locator(`${selector} >> [part="title"]`).first();
  await title.waitFor({ timeout: 15_000 });
  return (await title.textContent())?.trim() ?? '';
}

describe('dist/ in a real browser', { skip: !existsSync('dist/ladder-elements.js') && 'run `npm run build` first' }, () => {
  const site = useBrowser({ root: 'dist', routes: ROUTES });

  it('loads <ladder-review> when one appears, not with the checklist (which shows one only on a click)', async () => {
    const { page, problems } = await site.open('/page/review.html');
    await page.locator('ladder-checklist >> [part~="title"]').waitFor({ timeout: 15_000 });
    const chunks = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => r.name)
          .filter((n) => n.includes('/chunks/review-')),
      );
    assert.deepEqual(await chunks(), []);
    await page.evaluate(() => {
      document.getElementById('later')!.innerHTML = '<ladder-review level="L2"></ladder-review>';
    });
    await page.locator('ladder-review >> [part~="actions"]').waitFor({ timeout: 15_000 });
    // The element's chunk, and the review model's (shared with a checklist's import question).
    assert.equal((await chunks()).length, 2);
    assert.deepEqual(problems, []);
  });

  it('loads the confirmation with the first question; offline, Reset says it cannot be confirmed and changes nothing', async () => {
    const { page, problems } = await site.open('/page/review.html');
    const checklist = page.locator('ladder-checklist');
    await checklist.locator('[part~="title"]').waitFor({ timeout: 15_000 });
    const guardChunks = () =>
      page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/chunks/confirm-panel-')).length);
    assert.equal(await guardChunks(), 0, 'the confirmation loaded before any question');
    await checklist.locator('input[type="radio"]').first().check();
    await page.route('**/chunks/confirm-panel-*.js', (route) => route.abort());
    await checklist.getByRole('button', { name: 'Reset', exact: true }).click();
    await checklist.locator('[part~="messages"]', { hasText: 'This cannot be confirmed right now' }).waitFor();
    assert.equal(await checklist.locator('[part~="confirm"]').count(), 0);
    assert.equal(await checklist.locator('input[type="radio"]:checked').count(), 1, 'the rating was kept');
    assert.ok(
      problems.some((p) => p.includes('could not load the confirmation')),
      problems.join('\n'),
    );
    problems.length = 0;
    await page.unroute('**/chunks/confirm-panel-*.js');
    await checklist.getByRole('button', { name: 'Reset', exact: true }).click();
    await checklist.locator('[part~="confirm"]', { hasText: 'Clear your ratings' }).waitFor();
    assert.deepEqual(problems, []);
  });

  it('renders the bundled ladder in its first render, with no "Loading…" flash; a slow chunk shows "Loading…", then the ladder', async () => {
    // Every shadow root's content as it changes: whether a loading message was ever shown, and when.
    const RECORD = `window.__statusAt = []; const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver(() => {
          if (root.querySelector('[part~="status"]')) window.__statusAt.push(performance.now());
        }).observe(root, { childList: true, subtree: true });
        return root;
      };`;
    const statusShown = async (delayMs: number) => {
      const { page, problems } = await site.newPage({ initScripts: [RECORD] });
      if (delayMs)
        await page.route('**/chunks/engineering-*.js', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, delayMs));
          await route.continue();
        });
      await page.goto(`${site.origin}/page/strict-csp.html`);
      assert.equal(await cardTitle(page), 'Engineer L3');
      assert.deepEqual(problems, []);
      return page.evaluate(() => (window as unknown as { __statusAt: number[] }).__statusAt.length);
    };
    assert.equal(await statusShown(0), 0, 'the card showed "Loading…" before the bundled ladder it had at hand');
    assert.ok((await statusShown(800)) > 0, 'a bundled ladder 0.8 s late: "Loading…" shows meanwhile');
  });

  it('works under a strict Content-Security-Policy', async () => {
    const { page, problems } = await site.open('/page/strict-csp.html');
    assert.equal(await cardTitle(page), 'Engineer L3');
    const inherited = await page.locator('ladder-level-card >> .inherited-group').count();
    assert.equal(inherited, 2);
    assert.deepEqual(problems, []);
  });

  it('looks right on a page with hostile global CSS, and leaks no CSS out', async () => {
    const { page, problems } = await site.open('/page/hostile.html');
    await cardTitle(page);
    const before = await page.evaluate(() => {
      const s = getComputedStyle(document.getElementById('page-text')!);
      return [s.fontSize, s.lineHeight, s.color, s.textTransform];
    });
    const styles = await page.evaluate(() => {
      const root = document.querySelector('ladder-level-card')!.shadowRoot!;
      const pick = (sel: string) => {
        const s = getComputedStyle(root.querySelector(sel)!);
        return {
          fontSize: s.fontSize,
          lineHeight: s.lineHeight,
          textTransform: s.textTransform,
          letterSpacing: s.letterSpacing,
          color: s.color,
          fontWeight: s.fontWeight,
          textAlign: s.textAlign,
          margin: s.marginTop,
          listStyle: s.listStyleType,
          display: s.display,
        };
      };
      return {
        title: pick('[part="title"]'),
        item: pick('[part="item"]'),
        text: pick('[part="item"] p'),
        toggle: pick('[part="inherited-toggle"]'),
      };
    });
    assert.deepEqual(styles.title, {
      fontSize: '22.4px',
      lineHeight: '28px',
      textTransform: 'none',
      letterSpacing: 'normal',
      color: 'rgb(29, 35, 48)',
      fontWeight: '700',
      textAlign: 'start',
      margin: '0px',
      listStyle: 'disc',
      display: 'block',
    });
    assert.equal(styles.text.fontSize, '16px');
    assert.equal(styles.text.lineHeight, '24px');
    assert.equal(styles.item.display, 'flex');
    assert.equal(styles.item.listStyle, 'none');
    assert.equal(styles.toggle.fontSize, '16px');
    assert.equal(styles.toggle.textTransform, 'none');
    // The page's own elements are untouched by the widget's styles.
    const after = await page.evaluate(() => {
      const s = getComputedStyle(document.getElementById('page-text')!);
      return [s.fontSize, s.lineHeight, s.color, s.textTransform];
    });
    assert.deepEqual(after, before);
    assert.deepEqual(before, ['11px', '33px', 'rgb(0, 255, 0)', 'uppercase']);
    assert.deepEqual(problems, []);
  });

  it('sizes the embed iframe from its resize messages and ignores forged ones', async () => {
    const { page, problems } = await site.open('/page/iframe.html');
    const frame = page.frameLocator('#embed');
    await frame.locator('ladder-level-card >> [part="title"]').waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => Number(document.getElementById('embed')!.getAttribute('height')) > 300, undefined, {
      timeout: 15_000,
    });
    const [height, content] = await Promise.all([
      page.evaluate(() => Number(document.getElementById('embed')!.getAttribute('height'))),
      page.frame({ url: /embed\.html/ })!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
    ]);
    assert.equal(height, content);
    // The host page forges a message itself (height 9), and the other iframe sends one (height 7)…
    await page.frame({ url: /other\.html/ })!.waitForLoadState();
    await page.evaluate(() => {
      window.postMessage({ type: 'ladder-elements:resize', height: 9 }, '*');
      (document.getElementById('other') as HTMLIFrameElement).contentWindow!.postMessage('forge', '*');
    });
    // …and once both have been handled, neither was applied.
    await page.waitForFunction(() => {
      const seen = (window as unknown as { __seen: unknown[] }).__seen;
      return seen.includes(7) && seen.includes(9);
    });
    assert.equal(await page.evaluate(() => document.getElementById('other')!.getAttribute('height')), '150');
    assert.equal(await page.evaluate(() => Number(document.getElementById('embed')!.getAttribute('height'))), content);
    assert.deepEqual(problems, []);
  });

  it('explains invalid embed parameters in plain words', async () => {
    const { page, problems } = await site.open('/embed.html?view=cards&level=L4');
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /"view" must be one of: card, compare, checklist \(it is "cards"\)\./);
    const second = await site.open('/embed.html?view=card&lvel=L4&theme=blue');
    const text = (await second.page.locator('[role="alert"]').textContent()) ?? '';
    // A parameter the view does not know is ignored (#17: link tools add utm_source and the like).
    assert.doesNotMatch(text, /lvel/);
    assert.match(text, /"theme" must be light or dark \(it is "blue"\)\./);
    assert.match(text, /view=card needs a level, e.g. &level=L4\./);
    assert.deepEqual([...problems, ...second.problems], []);
  });
});
