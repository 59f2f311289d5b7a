// Hardening II (issue 19): hosts that break assumptions. A page that froze Object.prototype (SES
// lockdown) with item ids like "toString"; a malformed %-escape in the page's URL fragment; a
// cache-busting `src` on every load; a host fetch wrapper that ignores the abort signal.
import { expect, fixture, html } from '@open-wc/testing';
import { LadderLoadError } from '../../src/data/ladder-source.js';
import { clearLadderCache, LADDER_CACHE_SIZE, loadLadder } from '../../src/data/load-ladder.js';
import '../../src/define.js';
import type { LadderCompareElement } from '../../src/elements/compare/compare.element.js';
import type { LadderLevelCardElement } from '../../src/elements/level-card/level-card.element.js';
import { $, $$, text, until } from '../helpers.js';
import { watchErrors } from './dom-safety.js';

describe('hardening: hostile hosts', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
    clearLadderCache();
  });
  afterEach(() => {
    errors.restore();
    history.replaceState(null, '', location.pathname + location.search);
    expect(errors.errors).to.deep.equal([]);
  });

  it('a malformed %-escape in the page hash is ignored by the card and the compare, on load and on hashchange', async () => {
    history.replaceState(null, '', '#L4-%E0%A4%A');
    const card = await fixture<LadderLevelCardElement>(html`<ladder-level-card level="L4"></ladder-level-card>`);
    const compare = await fixture<LadderCompareElement>(html`<ladder-compare sync-url></ladder-compare>`);
    location.hash = '#ladder-compare=L3%ZZ,L4;delta&L4-%';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await card.updateComplete;
    await compare.updateComplete;
    expect(text($(card, '[part="title"]'))).to.equal('Engineer L4');
    expect($$(compare, 'thead th[data-level]').length).to.equal(5);
  });

  it('a cache-busting src does not keep every copy: past LADDER_CACHE_SIZE URLs the oldest is fetched again', async () => {
    const original = window.fetch;
    const fetched: string[] = [];
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(String(input));
      return original(input, init);
    }) as typeof fetch;
    try {
      const url = (i: number) => new URL(`/test/fixtures/test-ladder.json?v=${i}`, location.href).href;
      for (let i = 0; i <= LADDER_CACHE_SIZE; i++) await loadLadder(url(i));
      await loadLadder(url(LADDER_CACHE_SIZE)); // the newest: still cached
      expect(fetched.length).to.equal(LADDER_CACHE_SIZE + 1);
      await loadLadder(url(0)); // the oldest: evicted, asked again
      expect(fetched.length).to.equal(LADDER_CACHE_SIZE + 2);
    } finally {
      window.fetch = original;
    }
  });

  it('times out even when the host fetch ignores the abort signal', async () => {
    const original = window.fetch;
    window.fetch = (() => new Promise<Response>(() => {})) as typeof fetch; // never answers, ignores `signal`
    try {
      const failure = await loadLadder('/never.json', undefined, 50).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(failure).to.be.instanceOf(LadderLoadError);
      expect((failure as LadderLoadError).failure.kind).to.equal('timeout');
    } finally {
      window.fetch = original;
    }
  });

  it('importing a rating file with a 10-million-character string before a syntax error says where, in the checklist', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<ladder-checklist level="L2" storage-key=${`huge-${Date.now()}`}></ladder-checklist>`,
    );
    await el.updateComplete;
    const input = $(el, 'input[type="file"]') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([`{"version": 1, "ratings": {"a": {"note": "${'x'.repeat(10_000_000)}", }}}`], 'huge.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await until(() => !!el.shadowRoot?.querySelector('[part="error"]'), 'the import error', 10_000);
    expect(text($(el, '[part="error"] li'))).to.match(/^\$: invalid JSON at line 1, column 10000046: unexpected "}"/);
  });

  it('works on a page that froze Object.prototype, with item ids such as "toString" and "constructor"', async () => {
    const frame = document.createElement('iframe');
    const ladder = {
      schemaVersion: 1,
      id: 'frozen',
      title: 'Frozen',
      sections: [{ id: 'constructor', title: 'Skills', kind: 'expectation' }],
      levels: [
        {
          id: 'L1',
          title: 'One',
          items: {
            constructor: [
              { id: 'toString', text: 'A' },
              { id: 'constructor', text: 'B' },
            ],
          },
        },
      ],
    };
    // The frame's own realm is hardened before the library loads, as SES lockdown would do.
    frame.srcdoc = `<!doctype html><body><script>Object.freeze(Object.prototype); Object.freeze(Array.prototype);</script>
      <script type="module">
        await import('/src/define.ts');
        window.ready = true;
      </script></body>`;
    // In view and opaque: the checklist's confirmation takes a click only when it is really visible.
    frame.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; border: 0; background: white; z-index: 10';
    document.body.append(frame);
    try {
      const win = frame.contentWindow as Window & { ready?: boolean; customElements: CustomElementRegistry };
      await until(() => !!win.ready, 'the frame to load the library', 5000);
      const doc = frame.contentDocument!;
      const make = async () => {
        const el = doc.createElement('ladder-checklist') as HTMLElement & { ladder: unknown; updateComplete: Promise<unknown> };
        el.setAttribute('level', 'L1');
        el.setAttribute('storage-key', `frozen-${Date.now()}`);
        el.ladder = JSON.parse(JSON.stringify(ladder));
        doc.body.append(el);
        await until(() => !!el.shadowRoot?.querySelector('[part="item"]'), 'the checklist to render', 5000);
        return el;
      };
      const el = await make();
      for (const id of ['toString', 'constructor']) {
        (el.shadowRoot!.querySelector(`input[name="rate-${id}"][value="consistently"]`) as HTMLInputElement).click();
      }
      await el.updateComplete;
      const key = el.getAttribute('storage-key')!;
      // "After a reload": a new element reads what was saved under the same key.
      el.remove();
      const again = doc.createElement('ladder-checklist') as HTMLElement & { ladder: unknown; updateComplete: Promise<unknown> };
      again.setAttribute('level', 'L1');
      again.setAttribute('storage-key', key);
      again.ladder = JSON.parse(JSON.stringify(ladder));
      doc.body.append(again);
      await until(() => !!again.shadowRoot?.querySelector('[part="item"]'), 'the reloaded checklist to render', 5000);
      const checked = [...again.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.checked);
      expect(checked.map((r) => r.name)).to.deep.equal(['rate-toString', 'rate-constructor']);
      // Importing a file that rates "constructor".
      const input = again.shadowRoot!.querySelector('input[type="file"]') as HTMLInputElement;
      const transfer = new DataTransfer();
      const file = JSON.stringify({ version: 1, ratings: { constructor: { value: 'not-yet', updatedAt: Date.now() + 1000 } } });
      transfer.items.add(new File([file], 'r.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await until(() => !!again.shadowRoot?.querySelector('.confirm-yes'), 'the import confirmation', 5000);
      // The confirmation answers only once it has been visible for a moment (the clickjacking guard,
      // which in a frame asks the browser whether the frame is really seen): confirm until it takes.
      const applied = () =>
        (again.shadowRoot!.querySelector('input[name="rate-constructor"][value="not-yet"]') as HTMLInputElement)?.checked;
      await until(
        () => {
          (again.shadowRoot!.querySelector('.confirm-yes') as HTMLButtonElement | null)?.click();
          return applied();
        },
        'the import to apply',
        5000,
      );
      localStorage.removeItem(`ladder-elements:ratings:frozen:${key}`);
    } finally {
      frame.remove();
    }
  });
});
