// Colours as readers meet them (#17): the palette follows the host page before the reader's setting,
// and every text, the copy-link "#" included, keeps its contrast on every row kind in both themes.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/elements/level-card/level-card.js';
import '../src/elements/compare/compare.js';
import '../src/elements/checklist/checklist.js';
import type { LadderLevelCardElement } from '../src/elements/level-card/level-card.element.js';
import { $, $$, until } from './helpers.js';
import { lowContrastText, parseColor, textContrast } from './layout-helpers.js';

type Shown = HTMLElement & { updateComplete: Promise<unknown> };

async function inside<T extends Shown>(scheme: string, template: ReturnType<typeof html>): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${scheme ? `color-scheme: ${scheme}` : ''}>${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await el.updateComplete;
  return el;
}

/** Whether the element shows its dark palette (light text). */
const isDark = (el: Element) => {
  const [r, g, b] = parseColor(getComputedStyle($(el, '[part="title"]')).color);
  return r + g + b > 3 * 128;
};

describe('colours', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.style.colorScheme = '';
  });

  describe('without a theme attribute', () => {
    it('follows the host page’s color-scheme before the reader’s preference', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      // A dark-mode reader on a light wiki page: a light card (#17: not a dark box).
      expect(isDark(await inside('light', html`<ladder-level-card level="L1"></ladder-level-card>`))).to.equal(false);
      expect(isDark(await inside('only light', html`<ladder-level-card level="L1"></ladder-level-card>`))).to.equal(false);
      // The page says nothing, or both: the reader decides.
      expect(isDark(await inside('', html`<ladder-level-card level="L1"></ladder-level-card>`))).to.equal(true);
      expect(isDark(await inside('light dark', html`<ladder-level-card level="L1"></ladder-level-card>`))).to.equal(true);
      await emulateMedia({ colorScheme: 'light' });
      expect(isDark(await inside('dark', html`<ladder-level-card level="L1"></ladder-level-card>`))).to.equal(true);
      expect(isDark(await inside('', html`<ladder-level-card level="L1"></ladder-level-card>`))).to.equal(false);
    });

    it('follows a color-scheme set on the element itself, and a page that switches its theme later', async () => {
      const el = await inside<LadderLevelCardElement>(
        '',
        html`<ladder-level-card level="L1" style="color-scheme: dark"></ladder-level-card>`,
      );
      expect(isDark(el)).to.equal(true);
      const plain = await inside<LadderLevelCardElement>('', html`<ladder-level-card level="L1"></ladder-level-card>`);
      expect(isDark(plain)).to.equal(false);
      document.documentElement.style.colorScheme = 'dark';
      await until(() => isDark(plain), 'the card to follow the page into dark');
      document.documentElement.style.colorScheme = '';
      await until(() => !isDark(plain), 'the card to follow the page back');
    });

    it('a theme attribute wins over the page and the reader', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(isDark(await inside('dark', html`<ladder-level-card level="L1" theme="light"></ladder-level-card>`))).to.equal(false);
      expect(isDark(await inside('light', html`<ladder-level-card level="L1" theme="dark"></ladder-level-card>`))).to.equal(true);
    });
  });

  for (const theme of ['light', 'dark']) {
    it(`${theme}: the copy-link "#" reaches 3:1 (4.5:1 in fact) on every row kind, own and inherited, and all text 4.5:1`, async () => {
      const el = await inside<LadderLevelCardElement>(
        '',
        html`<ladder-level-card level="L4" theme=${theme} show-inherited></ladder-level-card>`,
      );
      const kinds = new Set<string>();
      for (const item of $$(el, '[part~="item"]')) {
        const kind = [...item.classList].find((c) => c.startsWith('kind-'))!;
        const where = item.closest('.inherited-group') ? 'inherited' : 'own';
        kinds.add(`${kind} ${where}`);
        const hash = item.querySelector('[part~="copy-button"] span')!;
        const ratio = textContrast(hash);
        expect(ratio, `${kind} ${where}: ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
      }
      expect([...kinds].sort()).to.deep.equal([
        'kind-example inherited',
        'kind-example own',
        'kind-expectation inherited',
        'kind-expectation own',
        'kind-red-flag inherited',
        'kind-red-flag own',
      ]);
      expect(lowContrastText(el, 4.5)).to.deep.equal([]);
    });
  }

  it('every element’s text reaches 4.5:1 in both themes (comparison with new and carried items, checklist)', async () => {
    for (const theme of ['light', 'dark']) {
      for (const template of [
        html`<ladder-compare theme=${theme} levels="L1 L3" mode="cumulative" filter="team"></ladder-compare>`,
        html`<ladder-checklist theme=${theme} level="L2" storage-key="theme"></ladder-checklist>`,
      ]) {
        const el = await inside<Shown>('', template);
        expect(lowContrastText(el, 4.5), `${el.localName} ${theme}`).to.deep.equal([]);
      }
    }
  });
});
