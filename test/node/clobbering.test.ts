// DOM clobbering (issue 19 item 4): an element's id or name becomes a property of `window` (and a
// name one of `document`), which shadows any global the code reads that is not the window's own. On a
// page holding an <img name> and an element with an id for *every* identifier in the built files (and
// the globals Lit and older builds read), every element still renders, styled, with no error, and the
// embed host still sizes its iframe. Needs `npm run build` first (npm test does it).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import engineering from '../../ladders/engineering.json' with { type: 'json' };
import { useBrowser } from '../support/browser.js';

const KNOWN = [
  '__ladderElementsLitPolicy',
  '__ladderElementsEmbedHost',
  'litHtmlPolyfillSupport',
  'litHtmlVersions',
  'reactiveElementPolyfillSupport',
  'reactiveElementVersions',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'litElementVersions',
  'litPropertyMetadata',
  'litIssuedWarnings',
  'ShadyCSS',
  'ShadyDOM',
  'litNonce',
  'trustedTypes',
];

/** Every identifier-like word in the built JavaScript a page can load. */
function identifiers(): string[] {
  const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`) : [];
  const files = ['dist/ladder-elements.js', 'dist/embed-host.js', 'dist/embed.js', ...chunks];
  const names = new Set(KNOWN);
  for (const file of files) for (const [name] of readFileSync(file, 'utf8').matchAll(/[A-Za-z_$][\w$]*/g)) names.add(name);
  return [...names];
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

// The test's own reads go to the platform too: the page shadows document.querySelector and the rest.
const FIND = 'window.__find = (selector) => Document.prototype.querySelector.call(document, selector);';

describe('DOM clobbering', { skip: !existsSync('dist/ladder-elements.js') && 'run `npm run build` first' }, () => {
  const site = useBrowser({ root: 'dist', routes: { '/plain.json': JSON.stringify(engineering) } });
  const names = identifiers();

  /** Serves `html` at `path` and opens it. */
  function open(path: string, html: string) {
    site.server.routes.set(path, { body: html });
    return site.open(path, { initScripts: [FIND] });
  }

  for (const [shape, make] of [
    ['an <img name> for each (window.x is the element)', (n: string) => `<img name="${attr(n)}" alt="">`],
    [
      'an <img name> and an element id for each (window.x is a collection)',
      (n: string) => `<img name="${attr(n)}" alt=""><i id="${attr(n)}"></i>`,
    ],
  ] as const) {
    it(`renders every element with ${names.length} names taken: ${shape}`, async () => {
      const { page, problems } = await open(
        `/page/clobbered-${shape.length}.html`,
        `<!doctype html><html lang="en"><head><title>clobbered</title></head><body><div hidden>${names.map(make).join('')}</div><main>
        <ladder-level-card level="L3" show-inherited></ladder-level-card>
        <ladder-compare src="/plain.json" levels="L2 L3" mode="cumulative"></ladder-compare>
        <ladder-provider ladder="engineering"><ladder-checklist level="L2" storage-key="clobber"></ladder-checklist></ladder-provider>
        </main><script type="module" src="/ladder-elements.js"></script></body></html>`,
      );
      const seen = await page.waitForFunction(
        () => {
          const find = (window as unknown as { __find: (s: string) => Element | null }).__find;
          const root = (tag: string) => find(tag)?.shadowRoot;
          const card = root('ladder-level-card')?.querySelector('[part~="title"]');
          const compare = root('ladder-compare')?.querySelector('[part~="caption"]');
          const checklist = root('ladder-checklist')?.querySelector('[part~="title"]');
          if (!card || !compare || !checklist) return false;
          const strong = root('ladder-compare')!.querySelector('.text strong');
          return {
            card: card.textContent?.trim(),
            checklist: checklist.textContent?.trim(),
            items: root('ladder-level-card')!.querySelectorAll('[part~="item"]').length,
            // Markdown parsed (marked loaded for this src ladder) and styles adopted (no inline <style> needed).
            strong: strong?.textContent,
            weight: getComputedStyle(card).fontWeight,
            sheets: root('ladder-level-card')!.adoptedStyleSheets.length,
          };
        },
        undefined,
        { timeout: 15_000 },
      );
      const result = (await seen.jsonValue()) as Record<string, unknown>;
      assert.equal(result.card, 'Engineer L3');
      assert.equal(result.checklist, 'Self-assessment: Engineer L2');
      assert.ok((result.items as number) > 20);
      assert.equal(result.strong, 'why');
      assert.equal(result.weight, '700');
      assert.ok((result.sheets as number) > 0);
      assert.deepEqual(problems, []);
    });
  }

  it('sizes an embed iframe with the embed host, whatever the page names', async () => {
    const { page, problems } = await open(
      '/page/clobbered-host.html',
      `<!doctype html><html lang="en"><head><title>host</title></head><body><div hidden>${names
        .map((n) => `<img name="${attr(n)}" alt=""><i id="${attr(n)}"></i>`)
        .join(
          '',
        )}</div><main><iframe id="embed" title="Ladder" src="/embed.html?view=card&amp;level=L4" width="600" height="150"></iframe></main>
        <script type="module" src="/embed-host.js"></script></body></html>`,
    );
    await page.waitForFunction(
      () => Number((window as unknown as { __find: (s: string) => Element | null }).__find('iframe')?.getAttribute('height')) > 300,
      undefined,
      { timeout: 15_000 },
    );
    assert.deepEqual(problems, []);
  });
});
