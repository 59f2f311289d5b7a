import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/checklist/checklist.js';
import type { LadderChecklistElement } from '../src/elements/checklist/checklist.element.js';
import type { LadderRatingChangeEvent } from '../src/events/rating-change.js';
import type { Ratings } from '../src/model/ratings.js';
import type { Ladder } from '../src/model/types.js';
import { branchingLadder } from './fixtures/ladders.js';
import { localDate } from '../src/model/ratings-markdown.js';
import { $, $$, importFile, shadow, text, until, watchConsole } from './helpers.js';

// The test ladder: L1 → L2 → L3, then IC4 and M1 (a branch). L3 lists c1 ("High scope", replacing
// b1, which replaced a1) and c2 as its own, b2 (from L2) and a2 (from L1) inherited; red flag a3 and
// example b3 come from L1 and L2.
const PREFIX = 'ladder-elements:ratings:test:';
let ladder: Ladder;
let counter = 0;

/** A storage-key no other test uses; afterEach removes everything saved under it. */
const newKey = () => `checklist-${Date.now()}-${counter++}`;
const saved = (key: string): Ratings | null => {
  const text = localStorage.getItem(PREFIX + key);
  return text === null ? null : JSON.parse(text).ratings;
};
const seed = (key: string, ratings: Ratings | string) =>
  localStorage.setItem(PREFIX + key, typeof ratings === 'string' ? ratings : JSON.stringify({ version: 1, ratings }));

async function checklist(key: string, level = 'L3'): Promise<LadderChecklistElement> {
  const el = await fixture<LadderChecklistElement>(
    html`<ladder-checklist .ladder=${ladder} level=${level} storage-key=${key}></ladder-checklist>`,
  );
  await el.updateComplete;
  return el;
}

const row = (el: Element, id: string) => $(el, `[id="item-${id}"]`);
const radio = (el: Element, id: string, value: string) => $(el, `input[name="rate-${id}"][value="${value}"]`) as HTMLInputElement;
const checkedValue = (el: Element, id: string) =>
  (row(el, id).querySelector('input[type="radio"]:checked') as HTMLInputElement | null)?.value;
