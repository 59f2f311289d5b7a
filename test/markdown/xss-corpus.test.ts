// The whole XSS corpus (test/fixtures/xss-payloads.ts), once, through the sinks every element shares:
// the Markdown renderer (block, inline, with a highlight — the compare's filter — and with the payload
// itself as the highlight), the URL check, and Lit text and attribute bindings (ids, messages, notes).
// Each element's own paths get a stratified sample of the corpus (test/hardening/xss.test.ts); the
// embed page's parameters get the whole corpus in Node (test/node/embed-params.test.ts).
import { expect } from '@open-wc/testing';
import { html, nothing, render } from 'lit';
import { renderInlineMarkdown, renderMarkdown } from '../../src/markdown/render.js';
import { safeHref } from '../../src/markdown/safe-url.js';
import { markdownToText } from '../../src/markdown/text.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';
import { afterAFrame, armXssTrap, findUnsafe, watchErrors } from '../hardening/dom-safety.js';
import { watchConsole } from '../helpers.js';
import { outsideAllowList } from './allow-list.js';

/** The compare's filter for a payload: a word of its visible text. */
function filterFor(payload: string): string {
  const plain = markdownToText(payload).trim();
  return /xss/i.test(plain) ? 'XSS' : plain.slice(0, 3).trim();
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('the XSS corpus through the shared sinks', () => {
  // Every payload is rendered first, into the document, and given one frame for anything injected
  // to fire (handlers, loads); then each payload's test checks its own DOM.
  const shown = new Map<number, HTMLElement | Error>();
  let area: HTMLElement;
  let disarm: () => void;
  let consoleWatch: ReturnType<typeof watchConsole>;
  let errorWatch: ReturnType<typeof watchErrors>;

  before(async () => {
    disarm = armXssTrap();
    consoleWatch = watchConsole();
    errorWatch = watchErrors();
    area = document.createElement('div');
    document.body.append(area);
    XSS_PAYLOADS.forEach(({ payload }, i) => {
      const root = document.createElement('div');
      area.append(root);
      const href = safeHref(payload);
      try {
        render(
          html`<section class="block">${renderMarkdown(payload)}</section>
            <section class="inline">${renderInlineMarkdown(payload)}</section>
            <section class="filtered">${renderMarkdown(payload, { highlight: filterFor(payload) })}</section>
            <section class="needle">${renderInlineMarkdown(payload, { highlight: payload })}</section>
            <section class="link"><a href=${href ?? nothing}>link</a></section>
            <section class="bound" title=${payload} data-id=${payload}>${payload}</section>`,
          root,
        );
        shown.set(i, root);
      } catch (e) {
        shown.set(i, e as Error);
      }
    });
    await afterAFrame();
  });

  after(() => {
    area.remove();
    consoleWatch.restore();
    errorWatch.restore();
    disarm();
  });

  XSS_PAYLOADS.forEach(({ source, payload }, i) => {
    it(`#${i} ${source}: ${JSON.stringify(payload).slice(0, 100)}`, () => {
      const root = shown.get(i);
      if (root instanceof Error) throw root;
      const part = (name: string) => root!.querySelector<HTMLElement>(`.${name}`)!;
      // Nothing that runs, loads or restyles, anywhere (the hardening walker)…
      expect(findUnsafe(root!), 'unsafe DOM').to.deep.equal([]);
      // …and the renderer's output is within its allow-list.
      for (const name of ['block', 'inline', 'filtered', 'needle'])
        expect(outsideAllowList(part(name)), `${name} rendering`).to.deep.equal([]);
      // A highlight only wraps text: the same text is on screen; each match is the needle.
      expect(part('filtered').textContent, 'highlighted text').to.equal(part('block').textContent);
      for (const mark of part('filtered').querySelectorAll('mark'))
        expect(mark.textContent?.toLowerCase()).to.equal(filterFor(payload).toLowerCase());
      expect(squeeze(part('needle').textContent ?? '')).to.equal(squeeze(part('inline').textContent ?? ''));
      // markdownToText is what the reader sees.
      expect(squeeze(markdownToText(payload))).to.equal(squeeze(part('block').textContent ?? ''));
      // The URL check: refused, or a URL the browser resolves to http(s) or mailto.
      const link = part('link').querySelector('a')!;
      if (link.hasAttribute('href')) expect(['http:', 'https:', 'mailto:']).to.include(link.protocol);
      // Text and attribute bindings keep the payload as it is, as text.
      const bound = part('bound');
      expect(bound.childElementCount).to.equal(0);
      expect(bound.textContent).to.equal(payload);
      expect(bound.getAttribute('title')).to.equal(payload);
      expect(bound.dataset.id).to.equal(payload);
    });
  });

  it('ran no script, and nothing was logged or thrown', () => {
    expect(window.__xss).to.equal(undefined);
    expect(errorWatch.errors).to.deep.equal([]);
    expect(consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode'))).to.deep.equal([]);
  });
});
