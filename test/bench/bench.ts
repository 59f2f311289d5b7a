// `npm run bench`: the weight and speed targets of issue 20 (and the scale bounds of issue 19 item 11),
// measured on the built drop-in in headless Chromium (playwright-core, the system browser). Prints
// each figure against its limit; ratios compare timings taken side by side in the same run. Never
// fails on a timing (only on a broken setup). `npm run bench` builds first.
import { existsSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { Ladder } from '../../src/model/types.js';
import { bigLadder } from './big-ladder.js';
import { type DistServer, distFile, launchChromium, serveDist } from './dist-server.js';
import { gzipSize, gzipTargets, kb, PAGE_KINDS, weightVerdict } from './page-weight.js';
import { weighPage } from './weigh-page.js';
import { IN_PAGE } from './in-page.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
/** A build before the autoloader (one file, no chunks): measured the same way for the "before" figures. */
const OLD_BUILD = !existsSync('dist/chunks');
/** Ladders as `ladder build --precompile` writes them (a build before it takes them as they are). */
const precompileLadder: (ladder: Ladder) => Ladder = OLD_BUILD
  ? (ladder) => ladder
  : (await import('../../src/markdown/precompile.js')).precompileLadder;
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15);
/** BENCH_ONLY=cold,filter runs only those (weight, cold, warm, filter, click, first, scale, memory). */
const ONLY = process.env.BENCH_ONLY?.split(',');
const runs = (name: string) => !ONLY || ONLY.includes(name);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/ladder-elements.js"></script></head><body><main id="stage"></main></body></html>`;

type Row = [string, string, string, string];
const rows: Row[] = [];
const widths = [64, 60, 26, 8];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' ');
/** Records a figure and prints it at once (a later benchmark may take long, or fail). */
function report(row: Row): void {
  rows.push(row);
  console.log(line(row));
}
const ms = (t: number) => `${t.toFixed(1)} ms`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

/** A page of the bench server with the drop-in loaded and the elements `tags` defined. */
async function benchPage(context: BrowserContext, server: DistServer, tags: string[]): Promise<Page> {
  const page = await context.newPage();
  // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to page.evaluate need it.
  const chunk = existsSync('dist/chunks') ? readdirSync('dist/chunks').find((f) => f.startsWith('engineering-')) : undefined;
  await page.addInitScript(
    `window.__name = (f) => f;\nwindow.__bundledLadderChunk = ${JSON.stringify(chunk ? `/chunks/${chunk}` : '')};\n${IN_PAGE}`,
  );
  await page.goto(`${server.origin}/bench.html`);
  await page.evaluate(async (names) => {
    const { discover } = (await import('/ladder-elements.js' as string)) as { discover?: (root: ParentNode) => Promise<void> };
    const probe = document.createElement('template');
    probe.innerHTML = names.map((n) => `<${n}></${n}>`).join('');
    // A build before the autoloader defined every element when it loaded.
    if (discover) await discover(probe.content);
    await Promise.all(names.map((n) => customElements.whenDefined(n)));
  }, tags);
  return page;
}

/**
 * Samples of one action in a page: the main thread's CPU time (thread ticks, from the DevTools
 * protocol: less disturbed by a busy machine than the clock) less that of an empty round trip, and
 * the wall time measured in the page. `action` runs in the page with `arg`, after a frame with nothing
 * pending, and is timed until its promise settles and layout is done.
 */
class Sampler {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly overhead: number,
  ) {}

  static async open(page: Page): Promise<Sampler> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const probe = new Sampler(page, cdp, 0);
    const empty: number[] = [];
    for (let i = 0; i < 9; i++) empty.push((await probe.one(async () => undefined, undefined)).cpu);
    return new Sampler(page, cdp, median(empty));
  }

  private async taskTime(): Promise<number> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  }

  async one<A>(action: (arg: A, i: number) => Promise<unknown>, arg: A, i = 0): Promise<{ cpu: number; wall: number }> {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    // The action goes to the page as source (playwright evaluates a string as an expression).
    await this.page.evaluate(`window.__action = ${action.toString()}`);
    const before = await this.taskTime();
    const wall = await this.page.evaluate(
      async ({ arg, i }) => {
        const act = (window as unknown as { __action: (a: unknown, i: number) => Promise<unknown> }).__action;
        const t0 = performance.now();
        await act(arg, i);
        void document.body.offsetHeight;
        return performance.now() - t0;
      },
      { arg, i },
    );
    // What the action leaves for the next frames (content-visibility's second layout, paint) is its
    // work too: counted always, not only when a frame happened to fall before the reading.
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))));
    return { cpu: Math.max(0, (await this.taskTime()) - before - this.overhead), wall };
  }

  /** Medians of `runs` samples. */
  async median<A>(runs: number, action: (arg: A, i: number) => Promise<unknown>, arg: A): Promise<{ cpu: number; wall: number }> {
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = await this.one(action, arg, i);
      cpu.push(s.cpu);
      wall.push(s.wall);
    }
    return { cpu: median(cpu), wall: median(wall) };
  }

  close(): Promise<void> {
    return this.cdp.detach();
  }
}

