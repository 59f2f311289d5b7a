// Hardening: broken storage. localStorage that throws on read, on write, when full, when blocked
// outright (a sandboxed iframe: the real one is in test/node/hardening-embed.test.ts), saved data
// that is corrupt or from another version, other pages writing the same key at the same time: the
// checklist never crashes, and every rating the user entered is still there — saved, or in memory
// with a visible warning and in the form value, the download and the Markdown export.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { LadderChecklistElement } from '../../src/elements/checklist/checklist.element.js';
import type { Ratings } from '../../src/model/ratings.js';
import { branchingLadder } from '../fixtures/ladders.js';
import { $, shadow, text, until, watchConsole } from '../helpers.js';
import { watchErrors } from './dom-safety.js';

// The test ladder: L3 lists c1 and c2 as its own expectations, b2 and a2 inherited; red flag a3, example b3.
const PREFIX = 'ladder-elements:ratings:test:';
let counter = 0;
const newKey = () => `hardening-storage-${Date.now()}-${counter++}`;
const saved = (key: string): Ratings | null => {
  const raw = localStorage.getItem(PREFIX + key);
  return raw === null ? null : (JSON.parse(raw) as { ratings: Ratings }).ratings;
};
const savedValues = (key: string) =>
  Object.fromEntries(Object.entries(saved(key) ?? {}).map(([id, e]) => [id, e.value ?? e.note ?? e.applies]));

async function checklist(key: string, level = 'L3'): Promise<LadderChecklistElement> {
  const el = await fixture<LadderChecklistElement>(
    html`<ladder-checklist .ladder=${branchingLadder()} level=${level} storage-key=${key}></ladder-checklist>`,
  );
  await el.updateComplete;
  return el;
}

const row = (el: Element, id: string) => $(el, `[id="item-${id}"]`);
const checkedValue = (el: Element, id: string) =>
  (row(el, id).querySelector('input[type="radio"]:checked') as HTMLInputElement | null)?.value;
const messages = (el: Element) => text($(el, '[part="messages"]'));
const warningsVisible = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part="messages"] .warning')].filter((w) => w.checkVisibility());

async function rate(el: LadderChecklistElement, id: string, value: string): Promise<void> {
  (row(el, id).querySelector(`input[value="${value}"]`)!.closest('label') as HTMLElement).click();
  await el.updateComplete;
}

async function flag(el: LadderChecklistElement, id: string): Promise<void> {
  (row(el, id).querySelector('input[type="checkbox"]') as HTMLInputElement).click();
  await el.updateComplete;
}

