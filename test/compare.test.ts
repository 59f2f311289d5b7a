import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/elements/compare/compare.js';
import type { LadderCompareElement } from '../src/elements/compare/compare.element.js';
import type { LadderCompareChangeEvent } from '../src/events/compare-change.js';
import { defaultStrings, setLadderStrings } from '../src/i18n/strings.js';
import { bigLadder } from './fixtures/big-ladder.js';
import { branchingLadder } from './fixtures/ladders.js';
import { $, $$, shadow, text, watchConsole } from './helpers.js';

async function compare(template: ReturnType<typeof html>): Promise<LadderCompareElement> {
  const el = await fixture<LadderCompareElement>(template);
  await el.updateComplete;
  return el;
}

/** Item ids of one (section, level) cell; [] for an empty cell or a row left out. */
const cell = (el: Element, section: string, level: string) =>
  $$(el, `tr[data-section="${section}"] > td[data-level="${level}"] [part~="item"]`).map((li) => li.dataset.item);

/** Every cell of the table as { section: { level: ids } }. */
function table(el: Element): Record<string, Record<string, (string | undefined)[]>> {
  const out: Record<string, Record<string, (string | undefined)[]>> = {};
  for (const row of $$(el, 'tbody > tr')) {
    const section = row.dataset.section!;
    out[section] = {};
    for (const td of row.querySelectorAll<HTMLElement>(':scope > td'))
      out[section][td.dataset.level!] = cell(el, section, td.dataset.level!);
  }
  return out;
}

const item = (el: Element, level: string, id: string) => $(el, `td[data-level="${level}"] [data-item="${id}"]`);
const tag = (el: Element, level: string, id: string) => text(item(el, level, id).querySelector('[part~="tag"]'));
const columns = (el: Element) => $$(el, 'thead th[scope="col"][part~="level-heading"]').map((th) => th.dataset.level);
const visibleColumns = (el: Element) =>
  $$(el, 'thead th[part~="level-heading"]')
    .filter((th) => th.checkVisibility())
    .map((th) => th.dataset.level);
const checkbox = (el: Element, level: string) =>
  $$(el, '[part~="levels"] label')
    .find((l) => text(l).split(' ')[0] === level)!
    .querySelector('input') as HTMLInputElement;
const radios = (el: Element) => $$(el, '[part~="mode"] input') as HTMLInputElement[];
const live = (el: Element) => text($(el, '[role="status"][aria-live]'));

function recordEvents(el: HTMLElement): LadderCompareChangeEvent[] {
  const events: LadderCompareChangeEvent[] = [];
  el.addEventListener('ladder-compare-change', (e) => events.push(e));
  return events;
}

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