const cpuWall = (s: { cpu: number; wall: number }) => `${ms(s.cpu)} CPU (${ms(s.wall)} wall)`;

/* ------------------------------------------------------------------------------- weight */

async function weights(browser: Browser, server: DistServer): Promise<void> {
  if (OLD_BUILD) {
    report(['weight: every page (one file)', kb(gzipSize(distFile('ladder-elements.js'))), '', '']);
    return;
  }
  for (const kind of PAGE_KINDS) {
    const own = await weighPage(browser, server, kind.tags, '/acme.json');
    const bundled = await weighPage(browser, server, kind.tags, '');
    report([
      `weight: ${kind.label} (own ladder by src)`,
      `${kb(own.bytes)} (${own.files.length} files; with the bundled example ladder ${kb(bundled.bytes)}) — ${weightVerdict(kind.key, own.bytes)}`,
      `≤ ${kb(gzipTargets[kind.key]!)}`,
      verdict(own.bytes <= gzipTargets[kind.key]!),
    ]);
  }
}

/* ------------------------------------------------------------------------ first render */

const COMPARE = { tag: 'ladder-compare', attrs: { mode: 'cumulative' } };

/** The static limit's markup: the element's final DOM and styles as declarative shadow DOM. */
async function staticMarkup(page: Page): Promise<string> {
  return page.evaluate(async ({ tag, attrs }) => {
    const el = await window.__bench.render(tag, attrs);
    const html = window.__bench.staticHtml(el);
    window.__bench.stage().replaceChildren();
    return html;
  }, COMPARE);
}

/** Cold: a fresh browser context per sample (no HTTP or code cache, nothing rendered before). */
async function coldRender(browser: Browser, server: DistServer): Promise<void> {
  const warmup = await browser.newContext();
  const markup = await staticMarkup(await benchPage(warmup, server, [COMPARE.tag]));
  await warmup.close();
  const samples = { element: [] as { cpu: number; wall: number }[], static: [] as { cpu: number; wall: number }[] };
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const which of ['element', 'static'] as const) {
      const context = await browser.newContext();
      const page = await benchPage(context, server, [COMPARE.tag]);
      await page.evaluate(() => window.__bench.preloadBundledLadder());
      const sampler = await Sampler.open(page);
      samples[which].push(
        which === 'element'
          ? await sampler.one(({ tag, attrs }) => window.__bench.render(tag, attrs), COMPARE)
          : await sampler.one(async (html) => window.__bench.insertStatic(html), markup),
      );
      await context.close();
    }
  }
  const med = (which: 'element' | 'static', key: 'cpu' | 'wall') => median(samples[which].map((x) => x[key]));
  // Each element sample is taken right before a static one: the median of their ratios cancels the
  // machine's slower and faster stretches, which a ratio of the two medians does not.
  const paired = (key: 'cpu' | 'wall') => median(samples.element.map((e, i) => e[key] / samples.static[i]![key]));
  const ratio = paired('cpu');
  report([
    'cold first render: compare, cumulative, 5 levels',
    `${ms(med('element', 'cpu'))} vs static ${ms(med('static', 'cpu'))} CPU: ${ratio.toFixed(2)}× (wall ${paired('wall').toFixed(2)}×; medians of pairs)`,
    '≤ 1.30× (aim 1.15×)',
    verdict(ratio <= 1.3),
  ]);
}

/** Warm: one page, element and static markup inserted alternately. */
async function warmRender(page: Page, sampler: Sampler): Promise<void> {
  const markup = await staticMarkup(page);
  const element: number[] = [];
  const staticOnes: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const e = await sampler.one(({ tag, attrs }) => window.__bench.render(tag, attrs), COMPARE);
    const st = await sampler.one(async (html) => window.__bench.insertStatic(html), markup);
    if (i < 3) continue;
    element.push(e.cpu);
    staticOnes.push(st.cpu);
  }
  const ratio = median(element) / median(staticOnes);
  report([
    'warm render: compare, cumulative, 5 levels',
    `${ms(median(element))} vs static ${ms(median(staticOnes))} CPU: ${ratio.toFixed(2)}×`,
    '≤ 1.10×',
    verdict(ratio <= 1.1),
  ]);
}