async function typeNote(el: LadderChecklistElement, id: string, value: string): Promise<void> {
  const area = row(el, id).querySelector('textarea') as HTMLTextAreaElement;
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  area.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** What the user entered, as the checklist holds it: its form value (what a download or a form submission carries). */
const held = (el: LadderChecklistElement) => {
  const ratings = (JSON.parse(el.value) as { ratings: Ratings }).ratings;
  return Object.fromEntries(Object.entries(ratings).map(([id, e]) => [id, e.value ?? e.note ?? e.applies]));
};

const BLOCKED = 'This browser does not let the page save data';
const FULL = 'storage for the site is full';

/** Replaces a Storage method for the test; returns the undo. */
function breakStorage<K extends 'getItem' | 'setItem'>(method: K, impl: Storage[K]): () => void {
  const original = Storage.prototype[method];
  Storage.prototype[method] = impl;
  return () => {
    Storage.prototype[method] = original;
  };
}

describe('hardening: broken storage', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  let errorWatch: ReturnType<typeof watchErrors>;

  beforeEach(() => {
    consoleWatch = watchConsole();
    errorWatch = watchErrors();
  });

  afterEach(function () {
    consoleWatch.restore();
    errorWatch.restore();
    for (const key of Object.keys(localStorage)) if (key.includes(':hardening-storage-')) localStorage.removeItem(key);
    for (const frame of document.querySelectorAll('iframe.other-page')) frame.remove();
    const title = this.currentTest?.fullTitle() ?? '';
    expect(errorWatch.errors, title).to.deep.equal([]);
    expect(
      consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')),
      title,
    ).to.deep.equal([]);
  });

  it('getItem throws: works in memory with a warning, then saves everything once storage reads again', async () => {
    const key = newKey();
    const restore = breakStorage('getItem', () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    let el: LadderChecklistElement;
    try {
      el = await checklist(key);
      expect(messages(el)).to.contain(BLOCKED);
      expect(warningsVisible(el).length).to.equal(1);
      await rate(el, 'c1', 'sometimes');
      await typeNote(el, 'c2', 'Shipped the migration');
      await flag(el, 'a3');
      expect(checkedValue(el, 'c1')).to.equal('sometimes');
      expect(held(el)).to.deep.equal({ c1: 'sometimes', c2: 'Shipped the migration', a3: true });
      expect(el.toMarkdown()).to.contain('Shipped the migration');
      expect(messages(el)).to.contain(BLOCKED);
    } finally {
      restore();
    }
    // Storage works again: the next change saves what was kept in memory too.
    await rate(el, 'b2', 'consistently');
    expect(savedValues(key)).to.deep.equal({ c1: 'sometimes', c2: 'Shipped the migration', a3: true, b2: 'consistently' });
    expect(messages(el)).not.to.contain(BLOCKED);
  });

  it('setItem throws (not a quota error): works in memory with a warning, then saves everything', async () => {
    const key = newKey();
    const el = await checklist(key);
    await rate(el, 'c1', 'not-yet');
    const restore = breakStorage('setItem', () => {
      throw new Error('write failed');
    });
    try {
      await rate(el, 'c2', 'consistently');
      await typeNote(el, 'c1', 'Pairing every week');
      expect(messages(el)).to.contain(BLOCKED);
      expect(warningsVisible(el).length).to.equal(1);
      expect(savedValues(key)).to.deep.equal({ c1: 'not-yet' });
      expect(held(el)).to.deep.equal({ c1: 'not-yet', c2: 'consistently' });
      expect((JSON.parse(el.value) as { ratings: Ratings }).ratings.c1?.note).to.equal('Pairing every week');
    } finally {
      restore();
    }
    await flag(el, 'a3');
    expect(saved(key)?.c1).to.include({ value: 'not-yet', note: 'Pairing every week' });
    expect(savedValues(key)).to.include({ c2: 'consistently', a3: true });
    expect(messages(el)).to.equal('');
  });

  it('quota exceeded for several changes: all kept in memory with a warning, all saved once there is room, all there after a reload', async () => {
    const key = newKey();
    const el = await checklist(key);
    const restore = breakStorage('setItem', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await rate(el, 'c1', 'sometimes');
      await rate(el, 'c2', 'consistently');
      await rate(el, 'a2', 'na');
      await flag(el, 'a3');
      expect(messages(el)).to.contain(FULL);
      expect(warningsVisible(el).length).to.equal(1);
      expect(saved(key)).to.equal(null);
    } finally {
      restore();
    }
    await rate(el, 'b2', 'not-yet');
    expect(savedValues(key)).to.deep.equal({ c1: 'sometimes', c2: 'consistently', a2: 'na', a3: true, b2: 'not-yet' });
    el.remove();
    const reloaded = await checklist(key);
    expect(['c1', 'c2', 'a2', 'b2'].map((id) => checkedValue(reloaded, id))).to.deep.equal(['sometimes', 'consistently', 'na', 'not-yet']);
    expect(messages(reloaded)).to.equal('');
  });

  it('storage blocked outright (the localStorage getter throws, as in a sandboxed iframe): two checklists on the page stay in step in memory', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('The document is sandboxed and lacks the "allow-same-origin" flag.', 'SecurityError');
      },
    });
    try {
      const key = newKey();
      const wrapper = await fixture(html`<form>
        <ladder-checklist name="l3" .ladder=${branchingLadder()} level="L3" storage-key=${key}></ladder-checklist>
        <ladder-checklist name="ic4" .ladder=${branchingLadder()} level="IC4" storage-key=${key}></ladder-checklist>
      </form>`);
      const [l3, ic4] = [...wrapper.querySelectorAll('ladder-checklist')] as LadderChecklistElement[];
      await l3!.updateComplete;
      await ic4!.updateComplete;
      for (const el of [l3!, ic4!]) expect(warningsVisible(el).map((w) => text(w))[0]).to.contain(BLOCKED);
      await rate(l3!, 'c2', 'sometimes');
      await ic4!.updateComplete;
      expect(checkedValue(ic4!, 'c2')).to.equal('sometimes');
      await rate(ic4!, 'd2', 'consistently');
      await l3!.updateComplete;
      // The form carries both, as a download would.
      const data = new FormData(wrapper as HTMLFormElement);
      expect(Object.keys(JSON.parse(String(data.get('l3'))).ratings)).to.have.members(['c2', 'd2']);
      expect(ic4!.toMarkdown()).to.contain('**Consistently**');
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  describe('corrupt or older-version saved data: set aside unchanged, said so, and new ratings saved', () => {
    const cases: [string, string, string][] = [
      [
        'not JSON',
        'ratings: lots',
        '$: invalid JSON at line 1, column 1: unexpected "r"; expected a value (object, array, string, number, true, false or null)',
      ],
      ['cut off', '{"version":1,"ratings":{"c1":{"value":"some', '$: invalid JSON at line 1, column 39: a string is never closed'],
      ['a JSON array', '[1, 2]', '$: saved ratings must be a JSON object, not an array'],
      ['null', 'null', '$: saved ratings must be a JSON object, not null'],
      [
        'an older version',
        JSON.stringify({ version: 0, ratings: { c1: { value: 'sometimes', updatedAt: 1 } } }),
        '$.version: unsupported version "0"; this version of ladder-elements reads ratings versions 1 and 2',
      ],
      [
        'a damaged version-2 file',
        JSON.stringify({ version: 2, entries: [] }),
        '$.entries: unknown field "entries"; expected one of: version, ladder, level, exportedAt, ratings, snapshots, droppedSnapshots',
      ],
      [
        'no version',
        JSON.stringify({ ratings: {} }),
        '$.version: is required; this version of ladder-elements reads ratings versions 1 and 2',
      ],
      [
        'an entry of the wrong type',
        JSON.stringify({ version: 1, ratings: { c1: 'sometimes' } }),
        '$.ratings.c1: a rating must be an object, not a string',
      ],
      [
        'a null byte',
        `{"version":1,"ratings":{"c1\u0000":{}}}`,
        '$: invalid JSON at line 1, column 28: unexpected control character U+0000 inside a string',
      ],
      [
        'half a megabyte of garbage',
        'x'.repeat(500_000),
        '$: invalid JSON at line 1, column 1: unexpected "x"; expected a value (object, array, string, number, true, false or null)',
      ],
    ];
    for (const [name, data, reason] of cases) {
      it(name, async () => {
        const key = newKey();
        localStorage.setItem(PREFIX + key, data);
        const el = await checklist(key);
        const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${PREFIX + key}:corrupt-`));
        expect(backups.length).to.equal(1);
        expect(localStorage.getItem(backups[0]!)).to.equal(data);
        expect(messages(el)).to.contain(`Your saved ratings could not be read (${reason}).`);
        expect(warningsVisible(el).length).to.equal(1);
        await rate(el, 'c1', 'consistently');
        await typeNote(el, 'c2', 'noted');
        expect(savedValues(key)).to.deep.equal({ c1: 'consistently', c2: 'noted' });
        // Still there, still unchanged, still said.
        expect(localStorage.getItem(backups[0]!)).to.equal(data);
        expect(messages(el)).to.contain(backups[0]!);
        el.remove();
        const reloaded = await checklist(key);
        expect(checkedValue(reloaded, 'c1')).to.equal('consistently');
        expect(messages(reloaded)).to.equal('');
      });
    }
  });

  describe('other pages writing the same key at the same time', () => {
    /** Another page of this origin: a same-origin iframe, whose writes reach this page as real `storage` events. */
    async function otherPage(): Promise<Storage> {
      const frame = document.createElement('iframe');
      frame.className = 'other-page';
      document.body.append(frame);
      await until(() => !!frame.contentWindow?.localStorage, 'the other page');
      return frame.contentWindow!.localStorage;
    }

    /** Waits for the `storage` event the other page's write causes here. */
    const storageEvent = (key: string) =>
      new Promise<void>((resolve) => {
        const on = (e: StorageEvent) => {
          if (e.key !== PREFIX + key) return;
          window.removeEventListener('storage', on);
          resolve();
        };
        window.addEventListener('storage', on);
      });

    it('another page saves without our latest rating: we keep showing it, and it is saved again', async () => {
      const key = newKey();
      const other = await otherPage();
      const el = await checklist(key);
      await rate(el, 'c1', 'sometimes');
      const mine = saved(key)!.c1!;
      // The other page read before our write and saved after it: its copy lacks our c1 and adds its c2.
      const arrived = storageEvent(key);
      other.setItem(
        PREFIX + key,
        JSON.stringify({ version: 1, ratings: { c2: { value: 'consistently', updatedAt: mine.updatedAt + 1 } } }),
      );
      await arrived;
      await el.updateComplete;
      expect(checkedValue(el, 'c1')).to.equal('sometimes');
      expect(checkedValue(el, 'c2')).to.equal('consistently');
      // Nothing is lost even if this page is closed now, before its next change.
      await until(() => saved(key)?.c1?.value === 'sometimes', 'our rating saved again');
      expect(savedValues(key)).to.deep.equal({ c1: 'sometimes', c2: 'consistently' });
    });

    it('another page clears the key: we keep showing our ratings, and they are saved again', async () => {
      const key = newKey();
      const other = await otherPage();
      const el = await checklist(key);
      await rate(el, 'c1', 'sometimes');
      await flag(el, 'a3');
      const arrived = storageEvent(key);
      other.removeItem(PREFIX + key);
      await arrived;
      await el.updateComplete;
      expect(checkedValue(el, 'c1')).to.equal('sometimes');
      await until(() => saved(key) !== null, 'our ratings saved again');
      expect(savedValues(key)).to.deep.equal({ c1: 'sometimes', a3: true });
    });

    it('another page writes garbage: ignored until our next save, which sets it aside and keeps all our ratings', async () => {
      const key = newKey();
      const other = await otherPage();
      const el = await checklist(key);
      await rate(el, 'c1', 'sometimes');
      const arrived = storageEvent(key);
      other.setItem(PREFIX + key, '{"version":1,');
      await arrived;
      await el.updateComplete;
      expect(checkedValue(el, 'c1')).to.equal('sometimes');
      await rate(el, 'c2', 'not-yet');
      expect(savedValues(key)).to.deep.equal({ c1: 'sometimes', c2: 'not-yet' });
      const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${PREFIX + key}:corrupt-`));
      expect(backups.map((k) => localStorage.getItem(k))).to.deep.equal(['{"version":1,']);
      expect(messages(el)).to.contain('set aside, unchanged');
    });

    it('two checklists here and another page, interleaving their writes: every rating ends up saved and shown', async () => {
      const key = newKey();
      const other = await otherPage();
      const wrapper = await fixture(html`<div>
        <ladder-checklist .ladder=${branchingLadder()} level="L3" storage-key=${key}></ladder-checklist>
        <ladder-checklist .ladder=${branchingLadder()} level="M1" storage-key=${key}></ladder-checklist>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('ladder-checklist')] as LadderChecklistElement[];
      await a!.updateComplete;
      await b!.updateComplete;
      await rate(a!, 'c1', 'sometimes');
      // The other page merges properly (reads, then writes everything it knows plus its change).
      let arrived = storageEvent(key);
      other.setItem(
        PREFIX + key,
        JSON.stringify({ version: 1, ratings: { ...saved(key), b2: { value: 'consistently', updatedAt: Date.now() + 10 } } }),
      );
      await arrived;
      await rate(b!, 'a2', 'not-yet');
      arrived = storageEvent(key);
      other.setItem(
        PREFIX + key,
        JSON.stringify({ version: 1, ratings: { ...saved(key), c2: { value: 'na', updatedAt: Date.now() + 20 } } }),
      );
      await arrived;
      await rate(a!, 'c2', 'consistently');
      await b!.updateComplete;
      expect(savedValues(key)).to.deep.equal({ c1: 'sometimes', b2: 'consistently', a2: 'not-yet', c2: 'consistently' });
      expect(['c1', 'b2', 'a2', 'c2'].map((id) => checkedValue(a!, id))).to.deep.equal([
        'sometimes',
        'consistently',
        'not-yet',
        'consistently',
      ]);
      expect(checkedValue(b!, 'a2')).to.equal('not-yet');
    });
  });
});