describe('<ladder-compare>', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    consoleWatch = watchConsole();
    clearHash();
  });
  afterEach(function () {
    consoleWatch.restore();
    clearHash();
    setLadderStrings(defaultStrings);
    expect(consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')).join('\n'), this.currentTest?.fullTitle()).to.equal('');
  });

  describe('table', () => {
    it('shows every level by default, in ladder order, with real table semantics', async () => {
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()}></ladder-compare>`);
      expect(columns(el)).to.deep.equal(['L1', 'L2', 'L3', 'IC4', 'M1']);
      expect(text($(el, 'caption'))).to.equal('Test ladder: What is new at each level');
      expect($$(el, 'tbody th[scope="row"]').map(text)).to.deep.equal(['Skills', '⚑ Red flags', '◆ Examples']);
      expect(text($(el, 'th[data-level="M1"]'))).to.equal('M1 Engineering manager Builds on L3');
      const scroller = $(el, '[part~="scroller"]');
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(scroller.tabIndex).to.equal(0);
      expect(scroller.getAttribute('aria-labelledby')).to.equal($(el, 'caption').id);
      expect(scroller.querySelector('table > caption')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the chosen levels in ladder order, whatever order they are given in', async () => {
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} levels="M1, L1"></ladder-compare>`);
      expect(columns(el)).to.deep.equal(['L1', 'M1']);
    });

    it('delta: each level shows what it adds or replaces, relative to the level it inherits', async () => {
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()}></ladder-compare>`);
      expect(table(el)).to.deep.equal({
        skills: { L1: ['a1', 'a2'], L2: ['b1', 'b2'], L3: ['c1', 'c2'], IC4: ['d1', 'd2'], M1: ['e1'] },
        'red-flags': { L1: ['a3'], L2: [], L3: [], IC4: [], M1: ['e2'] },
        examples: { L1: [], L2: ['b3'], L3: [], IC4: [], M1: [] },
      });
      expect(tag(el, 'L3', 'c1')).to.equal('Replaces (L2): Moderate scope');
      expect(tag(el, 'IC4', 'd2')).to.equal('Replaces (L3): High scope');
      expect(tag(el, 'M1', 'e2')).to.equal('Replaces (L1): Hides problems');
      expect(tag(el, 'L3', 'c2')).to.equal('');
      expect(text($(el, 'tr[data-section="red-flags"] > td[data-level="L3"]'))).to.equal('Nothing new at this level.');
      await expect(el).to.be.accessible();
    });

    it('cumulative: everything each level expects, carried items marked "From …", new ones "New" or "Replaces …"', async () => {
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} mode="cumulative"></ladder-compare>`);
      expect(table(el)).to.deep.equal({
        skills: {
          L1: ['a1', 'a2'],
          L2: ['a2', 'b1', 'b2'],
          L3: ['a2', 'b2', 'c1', 'c2'],
          IC4: ['a2', 'b2', 'c2', 'd1', 'd2'],
          M1: ['a2', 'b2', 'c1', 'c2', 'e1'],
        },
        'red-flags': { L1: ['a3'], L2: ['a3'], L3: ['a3'], IC4: ['a3'], M1: ['e2'] },
        examples: { L1: [], L2: ['b3'], L3: ['b3'], IC4: ['b3'], M1: ['b3'] },
      });
      expect(['a2', 'b2', 'c2', 'd1', 'd2'].map((id) => tag(el, 'IC4', id))).to.deep.equal([
        '↳ From L1',
        '↳ From L2',
        '↳ From L3',
        '★ New',
        'Replaces (L3): High scope',
      ]);
      for (const id of ['a2', 'b2', 'c2']) expect(item(el, 'IC4', id).classList.contains('carried'), id).to.equal(true);
      for (const id of ['d1', 'd2']) expect(item(el, 'IC4', id).classList.contains('new'), id).to.equal(true);
      // Marked in text and also set apart visually.
      expect(getComputedStyle(item(el, 'IC4', 'd1')).backgroundColor).to.not.equal(getComputedStyle(item(el, 'IC4', 'c2')).backgroundColor);
      expect(tag(el, 'M1', 'c1')).to.equal('↳ From L3');
      expect(text($(el, 'caption'))).to.equal('Test ladder: Everything each level expects');
      expect(text($(el, 'tr[data-section="examples"] > td[data-level="L1"]'))).to.equal('Nothing at this level.');
      await expect(el).to.be.accessible();
    });

    it('compares two branches, each against its own parent', async () => {
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} levels="IC4 M1"></ladder-compare>`);
      expect(columns(el)).to.deep.equal(['IC4', 'M1']);
      expect(table(el)).to.deep.equal({
        skills: { IC4: ['d1', 'd2'], M1: ['e1'] },
        'red-flags': { IC4: [], M1: ['e2'] },
        examples: { IC4: [], M1: [] },
      });
      expect(text($(el, 'th[data-level="IC4"] .builds-on'))).to.equal('Builds on L3');
      expect(text($(el, 'th[data-level="M1"] .builds-on'))).to.equal('Builds on L3');
      await expect(el).to.be.accessible();
    });

    it('uses the page strings and the element strings', async () => {
      setLadderStrings({ compareSectionHeader: 'Rubrique' });
      const el = await compare(
        html`<ladder-compare .ladder=${branchingLadder()} .strings=${{ compareFilterLabel: 'Filtrer' }}></ladder-compare>`,
      );
      expect(text($(el, '.corner'))).to.equal('Rubrique');
      expect(text($(el, '[part~="controls"] .field > span'))).to.equal('Filtrer');
    });

    it('names levels the ladder does not have in a note, and compares the others (#17: not a whole-widget error)', async () => {
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} levels="L3 L9 X"></ladder-compare>`);
      expect(text($(el, '[part="notice"]'))).to.equal('There are no levels "L9", "X" in this ladder. Known levels: L1, L2, L3, IC4, M1.');
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      expect(columns(el)).to.deep.equal(['L3']);
      expect($(el, '[part~="controls"]').checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
      // None known: every level, and the note.
      el.levels = ['L9'];
      await el.updateComplete;
      expect(columns(el)).to.deep.equal(['L1', 'L2', 'L3', 'IC4', 'M1']);
      expect(text($(el, '[part="notice"]'))).to.equal('There is no level "L9" in this ladder. Known levels: L1, L2, L3, IC4, M1.');
      el.levels = ['L3'];
      await el.updateComplete;
      expect(columns(el)).to.deep.equal(['L3']);
      expect(shadow(el).querySelector('[part="notice"]')).to.equal(null);
    });
  });

  describe('controls', () => {
    it('works by keyboard: Tab through, arrows for the mode, Space for the levels, typing for the filter', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <button>before</button>
        <ladder-compare .ladder=${branchingLadder()} levels="L2 L3"></ladder-compare>
      </div>`);
      const el = wrapper.querySelector('ladder-compare')!;
      await el.updateComplete;
      const events = recordEvents(el);
      const focused = () => shadow(el).activeElement;
      wrapper.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(radios(el)[0]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.mode).to.equal('cumulative');
      expect(el.getAttribute('mode')).to.equal('cumulative');
      expect(radios(el).map((r) => r.checked)).to.deep.equal([false, true]);
      expect(live(el)).to.equal('Comparing L2, L3. Everything each level expects.');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(checkbox(el, 'L1'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.levels).to.deep.equal(['L1', 'L2', 'L3']);
      expect(columns(el)).to.deep.equal(['L1', 'L2', 'L3']);

      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal(checkbox(el, 'L2'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.levels).to.deep.equal(['L1', 'L3']);
      expect(el.getAttribute('levels')).to.equal('L1 L3');
      expect(live(el)).to.equal('Comparing L1, L3. Everything each level expects.');

      for (const level of ['L3', 'IC4', 'M1']) {
        await sendKeys({ press: 'Tab' });
        expect(focused()).to.equal(checkbox(el, level));
      }
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal($(el, '[part~="filter"]'));
      await sendKeys({ type: 'Scope' });
      await el.updateComplete;
      expect(el.filter).to.equal('Scope');
      // The narrow layout's level picker is not in the way in the wide layout.
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal($(el, '[part~="scroller"]'));

      expect(events.map((e) => [e.levels, e.mode])).to.deep.equal([
        [['L2', 'L3'], 'cumulative'],
        [['L1', 'L2', 'L3'], 'cumulative'],
        [['L1', 'L3'], 'cumulative'],
      ]);
    });

    it('keeps at least one level', async () => {
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} levels="L3"></ladder-compare>`);
      expect(checkbox(el, 'L3').checked).to.equal(true);
      expect(checkbox(el, 'L3').disabled).to.equal(true);
      expect(checkbox(el, 'L2').disabled).to.equal(false);
    });

    it('fires ladder-compare-change, bubbling but not composed, on a reader change', async () => {
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} levels="L1"></ladder-compare>`);
      const fired = oneEvent(el, 'ladder-compare-change');
      checkbox(el, 'M1').click();
      const event = (await fired) as unknown as LadderCompareChangeEvent;
      expect(event.levels).to.deep.equal(['L1', 'M1']);
      expect(event.mode).to.equal('delta');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(false);
    });

    it('fires nothing when levels, mode or filter are set from code, or typed into the filter', async () => {
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()}></ladder-compare>`);
      const events = recordEvents(el);
      el.levels = ['L2'];
      el.mode = 'cumulative';
      el.filter = 'scope';
      await el.updateComplete;
      el.setAttribute('levels', 'L1 L3');
      el.setAttribute('mode', 'delta');
      await el.updateComplete;
      $(el, '[part~="filter"]').focus();
      await sendKeys({ type: 'x' });
      await el.updateComplete;
      expect(el.levels).to.deep.equal(['L1', 'L3']);
      expect(el.filter).to.equal('scopex');
      expect(events.length).to.equal(0);
    });
  });

  describe('filter', () => {
    it('narrows every column to matching items, case-insensitively, and highlights the match', async () => {
      const ladder = branchingLadder();
      ladder.levels[2]!.items.skills![1]!.text = 'Mentors **junior** engineers';
      const el = await compare(html`<ladder-compare .ladder=${ladder}></ladder-compare>`);
      const input = $(el, '[part~="filter"]') as HTMLInputElement;
      expect(input.type).to.equal('search');
      expect(input.closest('label')).to.exist;
      input.focus();
      await sendKeys({ type: 'SCOPE' });
      await el.updateComplete;
      expect(table(el)).to.deep.equal({
        skills: { L1: ['a1'], L2: ['b1'], L3: ['c1'], IC4: ['d2'], M1: [] },
      });
      expect($$(el, 'td[data-level="L3"] mark[part="match"]').map(text)).to.deep.equal(['scope']);
      expect(text($(el, 'td[data-level="M1"]'))).to.equal('No items match.');
      expect(live(el)).to.equal('4 items match.');
      await expect(el).to.be.accessible();

      // Matched on the text a reader sees, not on the Markdown source.
      el.filter = 'junior engineers';
      await el.updateComplete;
      expect(cell(el, 'skills', 'L3')).to.deep.equal(['c2']);
      el.filter = 'JUNIOR';
      await el.updateComplete;
      expect(text($(el, 'td[data-level="L3"] strong mark'))).to.equal('junior');

      el.filter = 'nothing like this';
      await el.updateComplete;
      expect(shadow(el).querySelector('table')).to.equal(null);
      expect(text($(el, '[part="empty"]'))).to.equal('No items match "nothing like this".');
      expect(live(el)).to.equal('0 items match.');
      await expect(el).to.be.accessible();

      el.filter = '';
      await el.updateComplete;
      expect(Object.keys(table(el))).to.deep.equal(['skills', 'red-flags', 'examples']);
      expect(shadow(el).querySelector('mark')).to.equal(null);
    });
  });

  describe('layout', () => {
    it('shows one level at a time in a 360px column, without scrolling sideways', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 360px">
        <ladder-compare .ladder=${branchingLadder()} mode="cumulative"></ladder-compare>
      </div>`);
      const el = wrapper.querySelector('ladder-compare')!;
      await el.updateComplete;
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      const scroller = $(el, '[part~="scroller"]');
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      expect(visibleColumns(el)).to.deep.equal(['L1']);
      expect(
        $$(el, 'td')
          .filter((td) => td.checkVisibility())
          .map((td) => td.dataset.level),
      ).to.deep.equal(['L1', 'L1', 'L1']);

      const picker = $(el, '[part~="picker"] select') as HTMLSelectElement;
      expect(picker.checkVisibility()).to.equal(true);
      picker.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(visibleColumns(el)).to.deep.equal(['L3']);
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      await expect(el).to.be.accessible();

      // A level the reader adds is the one shown.
      checkbox(el, 'L2').click(); // already there: removes it
      checkbox(el, 'L2').click();
      await el.updateComplete;
      expect(visibleColumns(el)).to.deep.equal(['L2']);
    });

    it('prints every level, without controls or sticky cells, even from a narrow column', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 360px">
        <ladder-compare .ladder=${branchingLadder()}></ladder-compare>
      </div>`);
      const el = wrapper.querySelector('ladder-compare')!;
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      try {
        expect(visibleColumns(el)).to.deep.equal(['L1', 'L2', 'L3', 'IC4', 'M1']);
        expect($(el, '[part~="controls"]').checkVisibility()).to.equal(false);
        expect(getComputedStyle($(el, 'thead th')).position).to.equal('static');
        expect(getComputedStyle($(el, 'tbody th')).position).to.equal('static');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('renders 15 levels of 100 items: columns keep a minimum width, the table scrolls inside itself', async function () {
      this.timeout(20_000);
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 700px">
        <ladder-compare .ladder=${bigLadder(15, 100)}></ladder-compare>
      </div>`);
      const el = wrapper.querySelector('ladder-compare')!;
      await el.updateComplete;
      expect(columns(el).length).to.equal(15);
      // 1,000 items over 45 cells at first (22 each; the rest is counted in each cell), all 1,500 after "Show more".
      expect($$(el, '[part~="item"]').length).to.equal(990);
      expect(text($(el, 'tr[data-section="skills"] > td[data-level="L1"] .more-in-cell'))).to.equal('… and 12 more');
      expect(text($(el, '[part~="show-more"]'))).to.equal('Showing 990 of 1,500 items. Show 510 more');
      ($(el, '[part~="show-more"] button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($$(el, '[part~="item"]').length).to.equal(1500);
      expect($$(el, '.more-in-cell, [part~="show-more"]')).to.deep.equal([]);
      const scroller = $(el, '[part~="scroller"]');
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      const em = Number.parseFloat(getComputedStyle(el).fontSize);
      for (const th of $$(el, 'th[part~="level-heading"]')) expect(th.getBoundingClientRect().width).to.be.at.least(14 * em - 1);
      // Long words wrap instead of widening their column.
      const long = $(el, '[data-item="l15-3"] .text');
      expect(long.scrollWidth).to.be.at.most(long.clientWidth);

      // The header row and the section column stay in view while the table scrolls.
      scroller.scrollTop = 2000;
      scroller.scrollLeft = 2000;
      const box = scroller.getBoundingClientRect();
      expect($(el, 'th[data-level="L15"]').getBoundingClientRect().top).to.be.closeTo(box.top + 1, 2);
      expect($(el, 'tbody th').getBoundingClientRect().left).to.be.closeTo(box.left + 1, 2);

      // Everything each level expects: 12,000 items in full, cut to the budget (2,000 after the click above).
      el.mode = 'cumulative';
      await el.updateComplete;
      const shown = cell(el, 'skills', 'L15').length;
      expect(shown).to.be.within(3, 100);
      expect(text($(el, 'tr[data-section="skills"] > td[data-level="L15"] .more-in-cell'))).to.equal(
        `… and ${15 * 34 - 14 * 2 - shown} more`,
      );
      expect($$(el, '[part~="item"]').length).to.be.within(1900, 2000);
    });

    it('passes axe with 15 levels (fewer items: axe time grows with every node, the structure is the same)', async () => {
      const el = await compare(html`<ladder-compare .ladder=${bigLadder(15, 6)}></ladder-compare>`);
      expect(columns(el).length).to.equal(15);
      await expect(el).to.be.accessible();
    });

    it('meets contrast in the dark theme with new, carried and matched items', async () => {
      const el = await compare(
        html`<ladder-compare .ladder=${branchingLadder()} theme="dark" mode="cumulative" filter="s"></ladder-compare>`,
      );
      expect($$(el, 'mark').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('sync-url', () => {
    it('writes the levels and mode to the hash on a reader change, keeping the other parts', async () => {
      history.replaceState(null, '', '#other=1');
      const before = history.length;
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} levels="L1 L2" sync-url></ladder-compare>`);
      expect(location.hash).to.equal('#other=1');
      checkbox(el, 'M1').click();
      await el.updateComplete;
      expect(location.hash).to.equal('#other=1&ladder-compare=L1,L2,M1;delta');
      radios(el)[1]!.click();
      await el.updateComplete;
      expect(location.hash).to.equal('#other=1&ladder-compare=L1,L2,M1;cumulative');
      expect(history.length).to.equal(before);
    });

    it('restores the levels and mode from the hash, on load and on hashchange, without firing', async () => {
      history.replaceState(null, '', '#ladder-compare=L2,M1;cumulative');
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()} sync-url></ladder-compare>`);
      const events = recordEvents(el);
      expect(columns(el)).to.deep.equal(['L2', 'M1']);
      expect(el.mode).to.equal('cumulative');
      location.hash = 'x&ladder-compare=L3;delta';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(columns(el)).to.deep.equal(['L3']);
      expect(el.mode).to.equal('delta');
      expect(events.length).to.equal(0);
    });

    it('keys the hash by the element id, so two comparisons on a page do not collide', async () => {
      history.replaceState(null, '', '#ladder-compare-b=IC4;cumulative');
      const wrapper = await fixture<HTMLElement>(html`<div>
        <ladder-compare id="a" .ladder=${branchingLadder()} levels="L1" sync-url></ladder-compare>
        <ladder-compare id="b" .ladder=${branchingLadder()} levels="L1" sync-url></ladder-compare>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('ladder-compare')];
      await a!.updateComplete;
      await b!.updateComplete;
      expect(columns(a!)).to.deep.equal(['L1']);
      expect(columns(b!)).to.deep.equal(['IC4']);
      checkbox(a!, 'L2').click();
      await a!.updateComplete;
      expect(location.hash).to.equal('#ladder-compare-b=IC4;cumulative&ladder-compare-a=L1,L2;delta');
      expect(b!.levels).to.deep.equal(['IC4']);
    });

    it('leaves the hash alone without sync-url', async () => {
      history.replaceState(null, '', '#ladder-compare=L2;delta');
      const el = await compare(html`<ladder-compare .ladder=${branchingLadder()}></ladder-compare>`);
      expect(columns(el).length).to.equal(5);
      checkbox(el, 'L1').click();
      await el.updateComplete;
      expect(location.hash).to.equal('#ladder-compare=L2;delta');
    });
  });
});
