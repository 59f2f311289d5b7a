// Server-side rendering (src/ssr/render-element.ts, @lit-labs/ssr) as a reader meets it: every
// element's HTML parsed by Chromium with JavaScript off (declarative shadow DOM) shows the right
// text and checked states; with JavaScript on, @lit-labs/ssr-client hydrates that same DOM (no
// mismatch, no re-render), saved ratings and clicks then work. And `ladder render` writes that HTML.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { html } from 'lit';
import type { Page } from 'playwright-core';
import { ratingsStorageKey } from '../../src/data/stores/local-store.js';
import type { Ladder } from '../../src/model/types.js';
import { renderElementHtml, renderHtml } from '../../src/ssr/render-element.js';
import { useBrowser } from '../support/browser.js';
import { output } from './consumers-support.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const engineering = JSON.parse(readFileSync(join(ROOT, 'ladders/engineering.json'), 'utf8')) as Ladder;
const branching = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/test-ladder.json'), 'utf8')) as Ladder;
const built = (() => {
  try {
    return readFileSync(join(ROOT, 'dist/lib/define.js')).length > 0;
  } catch {
    return false;
  }
})();

/** The first L2 expectation's id, and the checklist's storage key: a saved rating the browser must show after hydration. */
const L2_ITEM = engineering.levels.find((l) => l.id === 'L2')!.items[engineering.sections.find((s) => s.kind === 'expectation')!.id]![0]!
  .id;
const STORAGE = ratingsStorageKey('engineering', 'ssr');

