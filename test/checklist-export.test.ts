// <ladder-checklist> for the 1:1: the Markdown export and the print view (what was rated or noted,
// everything with export-all), and an import that says whose file it is and can open it side by side.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/elements/checklist/checklist.js';
import type { LadderChecklistElement } from '../src/elements/checklist/checklist.element.js';
import type { LadderReviewElement } from '../src/elements/review/review.element.js';
import type { LadderReviewRequestEvent } from '../src/events/review-request.js';
import { localDate } from '../src/model/ratings-markdown.js';
import type { Ladder } from '../src/model/types.js';
import { branchingLadder } from './fixtures/ladders.js';
import { $, $$, importFile, shadow, text, until, watchConsole } from './helpers.js';

let counter = 0;
const newKey = () => `checklist-export-${Date.now()}-${counter++}`;

/** One level with 50 items: 20 + 20 expectations in two sections, 5 red flags, 5 examples. */
function fiftyItems(): Ladder {
  const items = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i + 1}`, text: `${prefix.toUpperCase()} item ${i + 1}` }));
  return {
    schemaVersion: 1,
    id: 'fifty',
    title: 'Fifty items',
    sections: [
      { id: 'craft', title: 'Craft', kind: 'expectation' },
      { id: 'impact', title: 'Impact', kind: 'expectation' },
      { id: 'flags', title: 'Red flags', kind: 'red-flag' },
      { id: 'examples', title: 'Examples', kind: 'example' },
    ],
    levels: [
      {
        id: 'L1',
        title: 'Engineer L1',
        items: { craft: items('c', 20), impact: items('i', 20), flags: items('f', 5), examples: items('e', 5) },
      },
    ],
  };
}

async function checklist(ladder: Ladder, level: string, key = newKey()): Promise<LadderChecklistElement> {
  const el = await fixture<LadderChecklistElement>(
    html`<ladder-checklist .ladder=${ladder} level=${level} storage-key=${key}></ladder-checklist>`,
  );
  await el.updateComplete;
  return el;
}

const row = (el: Element, id: string) => $(el, `[id="item-${id}"]`);
const button = (el: Element, label: string) => {
  const found = $$(el, 'button').find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

async function rate(el: LadderChecklistElement, id: string, value: string): Promise<void> {
  (row(el, id).querySelector(`input[value="${value}"]`)!.closest('label') as HTMLElement).click();
  await el.updateComplete;
}

async function check(el: LadderChecklistElement, id: string): Promise<void> {
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

describe('<ladder-checklist> for the 1:1', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    consoleWatch = watchConsole();
  });
  afterEach(async function () {
    consoleWatch.restore();
    await emulateMedia({ media: 'screen' });
    for (const key of Object.keys(localStorage)) if (key.includes(':checklist-export-')) localStorage.removeItem(key);
    const title = this.currentTest?.fullTitle() ?? '';
    expect(consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')).join('\n'), title).to.equal('');
  });

  describe('export', () => {
    it('after rating 3 of 50 items contains exactly those 3, plus the date, the level and the summary', async () => {
      const el = await checklist(fiftyItems(), 'L1');
      await rate(el, 'c3', 'consistently');
      await rate(el, 'i7', 'not-yet');
      await typeNote(el, 'i7', 'Ask for an incident to lead');
      await check(el, 'f2');
      expect(el.toMarkdown()).to.equal(`## Self-assessment: Engineer L1

Level: Engineer L1 · ${localDate(new Date())}

### Where you stand

2 of 40 expectations rated · 1 of 5 red flags apply to you · 0 of 5 examples done.

- Craft: 1 of 20 expectations rated (Consistently: 1)
- Impact: 1 of 20 expectations rated (Not yet: 1)
- Red flags: 1 of 5 red flags apply to you
- Examples: 0 of 5 examples done

Worth talking through for Engineer L1:

- 38 expectations not rated yet
- 1 expectation rated “Not yet”
- “Consistently” for 2% of the applicable expectations (the rule looks for 80%)
- 1 red flag you feel applies

### Craft

- **Consistently** — C item 3

### Impact

- **Not yet** — I item 7
  Note: Ask for an incident to lead

### Red flags

