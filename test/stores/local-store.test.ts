// The browser's own storage when something else keeps rewriting the key (issue 19, item 7): a newer
// version of ladder-elements in another tab, or anything writing data this version cannot read.
// Data is set aside once per distinct value and within a bound, a newer version's data is never
// written over, and this page never stops saving its own ratings (under `<key>:fallback` when it
// must not write the key). The other tab is a same-origin frame: its writes reach this page as
// real `storage` events.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/checklist/checklist.js';
import { SET_ASIDE_MAX_COPIES } from '../../src/data/stores/local-store.js';
import type { LadderChecklistElement } from '../../src/elements/checklist/checklist.element.js';
import type { Ratings } from '../../src/model/ratings.js';
import { $, $$, text, until, watchConsole } from '../helpers.js';

const PREFIX = 'ladder-elements:ratings:engineering:';
let counter = 0;
const newKey = () => `local-store-${Date.now()}-${counter++}`;
const read = (key: string) => localStorage.getItem(key);
const ratingsIn = (key: string): Ratings => JSON.parse(read(key) ?? '{"ratings":{}}').ratings;
const rated = (ratings: Ratings) => Object.values(ratings).filter((e) => e.value !== undefined).length;
const copies = (key: string) => Object.keys(localStorage).filter((k) => k.startsWith(`${PREFIX + key}:corrupt-`));

async function checklist(key: string): Promise<LadderChecklistElement> {
  const el = await fixture<LadderChecklistElement>(html`<ladder-checklist level="L4" storage-key=${key}></ladder-checklist>`);
  await el.updateComplete;
  return el;
}

const expectationIds = (el: Element) =>
  $$(el, '[part~="item"]')
    .filter((row) => row.querySelector('input[type="radio"]'))
    .map((row) => row.id.slice('item-'.length));

async function rate(el: LadderChecklistElement, id: string, value = 'sometimes'): Promise<void> {
  ($(el, `[id="item-${id}"] input[value="${value}"]`).closest('label') as HTMLElement).click();
  await el.updateComplete;
}

/** Another tab of this origin: a same-origin frame, whose writes reach this page as `storage` events. */
async function otherTab(): Promise<Storage> {
  const frame = document.createElement('iframe');
  frame.className = 'other-tab';
  document.body.append(frame);
  await until(() => !!frame.contentWindow?.localStorage, 'the other tab');
  return frame.contentWindow!.localStorage;
}

/** The other tab writes `value` under `key`; resolves once this page got the `storage` event. */
function otherWrites(other: Storage, key: string, value: string | null): Promise<void> {
  return new Promise((resolve) => {
    const on = (e: StorageEvent) => {
      if (e.key !== key) return;
      window.removeEventListener('storage', on);
      resolve();
    };
    window.addEventListener('storage', on);
    if (value === null) other.removeItem(key);
    else other.setItem(key, value);
  });
}

describe('localStorage rewritten by another version or by anything else', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    consoleWatch = watchConsole();
  });
  afterEach(function () {
    consoleWatch.restore();
    for (const key of Object.keys(localStorage)) if (key.includes(':local-store-')) localStorage.removeItem(key);
    for (const frame of document.querySelectorAll('iframe.other-tab')) frame.remove();
    expect(
      consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')),
      this.currentTest?.fullTitle(),
    ).to.deep.equal([]);
  });

  it('a newer version rewriting the key after every click: nothing set aside, its data never written over, all 25 of our ratings saved beside it', async () => {
    const key = newKey();
    const storageKey = PREFIX + key;
    const other = await otherTab();
    const el = await checklist(key);
    const ids = expectationIds(el).slice(0, 25);
    expect(ids.length).to.equal(25);
    let theirs = '';
    for (const [i, id] of ids.entries()) {
      await rate(el, id, i % 2 ? 'consistently' : 'sometimes');
      // The newer version reads, migrates and writes its own format again, a little different each time.
      theirs = JSON.stringify({ version: 3, entries: [{ item: 'their-own', n: i }] });
      await otherWrites(other, storageKey, theirs);
    }
    await rate(el, ids[0]!, 'not-yet');
    expect(copies(key)).to.deep.equal([]);
    expect(read(storageKey)).to.equal(theirs);
    const ours = ratingsIn(`${storageKey}:fallback`);
    expect(rated(ours)).to.equal(25);
    expect(ours[ids[0]!]!.value).to.equal('not-yet');
    expect(rated(JSON.parse(el.value).ratings)).to.equal(25);
    expect(text($(el, '[part="messages"]'))).to.contain(
      `A newer version of this page (ratings version 3) saved here, in another tab or window. Its data is left as it is; your ratings from this page are saved under “${storageKey}:fallback”.`,
    );

    // A reload meanwhile reads our ratings back from beside the key.
    el.remove();
    const reloaded = await checklist(key);
    expect(rated(JSON.parse(reloaded.value).ratings)).to.equal(25);

    // The newer version is gone and the key readable again: our ratings go back under it, merged with what is there.
    await otherWrites(other, storageKey, JSON.stringify({ version: 1, ratings: { 'their-item': { value: 'sometimes', updatedAt: 1 } } }));
    await rate(reloaded, ids[1]!, 'na');
    const merged = ratingsIn(storageKey);
    expect(rated(merged)).to.equal(26);
    expect(merged['their-item']!.value).to.equal('sometimes');
    expect(read(`${storageKey}:fallback`)).to.equal(null);
    expect(text($(reloaded, '[part="messages"]'))).not.to.contain('newer version');
  });

  it(`ten different unreadable values: at most ${SET_ASIDE_MAX_COPIES} copies, each different, then left in place; every rating saved`, async () => {
    const key = newKey();
    const storageKey = PREFIX + key;
    const other = await otherTab();
    const el = await checklist(key);
    const ids = expectationIds(el).slice(0, 10);
    for (const [i, id] of ids.entries()) {
      await otherWrites(other, storageKey, `{"broken": ${i}`);
      await rate(el, id);
    }
    const kept = copies(key).map((k) => read(k));
    expect(kept.length).to.equal(SET_ASIDE_MAX_COPIES);
    expect(new Set(kept).size).to.equal(SET_ASIDE_MAX_COPIES);
    expect(read(storageKey)).to.equal('{"broken": 9');
    expect(rated(ratingsIn(`${storageKey}:fallback`))).to.equal(10);
    expect(text($(el, '[part="messages"]'))).to.contain('there is no room to set them aside, so they are left as they are');
  });

  it('the same unreadable value again and again, across reloads: set aside once', async () => {
    const key = newKey();
    const storageKey = PREFIX + key;
    const other = await otherTab();
    const garbage = '{"version": 1, "ratings": ';
    let last: string[] = [];
    for (let round = 0; round < 3; round++) {
      await otherWrites(other, storageKey, garbage);
      const el = await checklist(key);
      const ids = expectationIds(el);
      await rate(el, ids[round]!);
      await otherWrites(other, storageKey, garbage);
      await rate(el, ids[round + 3]!);
      last = [ids[round]!, ids[round + 3]!];
      el.remove();
    }
    expect(copies(key).map((k) => read(k))).to.deep.equal([garbage]);
    // The last round's two ratings are saved over the garbage (earlier rounds' were written over by the other tab).
    expect(Object.keys(ratingsIn(storageKey))).to.have.members(last);
  });
});
