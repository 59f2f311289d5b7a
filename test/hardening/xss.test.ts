// Hardening: hostile text runs nothing, through each element's own paths. A stratified sample of the
// corpus (XSS_SAMPLE: every source represented) goes into every text field of a ladder, into every id,
// into level-href, the compare's filter, the inputs that name ladders and levels, rating files, notes
// and saved data; every element renders it in every mode. Then: no script ran, and no element,
// attribute or URL in the DOM (shadow roots included) could run or load anything.
// The whole corpus goes through the sinks these paths share (Markdown, URL check, text bindings) in
// test/markdown/xss-corpus.test.ts; the embed page's parameters in test/node/embed-params.test.ts and
// test/node/hardening-embed.test.ts (built dist/).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { LadderChecklistElement } from '../../src/elements/checklist/checklist.element.js';
import { markdownToText } from '../../src/markdown/text.js';
import type { Ratings } from '../../src/model/ratings.js';
import { hostileLadder, XSS_PAYLOADS, XSS_SAMPLE } from '../fixtures/xss-payloads.js';
import { $, $$, importFile, shadow, text, until, watchConsole } from '../helpers.js';
import { afterAFrame, armXssTrap, findUnsafe, snapshotElements, watchErrors } from './dom-safety.js';

const KEY_PREFIX = 'ladder-elements:ratings:';
let keyCounter = 0;
const newKey = () => `hardening-xss-${Date.now()}-${keyCounter++}`;

/** How validation quotes a value in its messages (cut after 57 characters). */
const quoted = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

const LADDER_TAGS = 'ladder-provider, ladder-level-card, ladder-compare, ladder-checklist';

/** Waits until every ladder element under `root` has rendered its current state. */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const el of root.querySelectorAll(LADDER_TAGS)) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
}

/** A filter for <ladder-compare> that matches the payload's visible text. */
function filterFor(payload: string): string {
  const plain = markdownToText(payload).trim();
  return /xss/i.test(plain) ? 'XSS' : plain.slice(0, 3).trim();
}

/** Whitespace collapsed, as `text()` does for rendered text. */
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

const errorLines = (el: Element) => $$(el, '[part="error"] li').map((li) => li.textContent ?? '');

