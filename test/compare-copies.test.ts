// <ladder-compare> draws each item once and copies it into the columns where it repeats, marking a
// filter's matches on copies (src/elements/compare/item-nodes.ts). Whatever the order of changes
// (filter on, narrowed, off, on again, mode switched), the table is exactly what a fresh element with
// the same settings shows.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/compare/compare.js';
import type { LadderCompareElement } from '../src/elements/compare/compare.element.js';
import { branchingLadder } from './fixtures/ladders.js';
import { $ } from './helpers.js';

/** The table's items as markup, without Lit's comment markers. */
const table = (el: Element) => $(el, 'tbody').innerHTML.replace(/<!--[\s\S]*?-->/g, '');

async function fresh(mode: 'delta' | 'cumulative', filter: string): Promise<string> {
  const el = await fixture<LadderCompareElement>(
    html`<ladder-compare .ladder=${branchingLadder()} mode=${mode} .filter=${filter}></ladder-compare>`,
  );
  await el.updateComplete;
  return table(el);
}

describe('<ladder-compare> item copies', () => {
  it('show what a fresh element shows, through any sequence of filters and modes', async () => {
    const ladder = branchingLadder();
    const el = await fixture<LadderCompareElement>(html`<ladder-compare .ladder=${ladder} mode="cumulative"></ladder-compare>`);
    await el.updateComplete;
    const steps: ['delta' | 'cumulative', string][] = [
      ['cumulative', ''],
      ['cumulative', 'o'],
      ['cumulative', 'sc'],
      ['cumulative', ''],
      ['cumulative', 'e'],
      ['delta', 'e'],
      ['delta', ''],
      ['cumulative', ''],
    ];
    for (const [mode, filter] of steps) {
      el.mode = mode;
      el.filter = filter;
      await el.updateComplete;
      expect(table(el), `${mode} "${filter}"`).to.equal(await fresh(mode, filter));
    }
    // Marks are there, and a copy is never shared between two cells.
    el.filter = 'e';
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('[part~="item"]')];
    expect(items.length).to.be.greaterThan(3);
    expect(new Set(items).size).to.equal(items.length);
    expect(el.shadowRoot!.querySelectorAll('mark[part="match"]').length).to.be.greaterThan(0);
  });
});
