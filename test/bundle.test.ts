// Loads the *built* drop-in file (dist/ladder-elements.js, made by `npm run build`) exactly as a page
// would, to catch what only the build can break: untransformed decorators, missing bundled ladder,
// tree-shaken registration.
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, text } from './helpers.js';

const BUNDLE = '/dist/ladder-elements.js';

describe('dist/ladder-elements.js', () => {
  before(async () => {
    const response = await fetch(BUNDLE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does)`);
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('registers every element', () => {
    for (const tag of ['ladder-provider', 'ladder-level-card', 'ladder-compare', 'ladder-checklist'])
      expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders a card from the bundled ladder, with working reactive properties', async () => {
    const el = await fixture<HTMLElement & { level: string; updateComplete: Promise<boolean> }>(
      html`<ladder-level-card level="L4"></ladder-level-card>`,
    );
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal('Engineer L4');
    expect($$(el, '.section [part="item"]').length).to.equal(22);
    el.level = 'L1';
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal('Engineer L1');
    // The attribute maps to the property: the decorators were transformed.
    el.setAttribute('level', 'L2');
    await el.updateComplete;
    expect(el.level).to.equal('L2');
    await expect(el).to.be.accessible();
  });

  it('loads twice without throwing', async () => {
    await import(/* @vite-ignore */ `${BUNDLE}?second-copy`);
    expect(customElements.get('ladder-level-card')).to.be.a('function');
  });
});