- **Applies to me** — F item 2
`);
    });

    it('lists everything with export-all, still without a claim about unmarked red flags and examples', async () => {
      const el = await checklist(fiftyItems(), 'L1');
      await rate(el, 'c3', 'consistently');
      el.exportAll = true;
      await el.updateComplete;
      expect(el.getAttribute('export-all')).to.equal('');
      const md = el.toMarkdown();
      expect(md.slice(md.indexOf('### Craft')).match(/^- /gm)?.length).to.equal(50);
      expect(md).to.contain('- **Consistently** — C item 3\n- _Not rated_ — C item 4\n');
      expect(md).to.contain('\n- F item 1\n');
      expect(md).to.contain('\n- E item 5\n');
      expect(md).to.not.match(/does not apply|\[ \]/i);
    });
  });

  describe('print', () => {
    it('prints the level, the date, the summary and what was rated or noted; everything with export-all', async () => {
      const el = await checklist(branchingLadder(), 'L3');
      await rate(el, 'c1', 'sometimes');
      await typeNote(el, 'a2', 'Pairing on the test harness');
      const shown = () =>
        $$(el, '[part="item"]')
          .filter((li) => li.checkVisibility())
          .map((li) => li.id.replace('item-', ''));
      // On screen the inherited groups start closed; print opens them.
      expect(shown()).to.deep.equal(['c1', 'c2']);
      expect($(el, '.print-meta').checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      expect(shown()).to.deep.equal(['c1', 'a2']);
      // Sections with nothing to print are left out whole; the summary and the date are printed.
      expect($$(el, '[part~="section"]').filter((s) => s.checkVisibility()).length).to.equal(1);
      expect(text($(el, '.print-meta'))).to.equal(`Level: Engineer L3 · ${localDate(new Date())}`);
      expect($(el, '.print-meta').checkVisibility()).to.equal(true);
      expect($(el, '[part="summary"]').checkVisibility()).to.equal(true);
      expect($(el, '[part="actions"]').checkVisibility()).to.equal(false);
      el.exportAll = true;
      await el.updateComplete;
      expect(shown()).to.deep.equal(['c1', 'c2', 'b2', 'a2', 'a3', 'b3']);
    });
  });

  describe('import: whose file it is, or side by side', () => {
    const theirFile = JSON.stringify({
      version: 1,
      ladder: 'test',
      level: 'L3',
      exportedAt: new Date(2026, 4, 3, 12).toISOString(),
      ratings: {
        c1: { value: 'consistently', note: 'Owned the rollout', updatedAt: 5 },
        c2: { value: 'sometimes', updatedAt: 5 },
        a3: { applies: true, updatedAt: 5 },
      },
    });

    async function yoursAndTheirs(): Promise<{ el: LadderChecklistElement; key: string }> {
      const key = newKey();
      const el = await checklist(branchingLadder(), 'L3', key);
      await rate(el, 'c1', 'sometimes');
      await rate(el, 'c2', 'sometimes');
      // As a user does: "Import JSON" (it keeps the focus while the file is picked).
      button(el, 'Import JSON').focus();
      await importFile(el, theirFile, 'manager.json');
      return { el, key };
    }

    it('says whose file it is and how many items it rates differently, before merging anything', async () => {
      const { el } = await yoursAndTheirs();
      expect(text($(el, '[part="confirm"] p'))).to.equal(
        '“manager.json” holds ratings for Engineer L3, exported 2026-05-03. 2 items are rated differently from yours. Import 3 saved items? 1 of them would replace what you have entered. Everything else stays as it is. A copy of your ratings before the import is kept in your history.',
      );
      expect($$(el, '[part="confirm"] button').map(text)).to.deep.equal(['Import', 'Open side by side instead', 'Cancel']);
      await expect(el).to.be.accessible();
    });

    it('opens the file side by side instead: a read-only review in place of the question, nothing imported', async () => {
      const { el, key } = await yoursAndTheirs();
      const storageKey = `ladder-elements:ratings:test:${key}`;
      const saved = localStorage.getItem(storageKey);
      const request = oneEvent(el, 'ladder-review-request') as unknown as Promise<LadderReviewRequestEvent>;
      button(el, 'Open side by side instead').focus();
      await sendKeys({ press: 'Enter' });
      const event = await request;
      expect(event.cancelable).to.equal(true);
      expect(event.level).to.equal('L3');
      expect(event.assessments.map((a) => a.label)).to.deep.equal(['Yours', 'manager.json']);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="confirm"]')).to.equal(null);
      const review = $(el, '[part="side-by-side"] ladder-review') as LadderReviewElement;
      await review.updateComplete;
      expect(text($(el, '#side-by-side-title'))).to.equal('Side by side: your ratings and “manager.json”');
      await until(() => shadow(el).activeElement === $(el, '#side-by-side-title'), 'focus on the side-by-side heading');
      expect(text($(review, '#agenda-title'))).to.equal('Worth talking about: 2 items where you differ');
      expect($$(review, '[part="agenda"] [part="row"]').map((r) => r.id)).to.deep.equal(['item-c1', 'item-a3']);
      expect($$(review, '[part="agenda"] [part="column-heading"]').map(text)).to.deep.equal(['Yours', 'manager.json']);
      // Nothing was imported or saved.
      expect(localStorage.getItem(storageKey)).to.equal(saved);
      expect(JSON.parse(el.value).ratings.c1.value).to.equal('sometimes');
      await expect(el).to.be.accessible();

      // "Import instead" asks the import question again; Cancel leaves everything as it was.
      button(el, 'Import instead').click();
      await el.updateComplete;
      expect(text($(el, '[part="confirm"] p'))).to.match(/^“manager\.json” holds ratings for Engineer L3/);
      button(el, 'Cancel').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="side-by-side"], [part="confirm"]')).to.equal(null);
      expect(localStorage.getItem(storageKey)).to.equal(saved);
    });

    it('leaves the review to the page when it cancels ladder-review-request', async () => {
      const { el } = await yoursAndTheirs();
      const shown: LadderReviewRequestEvent[] = [];
      el.addEventListener('ladder-review-request', (e) => {
        e.preventDefault();
        shown.push(e);
      });
      button(el, 'Open side by side instead').click();
      await el.updateComplete;
      expect(shown.length).to.equal(1);
      const [, theirs] = shown[0]!.assessments;
      expect(theirs?.ratings).to.deep.include({ level: 'L3', ladder: 'test' });
      expect(shadow(el).querySelector('[part="side-by-side"], [part="confirm"]')).to.equal(null);
    });

    it('closes the side-by-side review with Escape, focus back on "Import JSON"', async () => {
      const { el } = await yoursAndTheirs();
      button(el, 'Open side by side instead').click();
      await el.updateComplete;
      await until(() => shadow(el).activeElement === $(el, '#side-by-side-title'), 'focus on the side-by-side heading');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="side-by-side"]')).to.equal(null);
      // (Compared as a boolean: chai's message for two different elements can take the browser down.)
      expect(shadow(el).activeElement === button(el, 'Import JSON'), 'focus on "Import JSON"').to.equal(true);
    });
  });
});