/* ------------------------------------------------------------------------------- cliffs */

async function filterKeystroke(page: Page, sampler: Sampler, ladder: Ladder): Promise<void> {
  for (const mode of ['delta', 'cumulative']) {
    await page.evaluate(({ ladder, mode }) => window.__bench.render('ladder-compare', { mode }, ladder), { ladder, mode });
    const result = await sampler.median(
      RUNS,
      async (word: string, i: number) => {
        const el = window.__bench.stage().firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        const field = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
        field.value = word.slice(0, (i % word.length) + 1);
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      },
      'engineers',
    );
    report([`filter keystroke: compare, ${mode}, 5 levels × 1,000 items`, cpuWall(result), '≤ 50 ms', verdict(result.cpu <= 50)]);
  }
}

async function clickCost(page: Page, sampler: Sampler): Promise<void> {
  const perSize = new Map<number, { cpu: number; wall: number }>();
  for (const items of [50, 1000, 5000, 100_000]) {
    const ladder = precompileLadder(bigLadder({ levels: 1, sections: 1, itemsPerSection: items, itemLength: 120 }));
    await page.evaluate(async (ladder) => {
      localStorage.clear();
      const el = await window.__bench.render('ladder-checklist', { level: 'L1', 'storage-key': `bench-${Math.random()}` }, ladder);
      // The radios of the rows a reader sees, the first 40 (a list of 5,000 shows the same first rows as
      // one of 50), found once: looking them up among every row's is the benchmark's work, not the click's.
      // Rows keep their elements through a click (keyed), so these stay the ones on the page.
      (window as unknown as { __radios: HTMLInputElement[] }).__radios = [
        ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]'),
      ].slice(0, 160);
    }, ladder);
    perSize.set(
      items,
      await sampler.median(
        RUNS,
        async (_: null, i: number) => {
          const el = window.__bench.stage().firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          const radio = (window as unknown as { __radios: HTMLInputElement[] }).__radios[(i * 7) % 160]!;
          if (!radio.isConnected) throw new Error('the rows were rendered afresh: the click benchmark clicks radios no longer on the page');
          radio.click();
          await el.updateComplete;
        },
        null,
      ),
    );
  }
  const small = perSize.get(50)!;
  const large = perSize.get(5000)!;
  const ratio = large.cpu / small.cpu;
  report([
    'checklist click: 5,000 items vs 50',
    `${cpuWall(large)} vs ${cpuWall(small)}: ${ratio.toFixed(2)}× (1,000 items: ${ms(perSize.get(1000)!.cpu)}; 100,000: ${ms(perSize.get(100_000)!.cpu)})`,
    'the same (≤ 1.5×)',
    verdict(ratio <= 1.5),
  ]);
}

async function checklistFirstRender(page: Page, sampler: Sampler): Promise<void> {
  const ladder = precompileLadder(bigLadder({ levels: 1, sections: 4, itemsPerSection: 250, itemLength: 120 }));
  // Validated once (as a page does when it sets the same ladder on several elements): the render is measured.
  await page.evaluate((ladder) => window.__bench.render('ladder-checklist', { level: 'L1', 'storage-key': 'first' }, ladder), ladder);
  const result = await sampler.median(
    Math.min(RUNS, 11),
    (_: null, i: number) => {
      const ladder = (window.__bench.stage().firstElementChild as HTMLElement & { ladder: unknown }).ladder;
      return window.__bench.render('ladder-checklist', { level: 'L1', 'storage-key': `first-${i}` }, ladder);
    },
    null,
  );
  report(['checklist first render: 1,000 items', cpuWall(result), '≤ 300 ms', verdict(result.cpu <= 300)]);
}

