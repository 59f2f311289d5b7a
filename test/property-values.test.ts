// Properties as frameworks set them: React 19 and Vue 3 set a custom element's property whenever it
// has one of that name, so attribute-shaped values ('L3 L4', 'false', '') arrive as properties.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/checklist/checklist.js';
import '../src/elements/compare/compare.js';
import '../src/elements/level-card/level-card.js';
import type { LadderChecklistElement } from '../src/elements/checklist/checklist.element.js';
import type { LadderCompareElement } from '../src/elements/compare/compare.element.js';
import type { LadderLevelCardElement } from '../src/elements/level-card/level-card.element.js';
import { $$, watchConsole } from './helpers.js';

const columns = (el: Element) => $$(el, 'thead th[part~="level-heading"]').map((th) => th.dataset.level);

describe('property values in their attribute form', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  beforeEach(() => (consoleWatch = watchConsole()));
  afterEach(function () {
    consoleWatch.restore();
    // Lit warns about a change-in-update or a bad property in dev mode; none may appear.
    expect(consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')).join('\n'), this.currentTest?.fullTitle()).to.equal('');
  });

  it('<ladder-compare> takes levels as a string, a comma list or an array, and reads back an array', async () => {
    const el = await fixture<LadderCompareElement>(html`<ladder-compare></ladder-compare>`);
    for (const value of ['L3 L4', ' L3 , L4 ', ['L3', 'L4'], ['L3', ' L4 ', '']]) {
      el.levels = value;
      await el.updateComplete;
      expect(el.levels, JSON.stringify(value)).to.deep.equal(['L3', 'L4']);
      expect(columns(el), JSON.stringify(value)).to.deep.equal(['L3', 'L4']);
      expect(el.getAttribute('levels')).to.equal('L3 L4');
    }
    for (const empty of ['', ' , ', [], undefined]) {
      el.levels = empty as string | undefined;
      await el.updateComplete;
      expect(el.levels, JSON.stringify(empty)).to.equal(undefined);
      expect(columns(el)).to.deep.equal(['L1', 'L2', 'L3', 'L4', 'L5']);
      expect(el.hasAttribute('levels')).to.equal(false);
    }
  });

  it('boolean properties take true, "", "true" as on and false, "false" as off', async () => {
    const card = await fixture<LadderLevelCardElement>(html`<ladder-level-card level="L4"></ladder-level-card>`);
    for (const [value, on] of [
      ['', true],
      ['false', false],
      ['true', true],
      [false, false],
      ['FALSE ', false],
      [true, true],
    ] as const) {
      card.compact = value;
      card.showInherited = value;
      await card.updateComplete;
      expect(card.compact, JSON.stringify(value)).to.equal(on);
      expect(card.showInherited).to.equal(on);
      expect(card.hasAttribute('compact')).to.equal(on);
      expect($$(card, '[part~="counts"]').length).to.equal(on ? 1 : 0);
    }
  });

  it('boolean attributes written as ="false" are off', async () => {
    const card = await fixture<LadderLevelCardElement>(
      html`<ladder-level-card level="L4" compact="false" show-inherited="false"></ladder-level-card>`,
    );
    expect(card.compact).to.equal(false);
    expect(card.showInherited).to.equal(false);
    card.setAttribute('compact', '');
    expect(card.compact).to.equal(true);
    const compare = await fixture<LadderCompareElement>(html`<ladder-compare sync-url="false"></ladder-compare>`);
    expect(compare.syncUrl).to.equal(false);
    const checklist = await fixture<LadderChecklistElement>(
      html`<ladder-checklist level="L2" storage-key="coerce" no-na="false"></ladder-checklist>`,
    );
    expect(checklist.noNa).to.equal(false);
    checklist.noNa = 'true';
    await checklist.updateComplete;
    expect(checklist.noNa).to.equal(true);
    expect($$(checklist, 'input[type="radio"][value="na"]')).to.have.length(0);
  });
});
