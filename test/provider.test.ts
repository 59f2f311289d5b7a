import { expect, fixture, html } from '@open-wc/testing';
import { clearLadderCache } from '../src/data/load-ladder.js';
import '../src/elements/checklist/checklist.js';
import '../src/elements/compare/compare.js';
import '../src/elements/level-card/level-card.js';
import '../src/elements/provider/provider.js';
import type { LadderProviderElement } from '../src/elements/provider/provider.element.js';
import { branchingLadder } from './fixtures/ladders.js';
import { $, shadow, text, until } from './helpers.js';
import { installFetchDouble } from './support/fetch-double.js';

type Laddered = HTMLElement & { resolvedLadder?: unknown; updateComplete: Promise<boolean> };

const ready = (el: Element) =>
  until(() => !!(el as Laddered).resolvedLadder && !shadow(el).querySelector('[part="status"]'), `<${el.localName}> to render`);

describe('<ladder-provider>', () => {
  beforeEach(() => clearLadderCache());

  it('loads one src once and shares the very same ladder with a card, a comparison and a checklist', async () => {
    const fetches = installFetchDouble();
    try {
      const wrapper = await fixture<LadderProviderElement>(html`<ladder-provider src="/shared-by-provider.json">
        <ladder-level-card level="IC4"></ladder-level-card>
        <section><ladder-compare levels="IC4 M1"></ladder-compare></section>
        <ladder-checklist level="M1" storage-key="provider-test"></ladder-checklist>
      </ladder-provider>`);
      const children = [...wrapper.querySelectorAll('ladder-level-card, ladder-compare, ladder-checklist')];
      for (const child of children) expect(text($(child, '[part="status"]'))).to.equal('Loading ladder…');
      expect(fetches.calls.length).to.equal(1);
      fetches.calls[0]!.respond(JSON.stringify(branchingLadder()));
      for (const child of children) await ready(child);
      expect(new Set(children.map((c) => (c as Laddered).resolvedLadder)).size).to.equal(1);
      expect(text($(children[0]!, '[part="title"]'))).to.equal('Staff engineer');
      await expect(wrapper).to.be.accessible();
    } finally {
      fetches.restore();
      localStorage.removeItem('ladder-elements:ratings:test:provider-test');
    }
  });

  it('takes no space of its own and keeps its children in the layout', async () => {
    const wrapper = await fixture<LadderProviderElement>(
      html`<ladder-provider ladder="engineering"><ladder-level-card level="L1"></ladder-level-card></ladder-provider>`,
    );
    expect(getComputedStyle(wrapper).display).to.equal('contents');
    expect(wrapper.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('lets an inner provider override an outer one', async () => {
    const wrapper = await fixture(html`<ladder-provider ladder="engineering">
      <ladder-level-card id="outer" level="L2"></ladder-level-card>
      <ladder-provider .ladder=${branchingLadder()}><ladder-level-card id="inner" level="L2"></ladder-level-card></ladder-provider>
    </ladder-provider>`);
    const outer = wrapper.querySelector('#outer')!;
    const inner = wrapper.querySelector('#inner')!;
    await ready(outer);
    await ready(inner);
    expect(shadow(inner).querySelector('[id="L2-b1"]')).to.not.equal(null);
    expect(shadow(outer).querySelector('[id="L2-b1"]')).to.equal(null);
  });

  it("shows its error in every child, in each child's own place", async () => {
    const wrapper = await fixture(html`<ladder-provider ladder="nope">
      <ladder-level-card level="L1"></ladder-level-card>
      <ladder-compare></ladder-compare>
    </ladder-provider>`);
    for (const child of wrapper.querySelectorAll('ladder-level-card, ladder-compare')) {
      await (child as Laddered).updateComplete;
      expect(text($(child, '[part="error"] p'))).to.equal('There is no ladder "nope". Available ladders: engineering.');
    }
    await expect(wrapper).to.be.accessible();
  });

  it("lets a child retry the provider's failed request", async () => {
    const fetches = installFetchDouble();
    try {
      const wrapper = await fixture(html`<ladder-provider src="/provider-flaky.json">
        <ladder-level-card level="L1"></ladder-level-card>
        <ladder-compare></ladder-compare>
      </ladder-provider>`);
      const [card, compare] = [...wrapper.querySelectorAll('ladder-level-card, ladder-compare')] as Laddered[];
      fetches.calls[0]!.fail(new TypeError('Failed to fetch'));
      await until(() => !!shadow(card!).querySelector('[part="retry-button"]'), 'the retry button');
      $(card!, '[part="retry-button"]').click();
      await until(() => fetches.calls.length === 2, 'the second request');
      fetches.calls[1]!.respond(JSON.stringify(branchingLadder()));
      await ready(card!);
      await ready(compare!);
      expect(text($(card!, '[part="title"]'))).to.equal('Engineer L1');
    } finally {
      fetches.restore();
    }
  });

  it('gives its children the new ladder when its input changes, as a new value', async () => {
    const wrapper = await fixture<LadderProviderElement>(
      html`<ladder-provider ladder="engineering"><ladder-level-card level="L2"></ladder-level-card></ladder-provider>`,
    );
    const card = wrapper.querySelector('ladder-level-card')! as Laddered;
    await ready(card);
    const before = card.resolvedLadder;
    wrapper.ladder = branchingLadder();
    await until(() => card.resolvedLadder !== before && !!shadow(card).querySelector('[id="L2-b1"]'), 'the new ladder in the card');
  });
});
