// Bounded work (issue 19 item 11): however large a ladder, an element renders what fits its budget
// (1,000 items, then "Show more"), and a click costs what it costs on a short list. The time bounds
// are generous: they catch the minutes an unbounded render takes, not a slow machine.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { bigLadder } from './bench/big-ladder.js';
import { $, $$, text } from './helpers.js';

type Shown = HTMLElement & { updateComplete: Promise<unknown> };

const oneHugeLevel = bigLadder({ levels: 1, sections: 1, itemsPerSection: 100_000, itemLength: 30 });

describe('bounded work', () => {
  it('<ladder-checklist>: 100,000 items in one level list 1,000 rows, and 100 clicks take seconds, not minutes', async function () {
    this.timeout(90_000);
    let started = performance.now();
    const el = await fixture<Shown>(
      html`<ladder-checklist .ladder=${oneHugeLevel} level="L1" storage-key=${`scale-${Date.now()}`}></ladder-checklist>`,
    );
    await el.updateComplete;
    expect(performance.now() - started).to.be.below(30_000);
    expect($$(el, '[part~="item"]').length).to.equal(1000);
    expect(text($(el, '[part~="show-more"]'))).to.equal('Showing 1,000 of 100,000 items. Show 1,000 more');
    started = performance.now();
    const radios = $$(el, 'input[type="radio"]') as HTMLInputElement[];
    for (let i = 0; i < 100; i++) {
      radios[i * 8 + 2]!.click();
      await el.updateComplete;
    }
    expect(performance.now() - started).to.be.below(20_000);
    // The counts moved by each click's difference are the counts of everything.
    expect(text($(el, '.overall p'))).to.equal('100 of 100000 expectations rated');
    ($(el, '[part~="show-more"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, '[part~="item"]').length).to.equal(2000);
  });

  it('<ladder-checklist>: rows in runs of 20, each but the last laid out only near the view; one list of every row (axe)', async () => {
    const ladder = bigLadder({ levels: 1, sections: 1, itemsPerSection: 45, itemLength: 30 });
    const el = await fixture<Shown>(
      html`<ladder-checklist .ladder=${ladder} level="L1" storage-key=${`runs-${Date.now()}`}></ladder-checklist>`,
    );
    await el.updateComplete;
    const runs = $$(el, '.items > .run');
    expect(runs.map((r) => r.querySelectorAll(':scope > [part~="item"]').length)).to.deep.equal([20, 20, 5]);
    // The browser weighs each content-visibility box against the view after every change: a few runs, not every row.
    expect(runs.map((r) => getComputedStyle(r).contentVisibility)).to.deep.equal(['auto', 'auto', 'visible']);
    expect(new Set($$(el, '[part~="item"]').map((r) => getComputedStyle(r).contentVisibility))).to.deep.equal(new Set(['visible']));
    // Every row a listitem of its list, the runs between them plain (axe: aria-required-parent, list).
    expect($(el, '.items').getAttribute('role')).to.equal('list');
    expect(runs.every((r) => !r.hasAttribute('role'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('<ladder-level-card>: a level of 100,000 items lists 1,000, then "Show more"', async function () {
    this.timeout(60_000);
    const started = performance.now();
    const el = await fixture<Shown>(html`<ladder-level-card .ladder=${oneHugeLevel} level="L1"></ladder-level-card>`);
    await el.updateComplete;
    expect(performance.now() - started).to.be.below(30_000);
    expect($$(el, '[part~="item"]').length).to.equal(1000);
    expect(text($(el, '[part~="show-more"]'))).to.equal('Showing 1,000 of 100,000 items. Show 1,000 more');
  });

  it('<ladder-compare>: "Everything each level expects" over 250 chained levels lists 1,000 of its items, each cell saying how many more', async function () {
    this.timeout(60_000);
    const chained = bigLadder({ levels: 250, sections: 1, itemsPerSection: 20, itemLength: 30 });
    const el = await fixture<Shown & { mode: string }>(html`<ladder-compare .ladder=${chained}></ladder-compare>`);
    await el.updateComplete;
    const started = performance.now();
    el.mode = 'cumulative';
    await el.updateComplete;
    expect(performance.now() - started).to.be.below(20_000);
    // 627,500 items in full; the first 100 levels side by side, 10 items in each cell.
    expect($$(el, '[part~="item"]').length).to.equal(1000);
    expect(text($(el, 'td[data-level="L100"] .more-in-cell'))).to.equal('… and 1,990 more');
    expect(text($(el, '.compare > p.muted'))).to.equal('Showing the first 100 of 250 levels: choose the levels to compare.');
    ($(el, '[part~="show-more"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($$(el, '[part~="item"]').length).to.equal(2000);
  });
});
