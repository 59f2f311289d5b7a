// The HTTP store against a real server: test/support/ratings-server.mjs, a loopback Node server of its
// own started by web-test-runner.config.mjs, speaking the protocol with faults injected through its
// control API. No fetch double: every request here crosses a real socket, with real CORS. Under each
// fault the checklist keeps every rating, and once the fault is over the server holds each one (counted).
// Timeouts and backoff are shortened through the store's options, and tests wait on the checklist's
// save state, never on the clock. (Closing the tab, going offline, two browsers and a cross-site frame
// are in test/node/store-e2e.test.ts, which needs real pages.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/checklist/checklist.js';
import { HttpRatingsStore } from '../../src/data/stores/http-store.js';
import type { LadderChecklistElement } from '../../src/elements/checklist/checklist.element.js';
import { branchingLadder } from '../fixtures/ladders.js';
import { $, $$, shadow, text, until, watchConsole } from '../helpers.js';

type ServerFile = { version: number; ratings: Record<string, { value?: string; note?: string; updatedAt: number }> } | null;

/** How many entries of a ratings file say something (as ratings-server.mjs counts them). */
const countRated = (file: ServerFile) => Object.values(file?.ratings ?? {}).filter((e) => e.value !== undefined || e.note).length;

let origin = '';
let counter = 0;
const newPath = () => `/ratings/t${Date.now()}-${counter++}`;
const control = async (what: string, body?: unknown) => {
  const res = await fetch(`${origin}/__control/${what}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  return res.json();
};
const serverFile = async (path: string): Promise<ServerFile> => (await control(`file?path=${encodeURIComponent(path)}`)).file;
const seedServer = (path: string, file: unknown) =>
  fetch(`${origin}/__control/file?path=${encodeURIComponent(path)}`, { method: 'POST', body: JSON.stringify(file) });
const log = async (path: string): Promise<{ method: string; path: string; status: number }[]> =>
  (await control('log')).filter((e: { path: string }) => e.path === path);

/** A store with test timings: a 200 ms timeout, 10 ms coalescing, retries after 20–80 ms. */
const fastStore = (path: string, init?: ConstructorParameters<typeof HttpRatingsStore>[1]) =>
  new HttpRatingsStore(`${origin}${path}`, { timeoutMs: 200, timing: { coalesceMs: 10, retryMinMs: 20, retryMaxMs: 80 }, ...init });

/** The bundled ladder's L4 (78 items), or with `small` the test ladder's L3 (axe is quicker on it). */
async function checklist(store: HttpRatingsStore, small = false): Promise<LadderChecklistElement> {
  const el = await fixture<LadderChecklistElement>(
    small
      ? html`<ladder-checklist .ladder=${branchingLadder()} level="L3" .store=${store}></ladder-checklist>`
      : html`<ladder-checklist level="L4" .store=${store}></ladder-checklist>`,
  );
  await el.updateComplete;
  return el;
}

const ids = (el: Element) => $$(el, '[part~="item"]').map((row) => row.id.slice('item-'.length));
const expectationIds = (el: Element) =>
  $$(el, '[part~="item"]')
    .filter((row) => row.querySelector('input[type="radio"]'))
    .map((row) => row.id.slice('item-'.length));

async function rate(el: LadderChecklistElement, id: string, value = 'sometimes'): Promise<void> {
  ($(el, `[id="item-${id}"] input[value="${value}"]`).closest('label') as HTMLElement).click();
  await el.updateComplete;
}

const saved = (el: LadderChecklistElement, what = 'saved') => until(() => el.saveState === 'saved', what, 5000);
const saveState = (el: Element) => text($(el, '[part="save-state"]'));

describe('HTTP store (a real loopback server)', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;

  before(async () => {
    origin = (await (await fetch('/__ratings-server.json')).json()).origin;
  });
  beforeEach(async () => {
    consoleWatch = watchConsole();
    await control('clear-faults', {});
    await control('auth', { token: null });
  });
  afterEach(function () {
    consoleWatch.restore();
    for (const key of Object.keys(localStorage)) if (key.startsWith('ladder-elements:pending:')) localStorage.removeItem(key);
    // The browser reports failed requests (500, 401…) on the console by itself; nothing else may be written there.
    const own = consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode') && !/Failed to load resource|ERR_/.test(m));
    expect(own, this.currentTest?.fullTitle()).to.deep.equal([]);
  });

  it('store-url: loads (404: nothing yet), saves with If-None-Match then If-Match, shows where and "Saved"; a new checklist shows it all', async () => {
    const path = newPath();
    const el = await fixture<LadderChecklistElement>(
      html`<ladder-checklist .ladder=${branchingLadder()} level="L3" store-url=${origin + path}></ladder-checklist>`,
    );
    await saved(el);
    expect(saveState(el)).to.equal(`Saves to ${origin}${path}: Saved`);
    expect($(el, '[part="save-state"]').getAttribute('role')).to.equal('status');
    const [a, b, c] = expectationIds(el);
    await rate(el, a!, 'consistently');
    await rate(el, b!, 'not-yet');
    await rate(el, c!, 'na');
    expect(saveState(el)).to.match(/Saving…|Saved/);
    await saved(el);
    const file = await serverFile(path);
    expect(countRated(file)).to.equal(3);
    expect(file!.ratings[a!]!.value).to.equal('consistently');
    const requests = await log(path);
    expect(requests[0]).to.include({ method: 'GET', status: 404 });
    // Three quick changes, coalesced into fewer requests than changes.
    expect(requests.filter((r) => r.method === 'PUT').length).to.be.within(1, 2);
    // Nothing is kept ahead once the server has it.
    expect(Object.keys(localStorage).filter((k) => k.startsWith('ladder-elements:pending:'))).to.deep.equal([]);
    el.remove();
    const again = await fixture<LadderChecklistElement>(
      html`<ladder-checklist .ladder=${branchingLadder()} level="L3" store-url=${origin + path}></ladder-checklist>`,
    );
    await saved(again);
    expect(($(again, `[id="item-${a}"] input:checked`) as HTMLInputElement).value).to.equal('consistently');
    await expect(again).to.be.accessible();
  });

  it('typing a note is not one request per key', async () => {
    const path = newPath();
    const el = await checklist(new HttpRatingsStore(`${origin}${path}`, { timing: { coalesceMs: 300 } }));
    await saved(el);
    const area = $(el, `[id="item-${ids(el)[0]}"] textarea`) as HTMLTextAreaElement;
    for (const ch of 'Led the migration') {
      area.value += ch;
      area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    await saved(el);
    expect((await serverFile(path))!.ratings[ids(el)[0]!]!.note).to.equal('Led the migration');
    expect((await log(path)).filter((r) => r.method === 'PUT').length).to.equal(1);
  });

  const faults: [string, unknown, string][] = [
    [
      'three 500s',
      { kind: 'status', status: 500, times: 3 },
      'Not saved yet — will retry (the server answered 500 Internal Server Error).',
    ],
    [
      'answers later than the timeout',
      { kind: 'delay', ms: 600, times: 2, method: 'PUT' },
      'Not saved yet — will retry (no answer within 200 ms).',
    ],
    ['a connection cut before the answer to a PUT (the write was done)', { kind: 'cut', method: 'PUT' }, ''],
    [
      'a conflicting write from another client between GET and PUT',
      { kind: 'conflict', ratings: { 'other-client': { value: 'sometimes', updatedAt: 1 } } },
      '',
    ],
  ];
  for (const [name, fault, words] of faults) {
    it(`${name}: every rating made meanwhile reaches the server`, async () => {
      const path = newPath();
      const el = await checklist(fastStore(path));
      await saved(el);
      await control('fault', fault);
      const rated = expectationIds(el).slice(0, 8);
      let seen = false;
      for (const id of rated) {
        await rate(el, id, 'consistently');
        seen ||= !!words && saveState(el).includes(words);
      }
      if (words) {
        await until(() => (seen ||= saveState(el).includes(words)), `"${words}"`, 5000);
        expect($(el, '[part="save-state"]').classList.contains('warning')).to.equal(true);
      }
      await saved(el, 'saved after the fault');
      const file = await serverFile(path);
      expect(countRated(file)).to.equal(rated.length + (name.includes('conflict') ? 1 : 0));
      for (const id of rated) expect(file!.ratings[id]!.value, id).to.equal('consistently');
      if (name.includes('conflict')) expect(file!.ratings['other-client']!.value).to.equal('sometimes');
      const statuses = (await log(path)).map((r) => `${r.method} ${r.status}`);
      if (name.includes('conflict') || name.includes('cut')) expect(statuses).to.include('PUT 412');
    });
  }

  it('a connection cut in the middle of a GET: loaded again, nothing lost on either side', async () => {
    const path = newPath();
    const seeded = {
      version: 1,
      ratings: { [`x${'y'.repeat(2000)}`]: { note: 'n'.repeat(4000), updatedAt: 5 }, seeded: { value: 'sometimes', updatedAt: 5 } },
    };
    await seedServer(path, seeded);
    await control('fault', { kind: 'cut', method: 'GET' });
    const el = await checklist(fastStore(path));
    const [a] = expectationIds(el);
    await rate(el, a!, 'consistently');
    await saved(el);
    const file = await serverFile(path);
    expect(countRated(file)).to.equal(3);
    expect((await log(path)).filter((r) => r.method === 'GET').length).to.be.greaterThan(1);
  });

  it('401: says "You are not signed in to save" with the status, keeps everything, and saves once signed in (a bearer token from storeRequestInit)', async () => {
    const path = newPath();
    let token: string | undefined;
    await control('auth', { token: 'secret' });
    const el = await checklist(
      fastStore(path, { requestInit: () => (token ? { headers: { Authorization: `Bearer ${token}` } } : {}) }),
      true,
    );
    await until(() => el.saveState === 'failed', 'the 401');
    const rated = expectationIds(el).slice(0, 3);
    for (const id of rated) await rate(el, id);
    await until(() => saveState(el).includes('You are not signed in to save (the server answered 401).'), 'the message');
    expect(saveState(el)).to.contain('Your changes are kept in this browser until then.');
    expect(JSON.parse(el.value).ratings).to.have.keys(rated);
    token = 'secret';
    ($$(el, '[part="save-state"] button').find((b) => text(b) === 'Try again') as HTMLElement).click();
    await saved(el);
    expect(countRated(await serverFile(path))).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('retries at once when the page comes back online', async () => {
    const path = newPath();
    const el = await checklist(
      new HttpRatingsStore(`${origin}${path}`, { timing: { coalesceMs: 10, retryMinMs: 60_000, retryMaxMs: 60_000 } }),
    );
    await saved(el);
    await control('fault', { kind: 'status', status: 503, times: 1 });
    await rate(el, expectationIds(el)[0]!);
    await until(() => el.saveState === 'pending', 'pending (next retry in a minute)');
    window.dispatchEvent(new Event('online'));
    await saved(el);
    expect(countRated(await serverFile(path))).to.equal(1);
  });

  it('an unreadable answer is never written over; a newer version on the server is left alone', async () => {
    const path = newPath();
    await seedServer(path, { version: 7, future: true });
    const el = await checklist(fastStore(path));
    await until(() => el.saveState === 'failed', 'failed');
    await rate(el, expectationIds(el)[0]!);
    await until(() => el.saveState === 'failed', 'failed again');
    expect(saveState(el)).to.contain('Cannot save: the server holds ratings of version 7, newer than this page reads.');
    expect(saveState(el)).to.contain('Your changes are kept in this browser until then.');
    expect(await serverFile(path)).to.deep.equal({ version: 7, future: true });
  });

  it('a server whose CORS hides the ETag: says what to fix, and saves once it is fixed', async () => {
    const path = newPath();
    await seedServer(path, { version: 1, ratings: {} });
    await control('fault', { kind: 'hide-etag', method: 'GET', times: 2 });
    const el = await checklist(fastStore(path), true);
    await until(() => el.saveState === 'failed', 'failed');
    expect(saveState(el)).to.contain('Cannot save: the server’s answer has no ETag this page can read');
    expect(saveState(el)).to.contain('Access-Control-Expose-Headers: ETag');
    await rate(el, 'c1', 'consistently');
    await until(() => el.saveState === 'failed', 'failed again');
    await rate(el, 'c2', 'consistently');
    await saved(el);
    expect(countRated(await serverFile(path))).to.equal(2);
  });

  it('a store-url that may not be used: says why, sends nothing, keeps the ratings in the page', async () => {
    for (const url of ['http://example.com/ratings/x', 'javascript:alert(1)', 'https://user:pw@example.com/r']) {
      const el = await fixture<LadderChecklistElement>(
        html`<ladder-checklist .ladder=${branchingLadder()} level="L3" store-url=${url}></ladder-checklist>`,
      );
      await until(() => el.saveState === 'failed', url);
      expect(saveState(el)).to.contain(`Cannot save: store-url "${url}" cannot be used:`);
      await rate(el, expectationIds(el)[0]!);
      expect(JSON.parse(el.value).ratings).to.have.keys([expectationIds(el)[0]]);
      expect(shadow(el).querySelector('[part="save-state"]')!.textContent).to.contain(url);
    }
  });
});
