// Hardening: broken networks. Every way a `src` request can fail (HTTP errors, no answer, an HTML
// page where JSON was expected, a connection that breaks mid-answer, going offline, a slow answer
// overtaken by a newer src) ends in a plain message, never in an uncaught error or a stale ladder;
// "Try again" and coming back online load it again; a checklist loses no rating on the way.
import { expect, fixture, html } from '@open-wc/testing';
import { LadderLoadError } from '../../src/data/ladder-source.js';
import { clearLadderCache, FETCH_TIMEOUT_MS, loadLadder } from '../../src/data/load-ladder.js';
import '../../src/define.js';
import type { LadderChecklistElement } from '../../src/elements/checklist/checklist.element.js';
import { baseLadder } from '../fixtures/malformed-ladders.js';
import { $, $$, shadow, text, until, watchConsole } from '../helpers.js';
import { type FetchDouble, installFetchDouble } from '../support/fetch-double.js';
import { watchErrors } from './dom-safety.js';

/** Holds back the timers of a given delay (the fetch timeout) until the test fires them: fake time for that one timer. */
function holdTimers(delay: number): { held: (() => void)[]; restore: () => void } {
  const original = window.setTimeout;
  const held: (() => void)[] = [];
  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (ms === delay && typeof handler === 'function') {
      held.push(() => handler(...args));
      return 0;
    }
    return original(handler, ms, ...args);
  }) as typeof setTimeout;
  return { held, restore: () => (window.setTimeout = original) };
}

type LadderEl = HTMLElement & { src?: string; updateComplete: Promise<unknown>; resolvedLadder?: unknown };

const url = (src: string) => new URL(src, location.href).href;
let keyCounter = 0;
const newKey = () => `hardening-network-${Date.now()}-${keyCounter++}`;

const ladderTitled = (title: string) => {
  const l = baseLadder();
  l.title = title;
  l.levels[0].title = title;
  return JSON.stringify(l);
};

const status = (el: Element) => shadow(el).querySelector('[part="status"]');
const errorText = (el: Element) => text(shadow(el).querySelector('[part="error"] p'));
const retryButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part="retry-button"]');

async function untilSettled(...els: Element[]): Promise<void> {
  await until(() => els.every((el) => !status(el)), 'the elements to settle');
  for (const el of els) await (el as LadderEl).updateComplete;
}

/** What each element shows once the ladder is there: its level title, or the comparison's caption. */
function shownTitle(el: Element): string {
  if (el.localName === 'ladder-compare') return text(shadow(el).querySelector('[part="caption"]'));
  return text(shadow(el).querySelector('[part="title"]'));
}

