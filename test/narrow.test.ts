// Every element in the columns it really lives in (#17): a 280 px and a 320 px wiki sidebar and a
// 760 px page. Nothing may scroll the page sideways or be cut off by the column: no element's
// scrollWidth past its width, and every visible part inside the element's box (the comparison's
// table region may scroll on its own in a wide layout, where it is a focusable region).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/level-card/level-card.js';
import '../src/elements/compare/compare.js';
import '../src/elements/checklist/checklist.js';
import type { LadderChecklistElement } from '../src/elements/checklist/checklist.element.js';
import type { LadderCompareElement } from '../src/elements/compare/compare.element.js';
import type { LadderLevelCardElement } from '../src/elements/level-card/level-card.element.js';
import { $, $$, shadow, text } from './helpers.js';
import { overflowProblems } from './layout-helpers.js';

type Shown = HTMLElement & { updateComplete: Promise<unknown> };

/** The element in a column `width` px wide, rendered. */
async function inColumn<T extends Shown>(width: number, template: ReturnType<typeof html>): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}>${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await el.updateComplete;
  return el;
}

const WIDTHS = [280, 320, 760];

describe('every element in a narrow column (280, 320 and 760 px)', () => {
  afterEach(() => localStorage.clear());

  for (const width of WIDTHS) {
    describe(`${width} px`, () => {
      it('level card: plain, with inherited expectations, compact, and compact opened in full', async () => {
        for (const template of [
          html`<ladder-level-card level="L4"></ladder-level-card>`,
          html`<ladder-level-card level="L4" show-inherited></ladder-level-card>`,
          html`<ladder-level-card level="L4" compact></ladder-level-card>`,
        ]) {
          const el = await inColumn<LadderLevelCardElement>(width, template);
          expect(overflowProblems(el), el.outerHTML).to.deep.equal([]);
        }
        const compact = await inColumn<LadderLevelCardElement>(width, html`<ladder-level-card level="L4" compact></ladder-level-card>`);
        $(compact, '[part~="details-toggle"]').click();
        await compact.updateComplete;
        expect($$(compact, '[part~="item"]').length).to.be.greaterThan(0);
        expect(overflowProblems(compact)).to.deep.equal([]);
      });

      it('comparison: every level in both modes, and filtered', async () => {
        // Wide enough for the table, five columns of at least 14em scroll inside their region.
        const mayScroll = width >= 640 ? '[part~="scroller"]' : undefined;
        for (const template of [
          html`<ladder-compare></ladder-compare>`,
          html`<ladder-compare mode="cumulative"></ladder-compare>`,
          html`<ladder-compare mode="cumulative" filter="review"></ladder-compare>`,
          html`<ladder-compare levels="L9 L3"></ladder-compare>`,
        ]) {
          const el = await inColumn<LadderCompareElement>(width, template);
          expect(overflowProblems(el, mayScroll), el.outerHTML).to.deep.equal([]);
        }
      });

      it('checklist: title, actions, summary counts and rows, and the next level', async () => {
        const el = await inColumn<LadderChecklistElement>(
          width,
          html`<ladder-checklist level="L4" storage-key="narrow"></ladder-checklist>`,
        );
        expect(overflowProblems(el)).to.deep.equal([]);
        // The pieces #17 found cut off at 320 px: the title, "Import JSON", the per-section counts.
        for (const part of ['[part~="title"]', '[part~="actions"]', '.per-section-count']) {
          expect($(el, part).checkVisibility(), part).to.equal(true);
        }
        expect($$(el, '[part~="action"]').map(text)).to.include('Import JSON');
        const next = await inColumn<LadderChecklistElement>(
          width,
          html`<ladder-checklist level="L4" compare-to="L5" storage-key="narrow"></ladder-checklist>`,
        );
        expect(overflowProblems(next)).to.deep.equal([]);
      });
    });
  }

  it('the narrow checklist summary reads title and count, then the bar, for each section', async () => {
    const el = await inColumn<LadderChecklistElement>(280, html`<ladder-checklist level="L4" storage-key="narrow"></ladder-checklist>`);
    const [title, bar, count] = ['.per-section-title', '.per-section .bar', '.per-section-count'].map((s) =>
      $(el, s).getBoundingClientRect(),
    );
    expect(Math.abs(title!.top - count!.top)).to.be.below(2);
    expect(bar!.top).to.be.at.least(title!.bottom - 1);
    expect(bar!.width).to.be.greaterThan(150);
  });

  it('the compact card opens in full and back, by keyboard', async () => {
    const el = await inColumn<LadderLevelCardElement>(280, html`<ladder-level-card level="L4" compact></ladder-level-card>`);
    const toggle = $(el, '[part~="details-toggle"]');
    expect(text(toggle)).to.equal('Show every expectation');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).querySelector('[part~="item"]')).to.equal(null);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Show the summary only');
    expect($$(el, '.section [part~="item"]').length).to.equal(22);
    expect(shadow(el).querySelector('[part~="counts"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="item"]')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(toggle);
  });
});
