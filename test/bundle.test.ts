// Loads the *built* drop-in (dist/ladder-elements.js and its chunks, made by `npm run build`) exactly as
// a page would, to catch what only the build can break: untransformed decorators, chunks that do not
// load relative to the file, a bundled ladder or Markdown missing, an element the autoloader forgets.
import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, text } from './helpers.js';

const BUNDLE = '/dist/ladder-elements.js';
const TAGS = ['ladder-provider', 'ladder-level-card', 'ladder-compare', 'ladder-checklist'];

/** Files of dist/ the page has loaded (path and query). */
const scripts = () =>
  performance
    .getEntriesByType('resource')
    .map((r) => new URL(r.name))
    .filter((u) => u.pathname.startsWith('/dist/'))
    .map((u) => u.pathname + u.search);

describe('dist/ladder-elements.js', () => {
  before(async () => {
    const response = await fetch(BUNDLE, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does)`);
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('defines no element before its tag appears, then each one when it does', async () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.equal(undefined);
    const before = scripts();
    await fixture(html`<div><ladder-compare mode="delta" levels="L1 L2"></ladder-compare></div>`);
    await customElements.whenDefined('ladder-compare');
    expect(customElements.get('ladder-level-card'), 'the card is not loaded for a comparison').to.equal(undefined);
    const loaded = scripts().filter((p) => !before.includes(p));
    expect(loaded.some((p) => /\/chunks\/compare-/.test(p))).to.equal(true);
    expect(
      loaded.some((p) => /\/chunks\/(level-card|checklist|marked)/.test(p)),
      loaded.join(' '),
    ).to.equal(false);
    await fixture(html`<div><ladder-provider><ladder-checklist level="L1"></ladder-checklist></ladder-provider></div>`);
    for (const tag of TAGS.filter((t) => t !== 'ladder-level-card')) await customElements.whenDefined(tag);
  });

  it('renders a card from the bundled ladder, with working reactive properties, without loading marked', async () => {
    const el = await fixture<HTMLElement & { level: string; updateComplete: Promise<boolean> }>(
      html`<ladder-level-card level="L4"></ladder-level-card>`,
    );
    await customElements.whenDefined('ladder-level-card');
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
    // The bundled ladder's texts with Markdown come lexed by the build.
    el.level = 'L3';
    await el.updateComplete;
    expect(text($(el, '.text strong'))).to.equal('why');
    expect(scripts().some((p) => p.includes('/chunks/marked'))).to.equal(false);
  });

  it('finds elements in a subtree its observer cannot see (a shadow root of the host page) through discover()', async () => {
    const { discover } = (await import(/* @vite-ignore */ BUNDLE)) as { discover: (root: ParentNode) => Promise<void> };
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<ladder-level-card level="L3"></ladder-level-card>';
    await discover(root);
    expect(customElements.get('ladder-level-card')).to.be.a('function');
  });

  it('a second copy stands down: it loads no element code of its own', async () => {
    const before = scripts();
    const second = (await import(/* @vite-ignore */ `${BUNDLE}?second-copy`)) as { discover: unknown };
    const first = (await import(/* @vite-ignore */ BUNDLE)) as { discover: unknown };
    expect(second.discover).to.equal(first.discover);
    await fixture(html`<ladder-level-card level="L1"></ladder-level-card>`);
    expect(scripts().filter((p) => !before.includes(p))).to.deep.equal(['/dist/ladder-elements.js?second-copy']);
  });
});