function pageHtml(): string {
  const card = renderElementHtml('ladder-level-card', { ladder: engineering, level: 'L4' });
  const compare = renderElementHtml('ladder-compare', { ladder: engineering, levels: 'L3 L4', mode: 'cumulative' });
  const checklist = renderElementHtml('ladder-checklist', { ladder: engineering, level: 'L2', storageKey: 'ssr' });
  const provided = renderHtml(
    html`<ladder-provider .ladder=${branching}><ladder-level-card level="IC4"></ladder-level-card></ladder-provider>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>
<div id="card">${card}</div><div id="compare">${compare}</div><div id="checklist">${checklist}</div><div id="provided">${provided}</div>
<script src="/mark.js"></script>
<script type="module" src="/hydrate.js"></script>
</body></html>`;
}

// Before the module script: remember server-rendered nodes, to check that hydration keeps them.
const MARK = `window.serverNodes = ['#card ladder-level-card', '#compare ladder-compare', '#checklist ladder-checklist']
  .map((s) => document.querySelector(s).shadowRoot.querySelector('.root'));
window.events = [];
for (const type of ['ladder-compare-change', 'ladder-rating-change']) addEventListener(type, (e) => events.push(type));`;

describe('server-side rendering', { skip: !built && 'run `npm run build` first' }, () => {
  let tmp: string;
  const site = useBrowser({});

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'ladder-ssr-'));
    // The hydration support first, then the provider's ladder (a property, set before upgrade), then the elements.
    writeFileSync(join(tmp, 'ladder.js'), `document.querySelector('ladder-provider').ladder = ${JSON.stringify(branching)};`);
    writeFileSync(
      join(tmp, 'entry.js'),
      `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './ladder.js';\nimport ${JSON.stringify(join(ROOT, 'dist/lib/define.js'))};\n`,
    );
    await build({
      entryPoints: [join(tmp, 'entry.js')],
      bundle: true,
      format: 'esm',
      outfile: join(tmp, 'hydrate.js'),
      nodePaths: [join(ROOT, 'node_modules')],
      logLevel: 'error',
    });
    site.server.routes.set('/ssr.html', { body: pageHtml() });
    site.server.routes.set('/mark.js', { body: MARK });
    site.server.routes.set('/hydrate.js', { body: readFileSync(join(tmp, 'hydrate.js'), 'utf8') });
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  /** Values of the checked inputs (level ids for the compare's checkboxes, labels for radios). */
  const checked = (page: Page, host: string) =>
    page
      .locator(`${host} input:checked`)
      .evaluateAll((inputs) => inputs.map((i) => (i.closest('label')?.textContent ?? '').trim().split(/\s+/)[0]));

  it('with JavaScript off: each element shows its text and the right checked states', async () => {
    const { page } = await site.open('/ssr.html', { context: { javaScriptEnabled: false } });
    assert.equal(await page.evaluate(() => typeof customElements.get('ladder-compare')), 'undefined', 'no script ran');
    assert.equal(await page.locator('#card [part~="title"]').textContent(), 'Engineer L4');
    assert.equal(await page.locator('#card [part~="inherited-toggle"]').getAttribute('aria-expanded'), 'false');
    // The compare: the cumulative mode and exactly L3 and L4 checked, two columns.
    assert.deepEqual(await checked(page, '#compare [part~="mode"]'), ['Everything']);
    assert.deepEqual(await checked(page, '#compare [part~="levels"]'), ['L3', 'L4']);
    assert.deepEqual(
      await page.locator('#compare th[part~="level-heading"]').evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.level)),
      ['L3', 'L4'],
    );
    assert.deepEqual(await page.locator('#compare option:checked').allTextContents(), ['L3 · Engineer L3']);
    // The checklist: nothing rated yet, nothing checked, and no storage warning (the server has no storage).
    assert.equal(await page.locator('#checklist [part~="title"]').count(), 1);
    assert.equal((await page.locator('#checklist input[type="radio"]').count()) > 20, true);
    assert.deepEqual(await checked(page, '#checklist'), []);
    assert.equal((await page.locator('#checklist [part~="messages"]').textContent())?.trim(), '');
    // The provider's ladder reached the card inside it on the server.
    assert.equal(await page.locator('#provided [part~="title"]').textContent(), 'Staff engineer');
  });

  it('with JavaScript on: hydrates the server DOM without a mismatch, then shows saved ratings and responds to clicks', async () => {
    const { page, problems } = await site.newPage();
    await page.addInitScript(
      ({ key, id }) => localStorage.setItem(key, JSON.stringify({ version: 1, ratings: { [id]: { value: 'sometimes', updatedAt: 1 } } })),
      { key: STORAGE, id: L2_ITEM },
    );
    await page.goto(`${site.origin}/ssr.html`);
    await page.waitForFunction(async () => {
      const els = [...document.querySelectorAll('ladder-level-card, ladder-compare, ladder-checklist, ladder-provider')];
      if (!els.every((el) => customElements.get(el.localName))) return false;
      for (let i = 0; i < 3; i++)
        await Promise.all(els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
      return true;
    });
    const kept = await page.evaluate(() =>
      ['#card ladder-level-card', '#compare ladder-compare', '#checklist ladder-checklist'].map(
        (s, i) =>
          document.querySelector(s)!.shadowRoot!.querySelector('.root') ===
          (window as unknown as { serverNodes: Element[] }).serverNodes[i],
      ),
    );
    assert.deepEqual(kept, [true, true, true], 'hydration adopts the server-rendered nodes instead of rendering new ones');
    // After hydration, the saved rating (browser only) shows.
    assert.equal(await page.locator(`#checklist [data-row="${L2_ITEM}"] input[value="sometimes"]`).isChecked(), true);
    assert.match((await page.locator('#checklist .overall p').textContent()) ?? '', /^1 of \d+/, 'the summary counts the saved rating');

    await page.locator('#card [part~="inherited-toggle"]').click();
    assert.equal(await page.locator('#card [part~="inherited-toggle"]').getAttribute('aria-expanded'), 'true');
    await page.locator('#compare [part~="levels"] label', { hasText: 'L5' }).locator('input').check();
    await page.locator('#compare th[part~="level-heading"]').nth(2).waitFor();
    await page.locator(`#checklist [data-row="${L2_ITEM}"] input[value="consistently"]`).check();
    assert.deepEqual(await page.evaluate(() => (window as unknown as { events: string[] }).events), [
      'ladder-compare-change',
      'ladder-rating-change',
    ]);
    assert.equal(await page.locator('#provided [part~="title"]').textContent(), 'Staff engineer');
    assert.deepEqual(
      problems.filter((p) => !p.includes('Lit is in dev mode')),
      [],
    );
  });

  it('`ladder render` writes an element as declarative shadow DOM, and refuses a level the ladder lacks', async () => {
    const cli = join(ROOT, 'dist/cli/ladder.js');
    const card = await output(process.execPath, [cli, 'render', 'card', '--level', 'L3', '--show-inherited'], ROOT);
    assert.equal(card.code, 0, card.out);
    assert.match(
      card.out,
      /^<!--lit-part [^>]+--><!--lit-node 0--><ladder-level-card[^>]* ladder="engineering" level="L3" show-inherited><template shadowroot="open" shadowrootmode="open"><style>/,
    );
    assert.match(card.out, />Engineer L3</);
    const unknown = await output(process.execPath, [cli, 'render', 'compare', '--levels', 'L3 L9'], ROOT);
    assert.deepEqual(
      [unknown.code, unknown.out.trim()],
      [1, '--levels: ladder "engineering" has no level "L9" (it has L1, L2, L3, L4, L5)'],
    );
    const usage = await output(process.execPath, [cli, 'render', 'checklist'], ROOT);
    assert.equal(usage.code, 2, usage.out);
  });
});