describe('hardening: hostile text runs nothing', () => {
  let baseline: Set<Element>;
  let disarm: () => void;
  let consoleWatch: ReturnType<typeof watchConsole>;
  let errorWatch: ReturnType<typeof watchErrors>;

  beforeEach(() => {
    baseline = snapshotElements();
    disarm = armXssTrap();
    consoleWatch = watchConsole();
    errorWatch = watchErrors();
  });

  afterEach(function () {
    consoleWatch.restore();
    errorWatch.restore();
    disarm();
    for (const key of Object.keys(localStorage)) if (key.includes(':hardening-xss-')) localStorage.removeItem(key);
    const title = this.currentTest?.fullTitle() ?? '';
    expect(errorWatch.errors, title).to.deep.equal([]);
    expect(
      consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')),
      title,
    ).to.deep.equal([]);
  });

  /** Nothing ran (after a frame and a timeout) and nothing dangerous is in the DOM. */
  async function expectSafe(what: string): Promise<void> {
    await afterAFrame();
    expect(window.__xss, `script ran: ${what}`).to.equal(undefined);
    expect(findUnsafe(document.body, baseline), what).to.deep.equal([]);
  }

  it('has a corpus of at least 50 payloads, the blns script injections among them', () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(50);
    const bySource = (s: string) => XSS_PAYLOADS.filter((p) => p.source === s).length;
    expect(bySource('owasp')).to.be.at.least(40);
    expect(bySource('markdown')).to.be.at.least(30);
    expect(bySource('mxss')).to.be.at.least(5);
    expect(bySource('blns')).to.be.at.least(200);
    // Every payload signals through __xss, never through a dialog.
    for (const { payload } of XSS_PAYLOADS) expect(payload).not.to.match(/\balert\b|\bprompt\s*\(|\bconfirm\s*\(/);
  });

  it('samples 20 to 30 distinct payloads, from every source of the corpus', () => {
    expect(XSS_SAMPLE.length).to.be.within(20, 30);
    expect(new Set(XSS_SAMPLE.map((p) => p.payload)).size).to.equal(XSS_SAMPLE.length);
    expect(new Set(XSS_SAMPLE.map((p) => p.source))).to.deep.equal(new Set(XSS_PAYLOADS.map((p) => p.source)));
    // Raw tags, Markdown links, character references and script URLs are all among them.
    for (const shape of [/<[a-z]/i, /\]\(/, /&#/, /javascript:/i])
      expect(
        XSS_SAMPLE.some((p) => shape.test(p.payload)),
        String(shape),
      ).to.equal(true);
  });

  it('detects a payload that does run (the trap and the walker work)', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    try {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__xssHit()');
      img.src = 'data:,not-an-image';
      probe.append(img);
      await until(() => window.__xss === 1, 'the probe to run');
      const expected = ['<img> element', 'onerror="window.__xssHit()" on <img>', 'src="data:,not-an-image" on <img>'];
      expect(findUnsafe(probe)).to.deep.equal(expected);
      // What a test adds to the page is walked, though the page's own elements (body among them) are not.
      expect(findUnsafe(document.body, baseline)).to.deep.equal(expected);
    } finally {
      probe.remove();
    }
  });

  describe('in every text field, rendered by every element in every mode', () => {
    XSS_SAMPLE.forEach(({ source, payload }, i) => {
      it(`#${i} ${source}: ${JSON.stringify(payload).slice(0, 100)}`, async () => {
        const ladder = hostileLadder([payload]);
        const filter = filterFor(payload);
        const root = await fixture(html`<div>
          <ladder-level-card .ladder=${ladder} level="L3"></ladder-level-card>
          <ladder-level-card .ladder=${ladder} level="L3" show-inherited level-href=${payload}></ladder-level-card>
          <ladder-level-card .ladder=${ladder} level="L3" compact></ladder-level-card>
          <ladder-compare .ladder=${ladder} mode="delta" .filter=${filter}></ladder-compare>
          <ladder-compare .ladder=${ladder} mode="cumulative" .filter=${filter}></ladder-compare>
          <ladder-compare .ladder=${ladder} mode="cumulative"></ladder-compare>
          <ladder-checklist .ladder=${ladder} level="L3" storage-key=${newKey()}></ladder-checklist>
          <ladder-checklist .ladder=${ladder} level="L1" compare-to="L2" storage-key=${newKey()}></ladder-checklist>
          <ladder-provider .ladder=${ladder}>
            <ladder-level-card level="L2" show-inherited></ladder-level-card>
            <ladder-compare levels="L1 L3"></ladder-compare>
            <ladder-checklist level="L2" storage-key=${newKey()}></ladder-checklist>
          </ladder-provider>
        </div>`);
        await settle(root);
        // Every element rendered the ladder (not an error), so the payload went through each path.
        for (const el of root.querySelectorAll('ladder-level-card, ladder-compare, ladder-checklist')) {
          expect(shadow(el).querySelector('[part="error"]'), `<${el.localName}> shows an error`).to.equal(null);
        }
        for (const card of root.querySelectorAll('ladder-level-card'))
          expect(shadow(card).querySelector('[part="title"]')).to.not.equal(null);
        for (const checklist of root.querySelectorAll('ladder-checklist'))
          expect(shadow(checklist).querySelector('[part="title"]')).to.not.equal(null);
        const filtered = root.querySelectorAll('ladder-compare')[1]!;
        if (filter) expect($$(filtered, '[part="item"]').length, 'the filter matches the payload').to.be.greaterThan(0);
        await expectSafe(payload);
      });
    });
  });

  describe('in ids and in the inputs that name ladders and levels: rejected, and the echo is inert', () => {
    XSS_SAMPLE.forEach(({ source, payload }, i) => {
      it(`#${i} ${source}: ${JSON.stringify(payload).slice(0, 100)}`, async () => {
        const ids = {
          schemaVersion: 1,
          id: payload,
          title: 'Ids',
          sections: [
            { id: payload, title: 'Section', kind: 'expectation' },
            { id: 'ok', title: 'OK', kind: payload },
          ],
          levels: [
            { id: payload, title: 'One', items: { [payload]: [{ id: payload, text: 'x' }], ok: [{ id: 'a', text: 'a' }] } },
            { id: 'L2', title: 'Two', inherits: payload, items: { ok: [{ id: 'b', text: 'b', replaces: payload }] } },
          ],
        };
        const valid = hostileLadder(['plain text']);
        const root = await fixture(html`<div>
          <ladder-level-card .ladder=${ids} level=${payload}></ladder-level-card>
          <ladder-compare .ladder=${ids}></ladder-compare>
          <ladder-checklist .ladder=${ids} level="L2" storage-key=${newKey()}></ladder-checklist>
          <ladder-level-card ladder=${payload} level="L1"></ladder-level-card>
          <ladder-level-card .ladder=${valid} level=${payload}></ladder-level-card>
          <ladder-compare .ladder=${valid} levels=${payload}></ladder-compare>
          <ladder-checklist .ladder=${valid} level=${payload} storage-key=${newKey()}></ladder-checklist>
          <ladder-checklist .ladder=${valid} level="L1" compare-to=${payload} storage-key=${newKey()}></ladder-checklist>
          <ladder-provider ladder=${payload}><ladder-level-card level="L1"></ladder-level-card></ladder-provider>
        </div>`);
        await settle(root);
        const [card, compare, checklist] = [...root.children].map((el) => el as HTMLElement);
        const slug = 'slug (lowercase letters, digits and single dashes, e.g. "should-have")';
        const id = 'id (letters, digits, ".", "_" or "-", starting with a letter or digit)';
        const lines = errorLines(card!);
        expect(lines).to.include(`$.id: ${quoted(payload)} is not a valid ladder ${slug}`);
        expect(lines).to.include(`$.sections[0].id: ${quoted(payload)} is not a valid section ${slug}`);
        expect(lines).to.include(`$.levels[0].id: ${quoted(payload)} is not a valid level ${id}`);
        expect(
          lines.some(
            (l) => l.startsWith('$.sections[1].kind: ') && l.endsWith('is not a section kind; use one of: expectation, red-flag, example'),
          ),
        ).to.equal(true);
        expect(errorLines(compare!)).to.deep.equal(lines);
        expect(errorLines(checklist!)).to.deep.equal(lines);
        // The inputs that name a ladder or a level echo it as text.
        const message = (el: Element) => text(shadow(el).querySelector('[part="error"] p'));
        const shown = root.children;
        const trimmed = payload.trim();
        if (trimmed) expect(message(shown[3]!)).to.equal(squeeze(`There is no ladder "${trimmed}". Available ladders: engineering.`));
        expect(message(shown[4]!)).to.contain('There is no level');
        await expectSafe(payload);
      });
    });
  });

  describe('in rating files, notes and saved data', () => {
    // Twenty payloads per file: the checklist lists the first twenty problems of a file it refuses.
    const chunks: string[][] = [];
    for (let i = 0; i < XSS_SAMPLE.length; i += 20) chunks.push(XSS_SAMPLE.slice(i, i + 20).map((p) => p.payload));

    chunks.forEach((payloads, c) => {
      it(`refuses a file whose ids, values and name are sample payloads ${c * 20}–${c * 20 + payloads.length - 1}, and shows why as text`, async () => {
        const ladder = hostileLadder(['x']);
        const el = await fixture<LadderChecklistElement>(
          html`<ladder-checklist .ladder=${ladder} level="L3" storage-key=${newKey()}></ladder-checklist>`,
        );
        const ratings = Object.fromEntries(payloads.map((p) => [p, { value: p, note: p, updatedAt: 1 }]));
        await importFile(el, JSON.stringify({ version: 1, ladder: payloads[0], ratings }), payloads[0]!);
        const alert = $(el, '[part="error"]');
        expect(text(alert.querySelector('strong'))).to.match(/^“.*” cannot be imported:$/s);
        const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
        const distinct = [...new Set(payloads)];
        expect(items.length).to.equal(Math.min(20, distinct.filter((p) => !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(p)).length));
        expect(items[0]).to.match(/^\$\.ratings/);
        await expectSafe(payloads[0]!);
      });

      it(`imports notes and values that are sample payloads ${c * 20}–${c * 20 + payloads.length - 1}, keeps them as text, exports them as text`, async () => {
        const ladder = hostileLadder(['x']);
        const key = newKey();
        const el = await fixture<LadderChecklistElement>(
          html`<ladder-checklist .ladder=${ladder} level="L3" storage-key=${key}></ladder-checklist>`,
        );
        const ratings: Ratings = Object.fromEntries(payloads.map((p, i) => [`i${i}`, { value: p, note: p, updatedAt: 1 }]));
        await importFile(
          el,
          JSON.stringify({ version: 1, ladder: payloads.join(' '), level: payloads[1] ?? 'L3', ratings }),
          'ratings.json',
        );
        expect(text($(el, '[part="confirm"] p'))).to.contain(squeeze(payloads.join(' ')));
        ($(el, '.confirm-yes') as HTMLButtonElement).click();
        await el.updateComplete;
        const notes = $$(el, 'textarea[data-field="note"]') as HTMLTextAreaElement[];
        const byId = new Map(notes.map((t) => [t.closest<HTMLElement>('[data-row]')?.dataset.row, t.value]));
        const shown = payloads.filter((_, i) => byId.has(`i${i}`));
        expect(shown.length, 'notes found by their row').to.be.greaterThan(0);
        payloads.forEach((p, i) => {
          if (byId.has(`i${i}`)) expect(byId.get(`i${i}`)).to.equal(p);
        });
        // Saved as they are, and the Markdown export shown for copying by hand keeps them as text.
        const saved = JSON.parse(localStorage.getItem(`${KEY_PREFIX}hostile:${key}`)!).ratings as Ratings;
        expect(saved.i0?.note).to.equal(payloads[0]);
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: () => Promise.reject(new Error('denied')) },
        });
        try {
          $$(el, '[part="action"]')
            .find((b) => text(b) === 'Copy as Markdown')!
            .click();
          await until(() => !!shadow(el).querySelector('.fallback textarea'), 'the Markdown fallback');
        } finally {
          delete (navigator as { clipboard?: unknown }).clipboard;
        }
        const markdown = ($(el, '.fallback textarea') as HTMLTextAreaElement).value;
        const shownNotes = notes.map((t) => t.value.trim()).filter(Boolean);
        expect(shownNotes.length).to.be.greaterThan(0);
        for (const n of shownNotes) expect(markdown).to.contain(`Note: ${n.split('\n')[0]}`);
        await expectSafe(payloads[0]!);
      });

      it(`shows saved notes that are sample payloads ${c * 20}–${c * 20 + payloads.length - 1}, and unreadable saved data that quotes them`, async () => {
        const ladder = hostileLadder(['x']);
        const good = newKey();
        const bad = newKey();
        localStorage.setItem(
          `${KEY_PREFIX}hostile:${good}`,
          JSON.stringify({ version: 1, ratings: Object.fromEntries(payloads.map((p, i) => [`i${i}`, { note: p, updatedAt: 1 }])) }),
        );
        localStorage.setItem(
          `${KEY_PREFIX}hostile:${bad}`,
          JSON.stringify({ version: 1, ratings: Object.fromEntries(payloads.map((p) => [p, { note: p, updatedAt: 1 }])) }),
        );
        const root = await fixture(html`<div>
          <ladder-checklist .ladder=${ladder} level="L3" storage-key=${good}></ladder-checklist>
          <ladder-checklist .ladder=${ladder} level="L3" storage-key=${bad}></ladder-checklist>
        </div>`);
        await settle(root);
        const [withNotes, withCorrupt] = [...root.children];
        const notes = ($$(withNotes!, 'textarea[data-field="note"]') as HTMLTextAreaElement[]).map((t) => t.value).filter(Boolean);
        expect(notes.length).to.be.greaterThan(0);
        for (const n of notes) expect(payloads).to.include(n);
        expect(text($(withCorrupt!, '[part="messages"]'))).to.contain('Your saved ratings could not be read ($.ratings');
        await expectSafe(payloads[0]!);
      });
    });
  });
});