describe('hardening: broken networks', () => {
  let fetches: FetchDouble;
  let consoleWatch: ReturnType<typeof watchConsole>;
  let errorWatch: ReturnType<typeof watchErrors>;

  beforeEach(() => {
    clearLadderCache();
    fetches = installFetchDouble();
    consoleWatch = watchConsole();
    errorWatch = watchErrors();
  });

  afterEach(function () {
    fetches.restore();
    consoleWatch.restore();
    errorWatch.restore();
    for (const key of Object.keys(localStorage)) if (key.includes(':hardening-network-')) localStorage.removeItem(key);
    const title = this.currentTest?.fullTitle() ?? '';
    expect(errorWatch.errors, title).to.deep.equal([]);
    expect(
      consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')),
      title,
    ).to.deep.equal([]);
  });

  async function everyElement(src: string) {
    const root = await fixture(html`<div>
      <ladder-level-card src=${src} level="L1"></ladder-level-card>
      <ladder-compare src=${src}></ladder-compare>
      <ladder-checklist src=${src} level="L1" storage-key=${newKey()}></ladder-checklist>
      <ladder-provider src=${src}><ladder-level-card level="L2"></ladder-level-card></ladder-provider>
    </div>`);
    const [card, compare, checklist, provider] = [...root.children] as LadderEl[];
    const child = provider!.querySelector('ladder-level-card')!;
    return {
      root,
      card: card!,
      compare: compare!,
      checklist: checklist!,
      provider: provider!,
      child,
      all: [card!, compare!, checklist!, child],
    };
  }

  const httpErrors: [number, string, string][] = [
    [404, 'Not Found', 'HTTP 404 Not Found'],
    [500, 'Internal Server Error', 'HTTP 500 Internal Server Error'],
    [503, '', 'HTTP 503'],
  ];
  for (const [code, statusText, words] of httpErrors) {
    it(`HTTP ${code}: says so everywhere, "Try again" and coming back online load it again`, async () => {
      const src = `/hardening/http-${code}.json`;
      const { card, compare, checklist, provider, child, all } = await everyElement(src);
      expect(fetches.calls.length).to.equal(1);
      for (const el of all) expect(text(status(el))).to.equal('Loading ladder…');
      fetches.calls[0]!.respond('<h1>error</h1>', { status: code, statusText, headers: { 'content-type': 'text/html' } });
      await untilSettled(...all);
      for (const el of all)
        expect(errorText(el), el.localName).to.equal(`Could not load the ladder from ${url(src)}: the server answered ${words}.`);
      for (const el of [card, compare, checklist]) expect(retryButton(el), el.localName).to.not.equal(null);

      // "Try again" on one element asks the server again, for that element.
      retryButton(card)!.click();
      await card.updateComplete;
      expect(fetches.calls.length).to.equal(2);
      fetches.calls[1]!.respond(ladderTitled('Back'));
      await untilSettled(card);
      expect(shownTitle(card)).to.equal('Back');
      expect(errorText(compare)).to.contain(words);

      // Coming back online: every element still in error asks again, and gets the ladder the card
      // has just loaded (a success is shared, not fetched again).
      window.dispatchEvent(new Event('online'));
      await untilSettled(compare, checklist, child);
      expect(fetches.calls.length).to.equal(2);
      expect(shownTitle(compare)).to.equal('Back: What is new at each level');
      expect(shownTitle(checklist)).to.equal('Self-assessment: Back');
      expect(shownTitle(child)).to.equal('Two');
      expect(provider.querySelector('ladder-level-card')).to.equal(child);
      // Nothing left in error: another "online" asks nothing.
      window.dispatchEvent(new Event('online'));
      await card.updateComplete;
      expect(fetches.calls.length).to.equal(2);
    });
  }

  it('no answer: times out with a message (fake time for the 15 s timer), and the request is cancelled', async () => {
    const timers = holdTimers(FETCH_TIMEOUT_MS);
    try {
      const src = '/hardening/never.json';
      const { card, compare, checklist, child, all } = await everyElement(src);
      expect(fetches.calls.length).to.equal(1);
      expect(timers.held.length).to.equal(1);
      timers.held[0]!();
      await untilSettled(...all);
      expect(fetches.calls[0]!.signal?.aborted).to.equal(true);
      for (const el of all)
        expect(errorText(el), el.localName).to.equal(`Could not load the ladder from ${url(src)}: no answer within 15 s.`);
      for (const el of [card, compare, checklist]) expect(retryButton(el)).to.not.equal(null);
      expect(child.localName).to.equal('ladder-level-card');
    } finally {
      timers.restore();
    }
  });

  it('no answer: loadLadder takes a shorter timeout', async () => {
    const started = loadLadder('/hardening/slow.json', undefined, 50);
    const error = await started.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(LadderLoadError);
    expect((error as Error).message).to.equal(`Could not load the ladder from ${url('/hardening/slow.json')}: no answer within 0.05 s.`);
    expect(fetches.calls[0]!.signal?.aborted).to.equal(true);
    // A failure is not cached: the next attempt asks again.
    const again = loadLadder('/hardening/slow.json');
    expect(fetches.calls.length).to.equal(2);
    fetches.calls[1]!.respond(ladderTitled('Late'));
    expect((await again).title).to.equal('Late');
  });

  it('an HTML page with status 200 (a captive portal): not JSON, says where, and "Try again" recovers', async () => {
    const src = '/hardening/portal.json';
    const el = await fixture<LadderEl>(html`<ladder-level-card src=${src} level="L1"></ladder-level-card>`);
    fetches.calls[0]!.respond('<!doctype html>\n<html><body>Sign in to the Wi-Fi</body></html>', {
      headers: { 'content-type': 'text/html' },
    });
    await untilSettled(el);
    expect(errorText(el)).to.equal(
      `The ladder at ${url(src)} is not valid JSON (line 1, column 1): unexpected "<"; expected a value (object, array, string, number, true, false or null)`,
    );
    retryButton(el)!.click();
    await el.updateComplete;
    fetches.calls[1]!.respond(ladderTitled('Signed in'));
    await untilSettled(el);
    expect(shownTitle(el)).to.equal('Signed in');
  });

  it('a connection that breaks while the ladder is received', async () => {
    const src = '/hardening/broken-body.json';
    const { all } = await everyElement(src);
    fetches.calls[0]!.breakBody();
    await untilSettled(...all);
    for (const el of all)
      expect(errorText(el)).to.equal(
        `Could not load the ladder from ${url(src)}: the connection broke while the ladder was being received.`,
      );
  });

  it('offline: a plain message, then the ladder by itself once the browser is back online (and offline again is fine)', async () => {
    const src = '/hardening/offline.json';
    const { card, compare, checklist, child, all } = await everyElement(src);
    fetches.calls[0]!.fail(new TypeError('Failed to fetch'));
    await untilSettled(...all);
    for (const el of all) {
      expect(errorText(el)).to.equal(
        `Could not load the ladder from ${url(src)}: the request failed (offline, blocked by the server's CORS policy, or the server cannot be reached).`,
      );
    }
    // Back online, but not for long: the retry fails the same way, still nothing thrown.
    window.dispatchEvent(new Event('online'));
    await card.updateComplete;
    expect(fetches.calls.length).to.equal(2);
    fetches.calls[1]!.fail(new TypeError('Failed to fetch'));
    await untilSettled(...all);
    expect(errorText(child)).to.contain('the request failed');
    window.dispatchEvent(new Event('online'));
    await card.updateComplete;
    expect(fetches.calls.length).to.equal(3);
    fetches.calls[2]!.respond(ladderTitled('Reconnected'));
    await untilSettled(...all);
    expect([card, compare, checklist, child].map(shownTitle)).to.deep.equal([
      'Reconnected',
      'Reconnected: What is new at each level',
      'Self-assessment: Reconnected',
      'Two',
    ]);
  });

  for (const tag of ['ladder-level-card', 'ladder-compare', 'ladder-checklist', 'ladder-provider']) {
    it(`<${tag}>: a slow answer overtaken by a newer src never wins, success or failure`, async () => {
      const root = await fixture(html`<div></div>`);
      const el = document.createElement(tag) as LadderEl;
      el.setAttribute('level', 'L1');
      el.setAttribute('storage-key', newKey());
      el.src = '/hardening/old.json';
      let shown: Element = el;
      if (tag === 'ladder-provider') {
        shown = document.createElement('ladder-level-card');
        shown.setAttribute('level', 'L1');
        el.append(shown);
      }
      root.append(el);
      await el.updateComplete;
      el.src = '/hardening/new.json';
      await el.updateComplete;
      expect(fetches.calls.map((c) => new URL(c.url).pathname)).to.deep.equal(['/hardening/old.json', '/hardening/new.json']);
      expect(fetches.calls[0]!.signal?.aborted).to.equal(true);
      fetches.calls[1]!.respond(ladderTitled('New'));
      await untilSettled(shown);
      expect(shownTitle(shown)).to.contain('New');
      fetches.calls[0]!.respond(ladderTitled('Old'));
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(shownTitle(shown)).to.contain('New');
      // The newest src fails, then an even older answer arrives: the failure stays, the old ladder never shows.
      el.src = '/hardening/newest.json';
      await el.updateComplete;
      fetches.calls[2]!.respond('nope', { status: 502, statusText: 'Bad Gateway' });
      await untilSettled(shown);
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(errorText(shown)).to.equal(
        `Could not load the ladder from ${url('/hardening/newest.json')}: the server answered HTTP 502 Bad Gateway.`,
      );
      expect(shadow(shown).textContent).to.not.contain('Old');
    });
  }

  it('"Try again" pressed three times before the page updates: one request, and removing the element cancels it', async () => {
    const src = '/hardening/impatient.json';
    const el = await fixture<LadderEl>(html`<ladder-level-card src=${src} level="L1"></ladder-level-card>`);
    fetches.calls[0]!.fail(new TypeError('Failed to fetch'));
    await untilSettled(el);
    const button = retryButton(el)!;
    button.click();
    button.click();
    button.click();
    await el.updateComplete;
    expect(fetches.calls.length).to.equal(2);
    const parent = el.parentElement!;
    el.remove();
    expect(fetches.calls[1]!.signal?.aborted).to.equal(true);
    parent.append(el);
    await el.updateComplete;
    expect(fetches.calls.length).to.equal(3);
    fetches.calls[2]!.respond(ladderTitled('Patience'));
    await untilSettled(el);
    expect(shownTitle(el)).to.equal('Patience');
  });

  it('an element removed while its ladder loads cancels the request, and loads again when put back', async () => {
    const root = await fixture(html`<div><ladder-level-card src="/hardening/detached.json" level="L1"></ladder-level-card></div>`);
    const el = root.firstElementChild as LadderEl;
    el.remove();
    expect(fetches.calls[0]!.signal?.aborted).to.equal(true);
    root.append(el);
    await el.updateComplete;
    expect(fetches.calls.length).to.equal(2);
    fetches.calls[1]!.respond(ladderTitled('Again'));
    await untilSettled(el);
    expect(shownTitle(el)).to.equal('Again');
  });

  it('a checklist loses no rating while its ladder fails to load and comes back', async () => {
    const key = newKey();
    const el = await fixture<LadderChecklistElement & LadderEl>(
      html`<ladder-checklist src="/hardening/ok.json" level="L2" storage-key=${key}></ladder-checklist>`,
    );
    fetches.calls[0]!.respond(ladderTitled('Base'));
    await untilSettled(el);
    ($(el, '[id="item-b"] input[value="consistently"]') as HTMLInputElement).click();
    ($(el, '[id="item-c"] input[type="checkbox"]') as HTMLInputElement).click();
    await el.updateComplete;
    el.src = '/hardening/down.json';
    await el.updateComplete;
    fetches.calls[1]!.respond('', { status: 503, statusText: 'Service Unavailable' });
    await untilSettled(el);
    expect(errorText(el)).to.contain('HTTP 503 Service Unavailable');
    expect(JSON.parse(el.value).ratings).to.have.keys('b', 'c');
    retryButton(el)!.click();
    await el.updateComplete;
    fetches.calls[2]!.respond(ladderTitled('Base'));
    await untilSettled(el);
    expect(($(el, '[id="item-b"] input[value="consistently"]') as HTMLInputElement).checked).to.equal(true);
    expect(($(el, '[id="item-c"] input[type="checkbox"]') as HTMLInputElement).checked).to.equal(true);
    expect($$(el, '[part="error"]').length).to.equal(0);
  });
});
