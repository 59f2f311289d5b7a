// <ladder-compare> as shared links and narrow columns meet it (#17): a stale level in a link, level
// ids in another case, the filter kept in the URL, "New" measured against the column compared with,
// and the narrow layout saying where the filter's matches are.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/compare/compare.js';
import type { LadderCompareElement } from '../src/elements/compare/compare.element.js';
import type { LadderCompareChangeEvent } from '../src/events/compare-change.js';
import { branchingLadder } from './fixtures/ladders.js';
import { $, $$, shadow, text, until } from './helpers.js';

const columns = (el: Element) => $$(el, 'thead th[part~="level-heading"]').map((th) => th.dataset.level);
const visibleColumns = (el: Element) =>
  $$(el, 'thead th[part~="level-heading"]')
    .filter((th) => th.checkVisibility())
    .map((th) => th.dataset.level);
const tag = (el: Element, level: string, id: string) => text($(el, `td[data-level="${level}"] [data-item="${id}"] [part~="tag"]`));
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

async function compare(template: ReturnType<typeof html>, width?: number): Promise<LadderCompareElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${width ? `width: ${width}px` : ''}>${template}</div>`);
  const el = wrapper.firstElementChild as LadderCompareElement;
  await el.updateComplete;
  return el;
}

describe('<ladder-compare> links and narrow columns', () => {
  beforeEach(clearHash);
  afterEach(clearHash);

  it('a shared link with one stale level shows the known levels, the controls, and a note naming the unknown one', async () => {
    history.replaceState(null, '', '#ladder-compare=L3,L9;delta');
    const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} sync-url></ladder-compare>`);
    expect(columns(el)).to.deep.equal(['L3']);
    expect(text($(el, '[part="notice"]'))).to.equal('There is no level "L9" in this ladder. Known levels: L1, L2, L3, IC4, M1.');
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
    // The reader's next change writes only known levels back.
    const m1 = $$(el, '[part~="levels"] label')
      .find((l) => text(l).startsWith('M1'))!
      .querySelector('input')!;
    m1.click();
    await el.updateComplete;
    expect(location.hash).to.equal('#ladder-compare=L3,M1;delta');
    expect(shadow(el).querySelector('[part="notice"]')).to.equal(null);
  });

  it('matches level ids in any case, and uses the ladder’s own ids afterwards (columns, hash, events)', async () => {
    history.replaceState(null, '', '#ladder-compare=l2,ic4;cumulative');
    const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} sync-url></ladder-compare>`);
    expect(columns(el)).to.deep.equal(['L2', 'IC4']);
    expect(el.mode).to.equal('cumulative');
    const attr = await compare(html`<ladder-compare .ladder=${branchingLadder()} levels="m1 L1"></ladder-compare>`);
    expect(columns(attr)).to.deep.equal(['L1', 'M1']);
    setTimeout(() =>
      $$(attr, '[part~="levels"] label')
        .find((l) => text(l).startsWith('L2'))!
        .querySelector('input')!
        .click(),
    );
    const event = (await oneEvent(attr, 'ladder-compare-change')) as unknown as LadderCompareChangeEvent;
    expect(event.levels).to.deep.equal(['L1', 'L2', 'M1']);
  });

  it('keeps the filter text in the sync-url hash, written once the reader pauses or leaves the field, and restores it', async () => {
    const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} levels="L1 L2" sync-url></ladder-compare>`);
    const input = $(el, '[part~="filter"]') as HTMLInputElement;
    input.focus();
    // Keystrokes within one task (as a fast typist's are within the pause): no pause between them,
    // whatever the machine's load.
    const typed = 'scope & more';
    for (let i = 1; i <= typed.length; i++) {
      input.value = typed.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: typed[i - 1] }));
    }
    await el.updateComplete;
    expect(el.filter).to.equal('scope & more');
    // Not one URL change per keystroke: written after a pause in typing.
    expect(location.hash).to.equal('');
    await until(() => location.hash !== '', 'the filter to reach the URL', 3000);
    expect(location.hash).to.equal('#ladder-compare=L1,L2;delta;scope%20%26%20more');
    // Enter (the field's change) writes at once.
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Enter' });
    expect(location.hash).to.equal('#ladder-compare=L1,L2;delta;scope%20%26%20mor');

    const opened = await compare(html`<ladder-compare id="b" .ladder=${branchingLadder()} sync-url></ladder-compare>`);
    location.hash = 'ladder-compare-b=L2;cumulative;Moderate%20SCOPE';
    await oneEvent(window, 'hashchange');
    await opened.updateComplete;
    expect(opened.filter).to.equal('Moderate SCOPE');
    expect(($(opened, '[part~="filter"]') as HTMLInputElement).value).to.equal('Moderate SCOPE');
    expect($$(opened, 'tbody [data-item]').map((li) => li.dataset.item)).to.deep.equal(['b1']);
    // Clearing the filter takes it out of the URL.
    const field = $(opened, '[part~="filter"]') as HTMLInputElement;
    field.value = '';
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('change'));
    expect(location.hash).to.equal('#ladder-compare-b=L2;cumulative');
  });

  it('cumulative: "New" is measured against the column compared with, and the legend and headings say so', async () => {
    // L1 next to L3: what L2 added is new since L1, not "From L2".
    const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} levels="L1 L3" mode="cumulative"></ladder-compare>`);
    expect(['a2', 'b2', 'c1', 'c2'].map((id) => tag(el, 'L3', id))).to.deep.equal([
      '↳ From L1',
      '★ New (from L2)',
      'Replaces (L1): Small scope',
      '★ New',
    ]);
    expect(tag(el, 'L3', 'b3')).to.equal('★ New (from L2)');
    for (const id of ['b2', 'c1', 'c2'])
      expect($(el, `td[data-level="L3"] [data-item="${id}"]`).classList.contains('new'), id).to.equal(true);
    expect($(el, 'td[data-level="L3"] [data-item="a2"]').classList.contains('carried')).to.equal(true);
    expect(text($(el, 'th[data-level="L3"] .compared'))).to.equal('New since L1');
    expect(shadow(el).querySelector('th[data-level="L1"] .compared')).to.equal(null);
    expect(text($(el, '[part="legend"]'))).to.match(/^★ New: not expected yet in the column it is compared with/);
    // A branch is measured against the compared level it builds on, not the sibling to its left.
    const branches = await compare(
      html`<ladder-compare .ladder=${branchingLadder()} levels="L2 IC4 M1" mode="cumulative"></ladder-compare>`,
    );
    expect(text($(branches, 'th[data-level="M1"] .compared'))).to.equal('New since L2');
    expect(tag(branches, 'M1', 'c2')).to.equal('★ New (from L3)');
    expect(tag(branches, 'M1', 'b2')).to.equal('↳ From L2');
    await expect(el).to.be.accessible();
    // Delta mode has no legend: each level shows only its own items.
    el.mode = 'delta';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="legend"]')).to.equal(null);
  });

  for (const width of [280, 320]) {
    it(`narrow (${width} px): the level picker counts each level's matches, and a filter with none in the shown level shows the first level that has some`, async () => {
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()}></ladder-compare>`, width);
      expect(visibleColumns(el)).to.deep.equal(['L1']);
      const picker = $(el, '[part~="picker"] select') as HTMLSelectElement;
      expect([...picker.options].map((o) => text(o))).to.deep.equal([
        'L1 · Engineer L1',
        'L2 · Engineer L2',
        'L3 · Engineer L3',
        'IC4 · Staff engineer',
        'M1 · Engineering manager',
      ]);
      // "Mentors" is only in L3: the table goes there instead of showing "No items match" in L1.
      const input = $(el, '[part~="filter"]') as HTMLInputElement;
      input.focus();
      await sendKeys({ type: 'mentors' });
      await el.updateComplete;
      expect(visibleColumns(el)).to.deep.equal(['L3']);
      expect([...picker.options].map((o) => text(o))).to.deep.equal([
        'L1 · Engineer L1 (0 matches)',
        'L2 · Engineer L2 (0 matches)',
        'L3 · Engineer L3 (1 match)',
        'IC4 · Staff engineer (0 matches)',
        'M1 · Engineering manager (0 matches)',
      ]);
      expect(picker.value).to.equal('L3');
      // A reader's own pick stays, even on a level without matches.
      picker.value = 'IC4';
      picker.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(visibleColumns(el)).to.deep.equal(['IC4']);
      await sendKeys({ type: ' ' });
      await el.updateComplete;
      expect(el.filter).to.equal('mentors ');
      // Still no match in IC4 after the change: back to the level that has one.
      expect(visibleColumns(el)).to.deep.equal(['L3']);
      await expect(el).to.be.accessible();
    });
  }
});
