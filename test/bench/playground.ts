// `npm run bench:playground`: how the playground keeps up with typing in a 500-item ladder. Builds,
// serves dist/ on loopback and types into the editor in headless Chromium (playwright-core), one view
// at a time. Prints medians: the keystroke's own latency (Event Timing: input delay + handlers + next
// paint) and keystroke → preview rendered (the page's `playground:edit-to-preview` measure, which
// includes its 250 ms debounce). Never fails on a timing.
import { launchChromium } from '../support/browser.js';
import { startStaticServer } from '../support/static-server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SECTIONS = ['Craft', 'Impact', 'Collaboration', 'Red flags'];

/** 6 levels × 4 sections × 21 items = 504 items, each "Same as" the one before. */
function bigLadder(): string {
  const out = ['# Benchmark ladder', '', 'A generated ladder of 504 items.', ''];
  for (let l = 1; l <= 6; l++) {
    out.push(`## Engineer L${l}`, `> What level ${l} is about, in one sentence that wraps a little.`, '');
    if (l > 1) out.push(`*Same as L${l - 1} and…*`, '');
    for (const s of SECTIONS) {
      out.push(`### ${s}`);
      for (let i = 0; i < 21; i++)
        out.push(`* ${s} expectation ${i} at level ${l}: does **this** well, with [a link](https://example.com/${l}/${i}) and care`);
      out.push('');
    }
  }
  return out.join('\n');
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[s.length >> 1] as number) : Number.NaN;
};

const server = await startStaticServer({ root: 'dist' });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const text = bigLadder();
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key as string, value as string);
        sessionStorage.setItem('seeded', '1');
      }
      (window as unknown as { __events: number[] }).__events = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (e.name === 'keydown') (window as unknown as { __events: number[] }).__events.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    },
    [
      'ladder-elements:playground',
      JSON.stringify({ version: 1, files: [{ path: 'bench.md', text }], active: 0, name: 'bench', id: '', cumulative: false }),
    ],
  );
  await page.goto(`${server.origin}/playground.html`);
  await page.locator('#preview-card [part="title"]', { hasText: 'Engineer L1' }).waitFor({ timeout: 30_000 });
  console.log(`playground, ${text.length} characters, 504 items; ${RUNS} keystrokes per view (medians)`);
  for (const view of ['card', 'compare', 'checklist']) {
    await page.locator(`input[name="view"][value="${view}"]`).check();
    await page.locator('#editor .cm-line', { hasText: 'Craft expectation 3 at level 1' }).click();
    await page.keyboard.press('End');
    await page.evaluate(() => {
      performance.clearMeasures('playground:edit-to-preview');
      (window as unknown as { __events: number[] }).__events = [];
    });
    for (let i = 0; i < RUNS; i++) {
      const before = await page.evaluate(() => performance.getEntriesByName('playground:edit-to-preview').length);
      await page.keyboard.type(i % 2 ? '\b' : 'x');
      await page.waitForFunction((n) => performance.getEntriesByName('playground:edit-to-preview').length > n, before, { timeout: 30_000 });
    }
    const { toPreview, slowKeys } = await page.evaluate(() => ({
      toPreview: performance.getEntriesByName('playground:edit-to-preview').map((e) => e.duration),
      slowKeys: (window as unknown as { __events: number[] }).__events,
    }));
    const keys = `${slowKeys.length}/${RUNS} keystrokes over 16 ms${slowKeys.length ? ` (median of those ${median(slowKeys).toFixed(0)} ms)` : ''}`;
    console.log(`  ${view.padEnd(9)} keystroke → preview ${median(toPreview).toFixed(0)} ms (250 ms of it debounce); ${keys}`);
    // Typing on while previews render: 40 characters, one every 120 ms (a steady typist), pauses included.
    await page.evaluate(() => {
      (window as unknown as { __events: number[] }).__events = [];
    });
    for (let i = 0; i < 40; i++) {
      await page.keyboard.type(i % 2 ? '\b' : 'y');
      await page.waitForTimeout(i % 10 === 9 ? 400 : 120);
    }
    const burst = await page.evaluate(() => (window as unknown as { __events: number[] }).__events);
    console.log(
      `  ${''.padEnd(9)} typing on: ${burst.length}/40 keystrokes over 16 ms${burst.length ? `, slowest ${Math.max(...burst).toFixed(0)} ms` : ''}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
