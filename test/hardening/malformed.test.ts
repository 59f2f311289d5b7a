// Hardening: malformed ladders. Each case of test/fixtures/malformed-ladders.ts reaches every element
// through `src` (a controlled fetch answering with the text) and, when it is JSON, through `.ladder`;
// each gives its exact message and JSON paths, settles within seconds, and throws nothing uncaught.
// The CLI is held to the same words in test/node/hardening-cli.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { clearLadderCache } from '../../src/data/load-ladder.js';
import '../../src/define.js';
import type { LadderChecklistElement } from '../../src/elements/checklist/checklist.element.js';
import { MAX_MARKDOWN_LENGTH } from '../../src/markdown/lex.js';
import { baseLadder, MALFORMED_LADDERS, type MalformedLadder, VALID_BUT_TRICKY } from '../fixtures/malformed-ladders.js';
import { $, $$, shadow, text, until, watchConsole } from '../helpers.js';
import { installFetchDouble } from '../support/fetch-double.js';
import { watchErrors } from './dom-safety.js';

const ELEMENTS = 'ladder-level-card, ladder-compare, ladder-checklist';
let keyCounter = 0;
const newKey = () => `hardening-malformed-${Date.now()}-${keyCounter++}`;

/** Waits (generously: a 10 MB answer is parsed on a loaded machine) until no element under `root` is loading. */
async function settled(root: Element): Promise<void> {
  const elements = [...root.querySelectorAll(ELEMENTS)];
  await until(
    () => elements.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[part="status"]')),
    'every element to settle',
    8000,
  );
  for (const el of elements) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** The message and the listed problems an element shows. */
function shownError(el: Element): { message: string; problems: string[] } {
  const alert = $(el, '[part="error"]');
  return { message: text(alert.querySelector('p')), problems: [...alert.querySelectorAll('li')].map((li) => li.textContent ?? '') };
}

/** What an element says about a case it loaded from `url`. */
function expectedFromSrc(c: MalformedLadder, url: string): { message: string; problems: string[] } {
  if (c.empty) return { message: `The ladder at ${url} is not valid JSON: the text is empty`, problems: [] };
  if (c.syntax)
    return {
      message: `The ladder at ${url} is not valid JSON (line ${c.syntax.line}, column ${c.syntax.column}): ${c.syntax.message}`,
      problems: [],
    };
  const n = c.problems!.length;
  return { message: `The ladder at ${url} is not valid: ${n} problem${n === 1 ? '' : 's'} found.`, problems: [...c.problems!] };
}

/**
 * The case as a `.ladder` value, when its text is a JSON object or array. (`.ladder` set to null, a
 * number or a string is not a ladder object: null and numbers mean "none", a string names a ladder.)
 */
function asObject(c: MalformedLadder): object | undefined {
  if (c.syntax || c.empty) return undefined;
  const value: unknown = JSON.parse(c.text().replace(/^\uFEFF/, ''));
  return typeof value === 'object' && value !== null ? value : undefined;
}

describe('hardening: malformed ladders', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  let errorWatch: ReturnType<typeof watchErrors>;

  beforeEach(() => {
    clearLadderCache();
    consoleWatch = watchConsole();
    errorWatch = watchErrors();
  });

  afterEach(function () {
    consoleWatch.restore();
    errorWatch.restore();
    for (const key of Object.keys(localStorage)) if (key.includes(':hardening-malformed-')) localStorage.removeItem(key);
    const title = this.currentTest?.fullTitle() ?? '';
    expect(errorWatch.errors, title).to.deep.equal([]);
    expect(
      consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')),
      title,
    ).to.deep.equal([]);
  });

  it('has at least 30 cases', () => {
    expect(MALFORMED_LADDERS.length).to.be.at.least(30);
  });

  MALFORMED_LADDERS.forEach((c, i) => {
    it(`${c.name}: the exact problem, from src and from .ladder, in every element`, async function () {
      this.timeout(30_000);
      const fetches = installFetchDouble();
      try {
        const src = `/hardening/malformed-${i}.json`;
        const url = new URL(src, location.href).href;
        const object = asObject(c);
        const byProperty: TemplateResult =
          object === undefined
            ? html``
            : html`<ladder-level-card .ladder=${object} level="L1"></ladder-level-card>
              <ladder-compare .ladder=${object}></ladder-compare>
              <ladder-checklist .ladder=${object} level="L1" storage-key=${newKey()}></ladder-checklist>
              <ladder-provider .ladder=${object}><ladder-level-card level="L2"></ladder-level-card></ladder-provider>`;
        const root = await fixture(html`<div>
          <div class="src">
            <ladder-level-card src=${src} level="L1"></ladder-level-card>
            <ladder-compare src=${src}></ladder-compare>
            <ladder-checklist src=${src} level="L1" storage-key=${newKey()}></ladder-checklist>
            <ladder-provider src=${src}><ladder-level-card level="L2"></ladder-level-card></ladder-provider>
          </div>
          <div class="property">${byProperty}</div>
        </div>`);
        // One request for the four elements asking for the same URL.
        expect(fetches.calls.map((call) => call.url)).to.deep.equal([url]);
        fetches.calls[0]!.respond(c.text());
        await settled(root);

        const expected = expectedFromSrc(c, url);
        for (const el of root.querySelectorAll(`.src :is(${ELEMENTS})`)) {
          expect(shownError(el), `<${el.localName}> given src`).to.deep.equal(expected);
        }
        // An answer that is not JSON at all, or is cut off, may be a passing fault: trying again is offered.
        // A JSON file broken in its middle, or an invalid ladder, is not fixed by asking again.
        const card = root.querySelector('.src ladder-level-card')!;
        expect(!!shadow(card).querySelector('[part="retry-button"]'), 'retry offered').to.equal(!!c.retry);

        if (object !== undefined) {
          const n = c.problems!.length;
          const fromProperty = {
            message: `The ladder given to the element is not valid: ${n} problem${n === 1 ? '' : 's'} found.`,
            problems: [...c.problems!],
          };
          for (const el of root.querySelectorAll(`.property :is(${ELEMENTS})`)) {
            expect(shownError(el), `<${el.localName}> given .ladder`).to.deep.equal(fromProperty);
          }
          expect(root.querySelectorAll(`.property :is(${ELEMENTS})`).length).to.equal(4);
        }
      } finally {
        fetches.restore();
      }
    });
  });

  it('reports a .ladder object that throws when read (a Proxy), without throwing itself', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new TypeError('no access');
        },
      },
    );
    // Set from code: the test's own html`` (open-wc's static html) would read the Proxy too.
    const root = await fixture(html`<div>
      <ladder-level-card level="L1"></ladder-level-card>
      <ladder-provider><ladder-compare></ladder-compare></ladder-provider>
    </div>`);
    for (const el of root.querySelectorAll('ladder-level-card, ladder-provider'))
      (el as HTMLElement & { ladder: unknown }).ladder = hostile;
    await settled(root);
    for (const el of root.querySelectorAll(ELEMENTS)) {
      expect(shownError(el)).to.deep.equal({
        message: 'The ladder given to the element could not be read: reading it threw TypeError: no access.',
        problems: [],
      });
    }
  });

  it('reports a .ladder object whose values cannot be turned into text', async () => {
    const ladder = baseLadder();
    ladder.schemaVersion = Object.create(null);
    ladder.sections[0].kind = Object.create(null);
    const el = await fixture(html`<ladder-level-card .ladder=${ladder} level="L1"></ladder-level-card>`);
    expect(shownError(el).problems).to.deep.equal([
      '$.schemaVersion: must be a number, not an object; this version of ladder-elements reads schemaVersion 1',
    ]);
    ladder.schemaVersion = 1;
    (el as HTMLElement & { ladder: unknown }).ladder = { ...ladder };
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shownError(el).problems).to.deep.equal([
      '$.sections[0].kind: an object is not a section kind; use one of: expectation, red-flag, example',
    ]);
  });

  describe('tricky but valid', () => {
    VALID_BUT_TRICKY.forEach((c, i) => {
      it(`shows ${c.name}`, async () => {
        const fetches = installFetchDouble();
        try {
          const src = `/hardening/tricky-${i}.json`;
          const root = await fixture(html`<div>
            <ladder-level-card src=${src} level=${c.level} show-inherited></ladder-level-card>
            <ladder-compare src=${src} mode="cumulative"></ladder-compare>
            <ladder-checklist src=${src} level=${c.level} storage-key=${newKey()}></ladder-checklist>
          </div>`);
          fetches.calls[0]!.respond(c.text());
          await settled(root);
          for (const el of root.querySelectorAll(ELEMENTS)) expect(shadow(el).querySelector('[part="error"]'), el.localName).to.equal(null);
          expect($(root.querySelector('ladder-level-card')!, '[part="title"]').textContent?.trim()).to.equal(c.title);
        } finally {
          fetches.restore();
        }
      });
    });

    it('rates, saves and restores items whose ids name Object.prototype members', async () => {
      const ladder = JSON.parse(VALID_BUT_TRICKY.find((c) => c.name.startsWith('ids that name'))!.text());
      const key = newKey();
      const make = () =>
        fixture<LadderChecklistElement>(html`<ladder-checklist .ladder=${ladder} level="L2" storage-key=${key}></ladder-checklist>`);
      const first = await make();
      (shadow(first).querySelector('[id="item-hasOwnProperty"] input[type="checkbox"]') as HTMLInputElement).click();
      (shadow(first).querySelector('[id="item-b"] input[value="consistently"]') as HTMLInputElement).click();
      await first.updateComplete;
      first.remove();
      const again = await make();
      expect((shadow(again).querySelector('[id="item-hasOwnProperty"] input[type="checkbox"]') as HTMLInputElement).checked).to.equal(true);
      expect((shadow(again).querySelector('[id="item-b"] input[value="consistently"]') as HTMLInputElement).checked).to.equal(true);
      expect(Object.keys(JSON.parse(again.value).ratings)).to.have.members(['hasOwnProperty', 'b']);
    });

    it('shows a 5 MB title and a 100 KB pathological item within seconds, as plain text', async function () {
      this.timeout(30_000);
      const ladder = baseLadder();
      ladder.levels[1].title = `Two ${'*a '.repeat(1_700_000)}`;
      ladder.levels[1].items.do[0].text = '*a '.repeat(33_000) + 'b*'.repeat(33_000);
      const root = await fixture(html`<div>
        <ladder-level-card .ladder=${ladder} level="L2"></ladder-level-card>
        <ladder-compare .ladder=${ladder} filter="a b"></ladder-compare>
        <ladder-checklist .ladder=${ladder} level="L2" storage-key=${newKey()}></ladder-checklist>
      </div>`);
      await settled(root);
      const card = root.querySelector('ladder-level-card')!;
      expect($(card, '[part="title"]').textContent!.length).to.be.greaterThan(5_000_000);
      // Longer than MAX_MARKDOWN_LENGTH: shown as written, no <em> made of it.
      expect(ladder.levels[1].items.do[0].text.length).to.be.greaterThan(MAX_MARKDOWN_LENGTH);
      expect($$(card, '[part="item"] em').length).to.equal(0);
      expect($$(root.querySelector('ladder-compare')!, '[part="match"]').length).to.be.greaterThan(0);
    });
  });
});
