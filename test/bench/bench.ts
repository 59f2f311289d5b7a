// `npm run bench`: render benchmarks of the built drop-in file in headless Chromium (playwright-core
// driving the system Chromium). Prints medians and ratios measured in the same run; never fails on a
// timing (only on a broken setup). Run `npm run build` first (the script does).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from '../chromium.mjs';
import { bigLadder } from './big-ladder.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/ladder-elements.js"></script></head><body><main id="stage"></main></body></html>`;

let ladderRequests = 0;
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(PAGE);
  }
  if (path === '/ladder-elements.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    return res.end(readFileSync('dist/ladder-elements.js'));
  }
  if (path === '/engineering.json') {
    ladderRequests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end(readFileSync('ladders/engineering.json'));
  }
  res.writeHead(404);
  res.end();
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

/**
 * First render of an element against the static limit: the same final DOM and styles inserted as
 * declarative shadow DOM. Both are timed from insertion to a forced layout, alternating, in one page.
 */
async function renderVsStatic(
  page: Page,
  tag: string,
  attrs: Record<string, string>,
  ladder: unknown,
): Promise<{ element: number; staticHtml: number }> {
  return page.evaluate(
    async ({ tag, attrs, ladder, runs }) => {
      const stage = document.getElementById('stage')!;
      const make = () => {
        const el = document.createElement(tag) as HTMLElement & { ladder?: unknown; updateComplete: Promise<unknown> };
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        if (ladder) el.ladder = ladder;
        return el;
      };
      // One rendered copy gives the final DOM and styles for the static version.
      const sample = make();
      stage.replaceChildren(sample);
      await sample.updateComplete;
      const css = sample.shadowRoot!.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      const shadowHtml = sample.shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
      const staticHtml = `<${tag}-static><template shadowrootmode="open"><style>${css}</style>${shadowHtml}</template></${tag}-static>`;
      const times = { element: [] as number[], staticHtml: [] as number[] };
      for (let i = 0; i < runs + 3; i++) {
        stage.replaceChildren();
        await new Promise((r) => requestAnimationFrame(r));
        let t0 = performance.now();
        const el = make();
        stage.append(el);
        await el.updateComplete;
        void stage.offsetHeight;
        const tElement = performance.now() - t0;
        stage.replaceChildren();
        await new Promise((r) => requestAnimationFrame(r));
        t0 = performance.now();
        (stage as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(staticHtml);
        void stage.offsetHeight;
        const tStatic = performance.now() - t0;
        if (i >= 3) {
          times.element.push(tElement);
          times.staticHtml.push(tStatic);
        }
      }
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
      return { element: med(times.element), staticHtml: med(times.staticHtml) };
    },
    { tag, attrs, ladder, runs: RUNS },
  );
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to page.evaluate need it.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(origin);
  await page.waitForFunction(() => customElements.get('ladder-compare') && customElements.get('ladder-checklist'));
  const rows: string[][] = [];
  const big = bigLadder({ levels: 12, sections: 4, itemsPerSection: 30, itemLength: 300 });

  console.log(`ladder-elements benchmarks — ${RUNS} runs each, medians, Chromium headless\n`);

  // 1 and 2: first render of <ladder-compare mode="cumulative"> against the static-HTML limit.
  const all = await renderVsStatic(page, 'ladder-compare', { mode: 'cumulative' }, undefined);
  rows.push([
    '1. compare, cumulative, bundled ladder (5 levels)',
    fmt(all.element),
    fmt(all.staticHtml),
    `${(all.element / all.staticHtml).toFixed(2)}×`,
    '≤ 1.30×',
  ]);
  const large = await renderVsStatic(page, 'ladder-compare', { mode: 'cumulative' }, big);
  rows.push([
    '2. compare, cumulative, 12 levels × 4 × 30 items',
    fmt(large.element),
    fmt(large.staticHtml),
    `${(large.element / large.staticHtml).toFixed(2)}×`,
    '≤ 1.30×',
  ]);

  // 3: rating one item in a 300-item checklist: time to DOM updated, and which rows changed.
  const rating = await page.evaluate(
    async ({ ladder, runs }) => {
      const stage = document.getElementById('stage')!;
      localStorage.clear();
      const el = document.createElement('ladder-checklist') as HTMLElement & { ladder: unknown; updateComplete: Promise<unknown> };
      el.setAttribute('level', 'L10');
      el.setAttribute('storage-key', `bench-${Date.now()}`);
      el.ladder = ladder;
      stage.replaceChildren(el);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const groups = [...root.querySelectorAll('fieldset')];
      // Proof that unaffected rows are not re-rendered: count calls of the row template function
      // (guarded per row by the row's own rating), and rows whose DOM changed.
      const proto = Object.getPrototypeOf(el) as { renderRow: (...a: unknown[]) => unknown };
      const renderRow = proto.renderRow;
      let rowRenders = 0;
      proto.renderRow = function (this: unknown, ...a: unknown[]) {
        rowRenders++;
        return renderRow.apply(this, a);
      };
      const times: number[] = [];
      const touchedRows: number[] = [];
      const rendersPerRating: number[] = [];
      for (let i = 0; i < runs; i++) {
        const group = groups[(i * 7) % groups.length]!;
        const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
        const target = radios[i % 2 === 0 ? 2 : 0]!;
        const changed = new Set<Element>();
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            const node = r.target instanceof Element ? r.target : r.target.parentElement;
            const row = node?.closest('li[part~="item"]');
            if (row) changed.add(row);
          }
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        rowRenders = 0;
        const t0 = performance.now();
        target.click();
        await el.updateComplete;
        times.push(performance.now() - t0);
        rendersPerRating.push(rowRenders);
        await Promise.resolve();
        observer.takeRecords();
        observer.disconnect();
        touchedRows.push(changed.size);
      }
      proto.renderRow = renderRow;
      return { times, items: groups.length, maxRowsTouched: Math.max(...touchedRows), maxRowRenders: Math.max(...rendersPerRating) };
    },
    { ladder: bigLadder({ levels: 10, sections: 3, itemsPerSection: 10, itemLength: 120 }), runs: RUNS },
  );
  rows.push([
    `3. rate one item, ${rating.items}-item checklist`,
    fmt(median(rating.times)),
    '',
    `${rating.maxRowRenders} row render(s), ${rating.maxRowsTouched} row(s) mutated`,
    '< 2 ms, 1 row',
  ]);

  // 4: twenty elements from one src: requests, parses, memory per extra element (fresh page, heap after GC).
  ladderRequests = 0;
  const fresh = await browser.newPage();
  await fresh.addInitScript('window.__name = (f) => f');
  await fresh.goto(origin);
  await fresh.waitForFunction(() => customElements.get('ladder-level-card'));
  const shared = await fresh.evaluate(async () => {
    const stage = document.getElementById('stage')!;
    const heap = async () => {
      for (let i = 0; i < 3; i++) {
        (globalThis as { gc?: () => void }).gc?.();
        await new Promise((r) => setTimeout(r, 20));
      }
      return (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    };
    const add = async (n: number) => {
      const els = Array.from({ length: n }, (_, i) => {
        const el = document.createElement('ladder-level-card') as HTMLElement & {
          updateComplete: Promise<unknown>;
          resolvedLadder?: unknown;
        };
        el.setAttribute('src', '/engineering.json');
        el.setAttribute('level', `L${(i % 5) + 1}`);
        return el;
      });
      stage.append(...els);
      for (const el of els) {
        while (!el.resolvedLadder) await new Promise((r) => setTimeout(r, 5));
        await el.updateComplete;
      }
      return els;
    };
    const first = await add(1);
    const before = await heap();
    const more = await add(19);
    const after = await heap();
    const ladders = new Set([...first, ...more].map((e) => e.resolvedLadder));
    return { perElement: (after - before) / 19, distinctLadders: ladders.size };
  });
  rows.push([
    '4. 20 cards from one src',
    `${ladderRequests} request(s)`,
    `${shared.distinctLadders} parse(s)`,
    `${(shared.perElement / 1024).toFixed(0)} KB heap per extra card`,
    '1 request',
  ]);

  await browser.close();
  server.close();

  const widths = [52, 14, 14, 28, 16];
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' ');
  console.log(line(['benchmark', 'element', 'static limit', 'ratio / result', 'target']));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  server.close();
  process.exit(1);
});