const toggle = (el: Element, id: string) => row(el, id).querySelector('input[type="checkbox"]') as HTMLInputElement;
const note = (el: Element, id: string) => row(el, id).querySelector('textarea') as HTMLTextAreaElement;
const messages = (el: Element) => text($(el, '[part="messages"]'));
const button = (el: Element, label: string) => {
  const found = $$(el, 'button').find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

async function rate(el: LadderChecklistElement, id: string, value: string): Promise<void> {
  (radio(el, id, value).closest('label') as HTMLElement).click();
  await el.updateComplete;
}

async function typeNote(el: LadderChecklistElement, id: string, value: string): Promise<void> {
  const area = note(el, id);
  area.value = value;
  area.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  area.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Counts the ladder-rating-change events an element fires. */
function countEvents(el: HTMLElement): LadderRatingChangeEvent[] {
  const events: LadderRatingChangeEvent[] = [];
  el.addEventListener('ladder-rating-change', (e) => events.push(e));
  return events;
}

describe('<ladder-checklist>', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    consoleWatch = watchConsole();
    ladder = branchingLadder();
  });
  afterEach(function () {
    consoleWatch.restore();
    for (const key of Object.keys(localStorage)) if (key.startsWith(`${PREFIX}checklist-`)) localStorage.removeItem(key);
    const title = this.currentTest?.fullTitle() ?? '';
    expect(consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')).join('\n'), title).to.equal('');
  });

  describe('lists what the level expects', () => {
    it('shows own items, then inherited ones grouped by level; a replaced item once, in its new wording', async () => {
      const el = await checklist(newKey());
      expect(text($(el, '[part="title"]'))).to.equal('Self-assessment: Engineer L3');
      expect($$(el, '.section-title').map(text)).to.deep.equal(['Skills', '⚑ Red flags', '◆ Examples']);
      expect($$(el, '[part="item"]').map((li) => li.id)).to.deep.equal(['item-c1', 'item-c2', 'item-b2', 'item-a2', 'item-a3', 'item-b3']);
      expect(text(row(el, 'c1').querySelector('legend'))).to.equal('High scope');
      expect(text(row(el, 'c1').querySelector('.replaces'))).to.equal('Replaces (L2): Moderate scope');
      expect($$(el, '[part="group-toggle"]').map(text)).to.deep.equal([
        'From L2 · 0 of 1 rated',
        'From L1 · 0 of 1 rated',
        'From L1 · 0 of 1 apply to you',
        'From L2 · 0 of 1 done',
      ]);
      await expect(el).to.be.accessible();
    });

    it('opens and closes an inherited group (closed at first), keeping its ratings', async () => {
      const el = await checklist(newKey());
      await rate(el, 'b2', 'sometimes');
      const groupToggle = $$(el, '[part="group-toggle"]')[0]!;
      expect(groupToggle.getAttribute('aria-expanded')).to.equal('false');
      expect(row(el, 'b2').checkVisibility()).to.equal(false);
      groupToggle.click();
      await el.updateComplete;
      expect(groupToggle.getAttribute('aria-expanded')).to.equal('true');
      expect(row(el, 'b2').checkVisibility()).to.equal(true);
      expect(checkedValue(el, 'b2')).to.equal('sometimes');
      await expect(el).to.be.accessible();
      groupToggle.click();
      await el.updateComplete;
      expect(row(el, 'b2').checkVisibility()).to.equal(false);
    });

    it('rates on the default scale plus "Not applicable", red flags and examples with a check each', async () => {
      const el = await checklist(newKey());
      expect([...row(el, 'c1').querySelectorAll('.choice')].map(text)).to.deep.equal([
        'Not yet',
        'Sometimes',
        'Consistently',
        'Not applicable',
      ]);
      expect(text(row(el, 'c1').querySelector('legend'))).to.equal('High scope');
      expect(text(toggle(el, 'a3').closest('label'))).to.equal('Applies to me');
      expect(text(toggle(el, 'b3').closest('label'))).to.equal('I have done this');
      expect(row(el, 'c1').querySelector('fieldset legend')).to.exist;
    });

    it('gives every choice and row button a target of at least 24 by 24 pixels', async () => {
      const el = await checklist(newKey());
      await rate(el, 'c1', 'sometimes');
      for (const toggle of $$(el, '[part="group-toggle"]')) toggle.click();
      await el.updateComplete;
      const targets = $$(el, '.choice, .row-tool').filter((t) => t.checkVisibility());
      // 4 points for each of 4 expectations, 2 checks, "Only unrated"; "Add note" on 6 rows, "Clear rating" on the rated one.
      expect(targets.length).to.equal(4 * 4 + 2 + 1 + 6 + 1);
      for (const label of targets) {
        const box = label.getBoundingClientRect();
        expect(box.width, text(label)).to.be.at.least(24);
        expect(box.height, text(label)).to.be.at.least(24);
      }
    });
  });

  describe('rating', () => {
    it('rates with the mouse, saves and fires ladder-rating-change with the summary', async () => {
      const key = newKey();
      const el = await checklist(key);
      const label = radio(el, 'c2', 'consistently').closest('label') as HTMLElement;
      const fired = oneEvent(el, 'ladder-rating-change');
      label.click();
      const event = (await fired) as unknown as LadderRatingChangeEvent;
      expect(event.itemId).to.equal('c2');
      expect(event.value).to.equal('consistently');
      expect(event.entry.value).to.equal('consistently');
      expect(event.summary.overall.rated).to.equal(1);
      expect(event.summary.overall.counts.consistently).to.equal(1);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(false);
      await el.updateComplete;
      expect(checkedValue(el, 'c2')).to.equal('consistently');
      expect(saved(key)?.c2?.value).to.equal('consistently');
      expect(saved(key)?.c2?.updatedAt).to.be.a('number');
      await expect(el).to.be.accessible();
    });

    it('rates with the keyboard: Tab reaches the group, arrow keys move and select', async () => {
      const key = newKey();
      const el = await checklist(key);
      const events = countEvents(el);
      button(el, 'Next unrated').focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(radio(el, 'c1', 'not-yet'));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(radio(el, 'c1', 'sometimes'));
      expect(checkedValue(el, 'c1')).to.equal('sometimes');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(checkedValue(el, 'c1')).to.equal('consistently');
      expect(saved(key)?.c1?.value).to.equal('consistently');
      // Tab leaves the group (one stop per group) for "Clear rating" and "Add note"; Shift+Tab comes back to the chosen point.
      await sendKeys({ press: 'Tab' });
      expect(text(shadow(el).activeElement)).to.equal('Clear rating');
      await sendKeys({ press: 'Tab' });
      expect(text(shadow(el).activeElement)).to.equal('Add note');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(shadow(el).activeElement).to.equal(radio(el, 'c1', 'consistently'));
      expect(events.map((e) => e.value)).to.deep.equal(['sometimes', 'consistently']);
    });

    it('marks red flags and examples, and keeps a note as text', async () => {
      const key = newKey();
      const el = await checklist(key);
      const events = countEvents(el);
      toggle(el, 'a3').click();
      toggle(el, 'b3').click();
      await el.updateComplete;
      await typeNote(el, 'c2', '<b>bold?</b> https://example.com/pr/1');
      expect(saved(key)).to.deep.include.keys('a3', 'b3', 'c2');
      expect(saved(key)?.a3?.applies).to.equal(true);
      expect(saved(key)?.b3?.done).to.equal(true);
      expect(saved(key)?.c2?.note).to.equal('<b>bold?</b> https://example.com/pr/1');
      expect(shadow(el).querySelector('b')).to.equal(null);
      expect(events.map((e) => e.itemId)).to.deep.equal(['a3', 'b3', 'c2']);
      expect(events[0]!.summary.overall.applying).to.equal(1);
      toggle(el, 'a3').click();
      await el.updateComplete;
      expect(saved(key)?.a3?.applies).to.equal(undefined);
    });

    it('fires no event for changes from code, other tabs or imports', async () => {
      const key = newKey();
      const el = await checklist(key);
      const events = countEvents(el);
      el.level = 'L2';
      el.scale = [
        { value: 'low', label: 'Low' },
        { value: 'high', label: 'High' },
      ];
      await el.updateComplete;
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: PREFIX + key,
          newValue: JSON.stringify({ version: 1, ratings: { b2: { value: 'high', updatedAt: Date.now() } } }),
        }),
      );
      await el.updateComplete;
      expect(checkedValue(el, 'b2')).to.equal('high');
      await importFile(el, JSON.stringify({ version: 1, ratings: { a2: { value: 'low', updatedAt: 1 } } }));
      button(el, 'Import').click();
      await el.updateComplete;
      expect(checkedValue(el, 'a2')).to.equal('low');
      expect(events.length).to.equal(0);
    });
  });

  describe('saving', () => {
    it('shows saved ratings again when the checklist is created anew (a reload)', async () => {
      const key = newKey();
      const first = await checklist(key);
      await rate(first, 'c1', 'sometimes');
      await typeNote(first, 'c1', 'Design doc for the payments split');
      first.remove();
      const again = await checklist(key);
      expect(checkedValue(again, 'c1')).to.equal('sometimes');
      expect(note(again, 'c1').value).to.equal('Design doc for the payments split');
    });

    it('carries ratings of inherited items into the next level, whose own items start unrated', async () => {
      const key = newKey();
      const l3 = await checklist(key, 'L3');
      await rate(l3, 'c2', 'consistently');
      await rate(l3, 'c1', 'sometimes');
      l3.remove();
      const ic4 = await checklist(key, 'IC4');
      expect(checkedValue(ic4, 'c2')).to.equal('consistently');
      // IC4 replaces c1 with d2: a new expectation, rated afresh.
      expect(shadow(ic4).querySelector('[id="item-c1"]')).to.equal(null);
      expect(checkedValue(ic4, 'd2')).to.equal(undefined);
      expect(text($$(ic4, '[part="group-toggle"]')[0])).to.equal('From L3 · 1 of 1 rated');
    });

    it('keeps working in memory and says so when storage is blocked', async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      try {
        const el = await checklist('blocked');
        expect(messages(el)).to.contain('This browser does not let the page save data');
        expect($(el, '[part="messages"]').getAttribute('role')).to.equal('status');
        expect($(el, '.warning').checkVisibility()).to.equal(true);
        await rate(el, 'c1', 'consistently');
        expect(checkedValue(el, 'c1')).to.equal('consistently');
        expect(JSON.parse(el.value).ratings.c1.value).to.equal('consistently');
        await expect(el).to.be.accessible();
      } finally {
        Object.defineProperty(window, 'localStorage', original);
      }
    });

    it('keeps working and says so when storage is full, and saves again once it can', async () => {
      const key = newKey();
      const el = await checklist(key);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        await rate(el, 'c1', 'sometimes');
        expect(checkedValue(el, 'c1')).to.equal('sometimes');
        expect(messages(el)).to.contain('storage for the site is full');
        expect(saved(key)).to.equal(null);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      await rate(el, 'c2', 'sometimes');
      expect(messages(el)).to.not.contain('full');
      expect(Object.keys(saved(key) ?? {})).to.have.members(['c1', 'c2']);
    });

    it('sets unreadable saved data aside before writing, and says where', async () => {
      const key = newKey();
      seed(key, '{"version": 1, "ratings": {');
      const el = await checklist(key);
      const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${PREFIX + key}:corrupt-`));
      expect(backups.length).to.equal(1);
      expect(localStorage.getItem(backups[0]!)).to.equal('{"version": 1, "ratings": {');
      expect(messages(el)).to.contain(
        `Your saved ratings could not be read ($: invalid JSON at line 1, column 28: the text ends too early`,
      );
      expect(messages(el)).to.contain(`set aside, unchanged, under “${backups[0]}”`);
      await rate(el, 'c1', 'sometimes');
      expect(saved(key)?.c1?.value).to.equal('sometimes');
      await expect(el).to.be.accessible();
    });

    it('does not write over unreadable data it could not set aside, and saves its ratings beside it', async () => {
      const key = newKey();
      const bad = JSON.stringify({ version: 1, ratings: { c1: { value: 'sometimes' } } });
      seed(key, bad);
      // Nearly full: the copy (as large as the unreadable data) fails, small writes would not.
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (k.includes(':corrupt-')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, k, v);
      };
      try {
        const el = await checklist(key);
        expect(messages(el)).to.contain(
          '($.ratings.c1.updatedAt: is required: the time of the change in milliseconds since 1970), and there is no room to set them aside, so they are left as they are.',
        );
        await rate(el, 'c2', 'consistently');
        expect(checkedValue(el, 'c2')).to.equal('consistently');
        expect(localStorage.getItem(PREFIX + key)).to.equal(bad);
        expect(JSON.parse(localStorage.getItem(`${PREFIX + key}:fallback`)!).ratings.c2.value).to.equal('consistently');
        expect(messages(el)).to.contain(`New ratings are saved under “${PREFIX + key}:fallback” instead.`);
        await expect(el).to.be.accessible();
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    it('merges another tab’s changes (storage event) without losing its own', async () => {
      const key = newKey();
      const el = await checklist(key);
      await rate(el, 'c1', 'sometimes');
      const mine = saved(key)!.c1!;
      // The other tab changed c2 and, earlier, c1; it never saw this tab's c1. Its save is what storage now holds.
      const theirs = {
        version: 1,
        ratings: { c1: { value: 'not-yet', updatedAt: mine.updatedAt - 1000 }, c2: { value: 'consistently', updatedAt: Date.now() + 5 } },
      };
      localStorage.setItem(PREFIX + key, JSON.stringify(theirs));
      window.dispatchEvent(new StorageEvent('storage', { key: PREFIX + key, newValue: JSON.stringify(theirs), storageArea: localStorage }));
      await el.updateComplete;
      expect(checkedValue(el, 'c2')).to.equal('consistently');
      expect(checkedValue(el, 'c1')).to.equal('sometimes');
      // The next save keeps both sides.
      await rate(el, 'b2', 'not-yet');
      const after = saved(key)!;
      expect([after.c1?.value, after.c2?.value, after.b2?.value]).to.deep.equal(['sometimes', 'consistently', 'not-yet']);
    });

    it('keeps two checklists on one page with the same key in step', async () => {
      const key = newKey();
      const wrapper = await fixture(html`<div>
        <ladder-checklist .ladder=${ladder} level="L3" storage-key=${key}></ladder-checklist>
        <ladder-checklist .ladder=${ladder} level="IC4" storage-key=${key}></ladder-checklist>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('ladder-checklist')] as LadderChecklistElement[];
      await a!.updateComplete;
      await b!.updateComplete;
      await rate(a!, 'c2', 'sometimes');
      await b!.updateComplete;
      expect(checkedValue(b!, 'c2')).to.equal('sometimes');
      await rate(b!, 'a2', 'consistently');
      await a!.updateComplete;
      expect(checkedValue(a!, 'a2')).to.equal('consistently');
      expect(checkedValue(a!, 'c2')).to.equal('sometimes');
    });

    it('keeps and reports saved ratings for items the ladder no longer has', async () => {
      const key = newKey();
      seed(key, {
        gone1: { value: 'sometimes', updatedAt: 1 },
        gone2: { note: 'old evidence', updatedAt: 1 },
        c1: { value: 'sometimes', updatedAt: 1 },
      });
      const el = await checklist(key);
      expect(text($(el, '.orphans'))).to.equal(
        '2 saved ratings refer to expectations that are no longer in this ladder. They are kept, and included when you download JSON.',
      );
      await rate(el, 'c2', 'sometimes');
      expect(Object.keys(saved(key)!)).to.include.members(['gone1', 'gone2', 'c1', 'c2']);
      expect(JSON.parse(el.value).ratings).to.include.keys('gone1', 'gone2');
      await expect(el).to.be.accessible();
    });
  });

  describe('summary', () => {
    it('counts per section and overall, with a chart sized by SVG attributes', async () => {
      const el = await checklist(newKey());
      await rate(el, 'c1', 'consistently');
      await rate(el, 'c2', 'sometimes');
      await rate(el, 'b2', 'na');
      expect(text($(el, '.overall p'))).to.equal('3 of 4 expectations rated');
      expect($$(el, '.legend li').map(text)).to.deep.equal(['Not yet: 0', 'Sometimes: 1', 'Consistently: 1', 'Not applicable: 1']);
      expect($$(el, '.per-section li').map(text)).to.deep.equal([
        'Skills3 of 4 expectations rated',
        'Red flags0 of 1 red flag applies to you',
        'Examples0 of 1 example done',
      ]);
      const bar = $(el, '.overall svg');
      expect(bar.getAttribute('viewBox')).to.equal('0 0 100 1');
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect(shadow(el).querySelector('[style]')).to.equal(null);
      expect([...bar.querySelectorAll('rect.point, rect.na')].map((r) => r.getAttribute('width'))).to.deep.equal(['25', '25', '25']);
    });

    it('words readiness as topics for a conversation until the rule is met', async () => {
      const el = await checklist(newKey());
      await rate(el, 'c1', 'not-yet');
      expect($$(el, '[part="readiness"] p, [part="readiness"] li').map(text)).to.deep.equal([
        'Worth talking through for Engineer L3:',
        '3 expectations not rated yet',
        '1 expectation rated “Not yet”',
        '“Consistently” for 0% of the applicable expectations (the rule looks for 80%)',
        'This is an aid for the conversation, not a score: your team may set the rule differently.',
      ]);
      for (const id of ['c1', 'c2', 'b2', 'a2']) await rate(el, id, 'consistently');
      expect(text($(el, '[part="readiness"] p'))).to.equal(
        'Your ratings match the readiness rule for Engineer L3: a good moment to talk it through with your manager.',
      );
      await expect(el).to.be.accessible();
      toggle(el, 'a3').click();
      await el.updateComplete;
      expect(text($(el, '[part="readiness"]'))).to.contain('1 red flag you feel applies');
      await expect(el).to.be.accessible();
    });

    it('takes a custom scale, a custom or no "Not applicable", and a readiness rule', async () => {
      const el = await fixture<LadderChecklistElement>(html`<ladder-checklist
        .ladder=${ladder}
        level="L2"
        storage-key=${newKey()}
        .scale=${[
          { value: '1', label: 'Rarely' },
          { value: '2', label: 'Often' },
          { value: '3', label: 'Mostly' },
          { value: '4', label: 'Always' },
        ]}
        .readinessRule=${{ minTopShare: 0.5, allowLowest: true }}
        na-label="Does not fit my role"
      ></ladder-checklist>`);
      await el.updateComplete;
      expect([...row(el, 'b2').querySelectorAll('.choice')].map(text)).to.deep.equal([
        'Rarely',
        'Often',
        'Mostly',
        'Always',
        'Does not fit my role',
      ]);
      await rate(el, 'b1', '4');
      await rate(el, 'b2', '1');
      await rate(el, 'a2', 'na');
      expect(el.summary?.readiness.met).to.equal(true);
      expect(text($(el, '[part="readiness"] p'))).to.match(/^Your ratings match the readiness rule for Engineer L2/);
      el.noNa = true;
      await el.updateComplete;
      expect([...row(el, 'b2').querySelectorAll('.choice')].map(text)).to.deep.equal(['Rarely', 'Often', 'Mostly', 'Always']);
      await expect(el).to.be.accessible();
    });
  });

  describe('compare with the next level', () => {
    it('lets the user pick a branch and shows only what it adds, keeping every rating', async () => {
      const el = await checklist(newKey());
      await rate(el, 'c2', 'sometimes');
      expect($$(el, '[part="compare"] > *').map(text)).to.deep.equal([
        'Compare with the next level:',
        'IC4 · Staff engineer',
        'M1 · Engineering manager',
      ]);
      button(el, 'IC4 · Staff engineer').click();
      await el.updateComplete;
      expect(el.compareTo).to.equal('IC4');
      // The heading says what is shown, and takes the focus.
      expect(text($(el, 'h2[part="title"]'))).to.equal('What Staff engineer adds');
      expect(shadow(el).activeElement).to.equal($(el, '[part="title"]'));
      expect(text($(el, '[part="compare"]'))).to.equal(
        'Only what is new or reworded since Engineer L3; every rating is kept. Back to Engineer L3',
      );
      expect($$(el, '[part="item"]').map((li) => li.id)).to.deep.equal(['item-d1', 'item-d2']);
      expect(text(row(el, 'd2').querySelector('.replaces'))).to.equal('Replaces (L3): High scope');
      expect(text($(el, '.overall p'))).to.equal('0 of 2 expectations rated');
      await expect(el).to.be.accessible();
      await rate(el, 'd1', 'not-yet');
      button(el, 'Back to Engineer L3').click();
      await el.updateComplete;
      expect(el.compareTo).to.equal(undefined);
      expect(checkedValue(el, 'c2')).to.equal('sometimes');
      el.compareTo = 'IC4';
      await el.updateComplete;
      expect(checkedValue(el, 'd1')).to.equal('not-yet');
    });

    it('offers no comparison for the top of a branch', async () => {
      const el = await checklist(newKey(), 'M1');
      expect(shadow(el).querySelector('[part="compare"]')).to.equal(null);
    });
  });

  describe('export, import, print and reset', () => {
    it('copies the checklist as Markdown', async () => {
      const el = await checklist(newKey());
      await rate(el, 'c1', 'consistently');
      await typeNote(el, 'c1', 'Led the storage migration');
      const written: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (t: string) => void written.push(t) },
      });
      try {
        button(el, 'Copy as Markdown').click();
        await until(() => written.length === 1, 'the clipboard write');
        // Only what was rated or noted: no "Not rated" rows, no claim about the red flag or example nobody marked.
        expect(written[0]).to.equal(`## Self-assessment: Engineer L3

Level: Engineer L3 · ${localDate(new Date())}

### Where you stand

1 of 4 expectations rated · 0 of 1 red flag applies to you · 0 of 1 example done.

- Skills: 1 of 4 expectations rated (Consistently: 1)
- Red flags: 0 of 1 red flag applies to you
- Examples: 0 of 1 example done

Worth talking through for Engineer L3:

- 3 expectations not rated yet
- “Consistently” for 25% of the applicable expectations (the rule looks for 80%)

### Skills

- **Consistently** — High scope
  Note: Led the storage migration
`);
        expect(written[0]).to.equal(el.toMarkdown());
        await until(() => messages(el) === 'Copied as Markdown.', 'the feedback');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('shows the Markdown for copying by hand when the clipboard is not allowed', async () => {
      const el = await checklist(newKey());
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => Promise.reject(new Error('denied')) },
      });
      try {
        button(el, 'Copy as Markdown').click();
        await until(() => !!shadow(el).querySelector('.fallback textarea'), 'the fallback');
        expect(($(el, '.fallback textarea') as HTMLTextAreaElement).value).to.equal(el.toMarkdown());
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('downloads JSON that imports into another checklist after confirmation', async () => {
      const el = await checklist(newKey());
      await rate(el, 'c1', 'consistently');
      await typeNote(el, 'c2', 'Mentored two interns');
      toggle(el, 'b3').click();
      await el.updateComplete;
      const { createObjectURL } = URL;
      const click = HTMLAnchorElement.prototype.click;
      let blob: Blob | undefined;
      let download = '';
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return 'blob:test';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        download = this.download;
      };
      try {
        button(el, 'Download JSON').click();
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(download).to.equal('ratings-test-L3.json');
      expect(blob?.type).to.equal('application/json');
      const json = await blob!.text();
      const file = JSON.parse(json);
      // Version 2: the download keeps the history too, with the snapshot the export itself took.
      expect(file).to.include({ version: 2, ladder: 'test', level: 'L3' });
      expect(file.exportedAt).to.be.a('string');
      expect(file.snapshots.map((s: { reason: string }) => s.reason)).to.deep.equal(['export']);
      expect(Object.keys(file.snapshots[0].ratings)).to.have.members(['c1', 'c2', 'b3']);

      const key = newKey();
      seed(key, { c1: { value: 'not-yet', updatedAt: 1 }, a2: { value: 'sometimes', updatedAt: 1 } });
      const other = await checklist(key);
      await importFile(other, json);
      // Whose file it is before anything is merged: c1 is rated differently, and b3 is done in the file only.
      expect(text($(other, '[part="confirm"] p'))).to.equal(
        `“ratings.json” holds ratings for Engineer L3, exported ${localDate(new Date())}. 2 items are rated differently from yours. Import 3 saved items? 1 of them would replace what you have entered. Everything else stays as it is. A copy of your ratings before the import is kept in your history.`,
      );
      expect(checkedValue(other, 'c1')).to.equal('not-yet');
      expect(shadow(other).activeElement).to.equal(button(other, 'Cancel'));
      await expect(other).to.be.accessible();
      button(other, 'Import').click();
      await other.updateComplete;
      expect(checkedValue(other, 'c1')).to.equal('consistently');
      expect(checkedValue(other, 'a2')).to.equal('sometimes');
      expect(note(other, 'c2').value).to.equal('Mentored two interns');
      expect(toggle(other, 'b3').checked).to.equal(true);
      expect(saved(key)?.c1?.value).to.equal('consistently');
      expect(messages(other)).to.equal('3 items imported. Undo');
    });

    it('changes nothing when the import is cancelled', async () => {
      const key = newKey();
      const el = await checklist(key);
      await rate(el, 'c1', 'sometimes');
      await importFile(el, JSON.stringify({ version: 1, ladder: 'other', ratings: { c1: { value: 'consistently', updatedAt: 1 } } }));
      expect(text($(el, '[part="confirm"] p'))).to.equal(
        '“ratings.json” holds ratings for no level in particular, with no export date. 1 item is rated differently from yours. The file was made for another ladder (“other”). Import 1 saved item? 1 of them would replace what you have entered. Everything else stays as it is. A copy of your ratings before the import is kept in your history.',
      );
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="confirm"]')).to.equal(null);
      expect(checkedValue(el, 'c1')).to.equal('sometimes');
      expect(saved(key)?.c1?.value).to.equal('sometimes');
    });

    it('says what is wrong with a file it cannot import', async () => {
      const el = await checklist(newKey());
      await importFile(el, JSON.stringify({ version: 1, ratings: { c1: { value: 'sometimes', updatedAt: 'yesterday' } } }), 'mine.json');
      const alert = $(el, '[part="error"]');
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.equal(
        '“mine.json” cannot be imported: $.ratings.c1.updatedAt: must be a time in milliseconds since 1970, not a string',
      );
      expect(shadow(el).querySelector('[part="confirm"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('asks before a reset, then clears what the checklist shows', async () => {
      const key = newKey();
      seed(key, { gone: { value: 'sometimes', updatedAt: 1 }, d1: { value: 'sometimes', updatedAt: 1 } });
      const el = await checklist(key);
      await rate(el, 'c1', 'sometimes');
      await rate(el, 'a2', 'consistently');
      const reset = button(el, 'Reset');
      reset.focus();
      reset.click();
      await el.updateComplete;
      expect(text($(el, '[part="confirm"] p'))).to.equal(
        'Clear your ratings and notes for the 2 items of this checklist? A copy is kept in your history, and you can undo it.',
      );
      button(el, 'Cancel').click();
      await el.updateComplete;
      expect(checkedValue(el, 'c1')).to.equal('sometimes');
      expect(shadow(el).activeElement).to.equal(reset);
      reset.click();
      await el.updateComplete;
      button(el, 'Clear ratings').click();
      await el.updateComplete;
      expect(checkedValue(el, 'c1')).to.equal(undefined);
      expect(checkedValue(el, 'a2')).to.equal(undefined);
      const after = saved(key)!;
      // Other levels' items and orphans are not this checklist's to clear.
      expect([after.c1?.value, after.d1?.value, after.gone?.value]).to.deep.equal([undefined, 'sometimes', 'sometimes']);
      expect(messages(el)).to.contain('Ratings cleared.');
    });
  });

  describe('forms', () => {
    it('submits the ratings JSON under its name', async () => {
      const key = newKey();
      const form = await fixture<HTMLFormElement>(
        html`<form><ladder-checklist name="self-rating" .ladder=${ladder} level="L3" storage-key=${key}></ladder-checklist></form>`,
      );
      const el = form.querySelector('ladder-checklist')!;
      await el.updateComplete;
      await rate(el, 'c1', 'sometimes');
      const value = JSON.parse(new FormData(form).get('self-rating') as string);
      expect(value).to.deep.include({ version: 1, ladder: 'test', level: 'L3' });
      expect(value.ratings.c1.value).to.equal('sometimes');
      expect(el.form).to.equal(form);
    });

    it('asks before a form reset clears anything', async () => {
      const key = newKey();
      const form = await fixture<HTMLFormElement>(
        html`<form><ladder-checklist name="r" .ladder=${ladder} level="L3" storage-key=${key}></ladder-checklist></form>`,
      );
      const el = form.querySelector('ladder-checklist')!;
      await el.updateComplete;
      await rate(el, 'c1', 'sometimes');
      form.reset();
      await el.updateComplete;
      expect(checkedValue(el, 'c1')).to.equal('sometimes');
      expect(text($(el, '[part="confirm"] p'))).to.match(/^Clear your ratings and notes for the 1 item of this checklist\?/);
      button(el, 'Clear ratings').click();
      await el.updateComplete;
      expect(JSON.parse(new FormData(form).get('r') as string).ratings).to.deep.equal({});
    });

    it('merges a restored form state, keeping newer ratings', async () => {
      const el = await checklist(newKey());
      await rate(el, 'c1', 'sometimes');
      el.formStateRestoreCallback(
        JSON.stringify({ version: 1, ratings: { c1: { value: 'not-yet', updatedAt: 1 }, c2: { value: 'consistently', updatedAt: 1 } } }),
      );
      await el.updateComplete;
      expect([checkedValue(el, 'c1'), checkedValue(el, 'c2')]).to.deep.equal(['sometimes', 'consistently']);
      el.formStateRestoreCallback('not json');
    });

    it('is disabled with its fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled><ladder-checklist name="r" .ladder=${ladder} level="L3" storage-key=${newKey()}></ladder-checklist></fieldset></form>`,
      );
      const el = form.querySelector('ladder-checklist')!;
      await el.updateComplete;
      expect(radio(el, 'c1', 'sometimes').matches(':disabled')).to.equal(true);
      expect(new FormData(form).get('r')).to.equal(null);
    });
  });

  describe('theming and states', () => {
    it('has a dark theme', async () => {
      const el = await fixture<LadderChecklistElement>(
        html`<ladder-checklist .ladder=${ladder} level="L3" storage-key=${newKey()} theme="dark"></ladder-checklist>`,
      );
      await el.updateComplete;
      toggle(el, 'a3').click();
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part="checklist"]')).backgroundColor).to.equal('rgb(24, 28, 36)');
      await expect(el).to.be.accessible();
    });

    it('says what is missing without a level, or with an unknown one', async () => {
      const el = await fixture<LadderChecklistElement>(html`<ladder-checklist .ladder=${ladder}></ladder-checklist>`);
      await el.updateComplete;
      expect(text($(el, '[part="error"] p'))).to.equal('No level chosen: set the level attribute, for example level="L3".');
      el.level = 'L3';
      el.compareTo = 'L9';
      await el.updateComplete;
      expect(text($(el, '[part="error"] p'))).to.equal('There is no level "L9" in this ladder. Known levels: L1, L2, L3, IC4, M1.');
      await expect(el).to.be.accessible();
      expect(el.summary).to.exist;
      expect(el.toMarkdown()).to.match(/^## Self-assessment/);
    });

    it('uses the bundled ladder by default', async () => {
      const key = newKey();
      const el = await fixture<LadderChecklistElement>(html`<ladder-checklist level="L4" storage-key=${key}></ladder-checklist>`);
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal('Self-assessment: Engineer L4');
      expect($$(el, '[part="item"]').length).to.be.greaterThan(40);
      await expect(el).to.be.accessible();
      localStorage.removeItem(`ladder-elements:ratings:engineering:${key}`);
    });
  });

  it('is defined once even when its module is evaluated again', async () => {
    const { LadderChecklistElement } = await import('../src/elements/checklist/checklist.element.js');
    const { define } = await import('../src/elements/shared/define.js');
    expect(() => define('ladder-checklist', class extends LadderChecklistElement {})).to.not.throw();
    expect(customElements.get('ladder-checklist')).to.equal(LadderChecklistElement);
    await elementUpdated(document.body);
  });
});