/** 20 widgets of a kind on a fresh page, all with one `src`: requests of it, and heap per widget after the first. */
async function memoryPerWidget(browser: Browser, server: DistServer): Promise<void> {
  const widgets: [string, Record<string, string>][] = [
    ['ladder-level-card', { level: 'L4' }],
    ['ladder-compare', { levels: 'L3 L4' }],
    ['ladder-checklist', { level: 'L4' }],
  ];
  for (const [tag, attrs] of widgets) {
    const context = await browser.newContext();
    const page = await benchPage(context, server, [tag]);
    server.requests.length = 0;
    const perWidget = await page.evaluate(
      async ({ tag, attrs }) => {
        const b = window.__bench;
        await b.render(tag, { ...attrs, src: '/acme.json' }, undefined, true);
        const before = await b.heap();
        for (let i = 0; i < 19; i++) await b.render(tag, { ...attrs, src: '/acme.json', 'storage-key': `m${i}` }, undefined, true);
        return ((await b.heap()) - before) / 19;
      },
      { tag, attrs },
    );
    const requests = server.requests.filter((r) => r === '/acme.json').length;
    report([
      `memory: 20 × <${tag}> with one src`,
      `${(perWidget / 1024).toFixed(0)} KB heap per widget; ${requests} request(s) of the ladder`,
      'report; 1 request',
      '',
    ]);
    await context.close();
  }
}

/** Runs a benchmark that may take the page down (an unbounded render on an old build). */
async function survive(name: string, work: () => Promise<void>, minutes = 3): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      work(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`over ${minutes} minutes`)), minutes * 60_000))),
    ]);
  } catch (e) {
    report([name, `failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`, '', '']);
  } finally {
    clearTimeout(timer);
  }
}

async function cumulativeScale(page: Page, sampler: Sampler): Promise<void> {
  const chained = precompileLadder(bigLadder({ levels: 250, sections: 1, itemsPerSection: 20, itemLength: 40 }));
  await page.evaluate((ladder) => window.__bench.render('ladder-compare', { mode: 'delta' }, ladder), chained);
  const click = await sampler.one(async () => {
    const el = window.__bench.stage().firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="mode"]')[1]!.click();
    await el.updateComplete;
  }, null);
  const items = await page.evaluate(() => window.__bench.stage().firstElementChild!.shadowRoot!.querySelectorAll('[part~="item"]').length);
  report([
    '"Everything each level expects", 250 chained levels × 20 items (627,500 in full)',
    `${cpuWall(click)}, ${items} items rendered`,
    'bounded',
    '',
  ]);
}

async function checklistScale(page: Page, sampler: Sampler): Promise<void> {
  const huge = precompileLadder(bigLadder({ levels: 1, sections: 1, itemsPerSection: 100_000, itemLength: 40 }));
  // Handed to the page first: the measured action is the render, not the transfer of 100,000 items.
  await page.evaluate((ladder) => Object.assign(window, { __huge: ladder }), huge);
  const first = await sampler.one(
    () =>
      window.__bench.render('ladder-checklist', { level: 'L1', 'storage-key': 'huge' }, (window as unknown as { __huge: unknown }).__huge),
    null,
  );
  const rowsShown = await page.evaluate(
    () => window.__bench.stage().firstElementChild!.shadowRoot!.querySelectorAll('[part~="item"]').length,
  );
  report([
    'checklist with 100,000 items in one level (validation included)',
    `first render ${cpuWall(first)} (${rowsShown} rows)`,
    'bounded',
    '',
  ]);
}

async function main(): Promise<void> {
  const server = await serveDist();
  server.pages.set('/bench.html', { html: PAGE });
  server.files.set('/acme.json', {
    body: JSON.stringify(precompileLadder((await import('../../ladders/engineering.json', { with: { type: 'json' } })).default as Ladder)),
    type: 'application/json',
  });
  const browser = await launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
  try {
    console.log(
      `ladder-elements benchmarks — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Chromium headless; medians of ${RUNS} runs (${COLD_RUNS} cold)\n`,
    );
    console.log(line(['benchmark', 'result', 'limit', '']));
    if (runs('weight')) await weights(browser, server);
    if (runs('cold')) await coldRender(browser, server);
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await benchPage(context, server, ['ladder-compare', 'ladder-checklist', 'ladder-level-card']);
    const sampler = await Sampler.open(page);
    if (runs('warm')) await warmRender(page, sampler);
    if (runs('filter'))
      await filterKeystroke(page, sampler, precompileLadder(bigLadder({ levels: 5, sections: 4, itemsPerSection: 250, itemLength: 120 })));
    if (runs('click')) await clickCost(page, sampler);
    if (runs('first')) await checklistFirstRender(page, sampler);
    if (runs('scale')) {
      await survive('cumulative comparison of 250 chained levels', () => cumulativeScale(page, sampler));
      await survive('checklist with 100,000 items', () => checklistScale(page, sampler));
    }
    await context.close().catch(() => undefined);
    if (runs('memory')) await memoryPerWidget(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\n${line(['benchmark', 'result', 'limit', ''])}`);
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
