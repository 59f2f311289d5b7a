// Destructive actions (issue 19, item 1): clearing, an import that replaces ratings, dropping a
// snapshot. They ask first, and the confirming button takes a click only after the pointer moved
// onto it, at least half a second after it appeared: a double click, or a second click landing where
// the page moved the button under a still pointer, does nothing. The mouse here is real input
// (sendMouse: Chromium's input pipeline, trusted events). Each action keeps a copy in the history
// and can be undone until the undo lapses. (In a frame, the visibility check: test/node/store-e2e.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/elements/checklist/checklist.js';
import type { LadderChecklistElement } from '../src/elements/checklist/checklist.element.js';
import { RatingsController } from '../src/elements/checklist/ratings-controller.js';
import type { RatingsFile } from '../src/model/ratings.js';
import { branchingLadder } from './fixtures/ladders.js';
import { $, $$, importFile, shadow, text, until, watchConsole } from './helpers.js';

const PREFIX = 'ladder-elements:ratings:test:';
let counter = 0;
const newKey = () => `guard-${Date.now()}-${counter++}`;
const stored = (key: string): RatingsFile => JSON.parse(localStorage.getItem(PREFIX + key)!);

async function checklist(key: string): Promise<{ el: LadderChecklistElement; box: HTMLElement }> {
  const box = await fixture<HTMLElement>(
    html`<div class="box"><ladder-checklist .ladder=${branchingLadder()} level="L3" storage-key=${key}></ladder-checklist></div>`,
  );
  const el = box.querySelector('ladder-checklist') as LadderChecklistElement;
  await el.updateComplete;
  return { el, box };
}

const row = (el: Element, id: string) => $(el, `[id="item-${id}"]`);
const checkedValue = (el: Element, id: string) => (row(el, id).querySelector('input:checked') as HTMLInputElement | null)?.value;
const button = (el: Element, label: string) => {
  const found = $$(el, 'button').find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};
async function rate(el: LadderChecklistElement, id: string, value: string): Promise<void> {
  (row(el, id).querySelector(`input[value="${value}"]`)!.closest('label') as HTMLElement).click();
  await el.updateComplete;
}
/** The middle of `el` in the viewport (scrolled into view first, when it is not). */
const center = (el: Element): [number, number] => {
  let r = el.getBoundingClientRect();
  if (r.top < 0 || r.bottom > innerHeight) {
    el.scrollIntoView({ block: 'center' });
    r = el.getBoundingClientRect();
  }
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
};
const messages = (el: Element) => text($(el, '[part="messages"]'));
const yes = (el: Element) => $(el, '.confirm-yes');

describe('<ladder-checklist> destructive actions', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    consoleWatch = watchConsole();
  });
  afterEach(async function () {
    consoleWatch.restore();
    await resetMouse();
    RatingsController.undoMs = 60_000;
    for (const key of Object.keys(localStorage)) if (key.startsWith(`${PREFIX}guard-`)) localStorage.removeItem(key);
    expect(consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')).join('\n'), this.currentTest?.fullTitle()).to.equal('');
  });

  it('two clicks at one spot, the page moving the confirmation under the still pointer, clear nothing; moving onto the button does', async () => {
    const key = newKey();
    const { el, box } = await checklist(key);
    await rate(el, 'c1', 'sometimes');
    await rate(el, 'a2', 'consistently');
    const spot = center(button(el, 'Reset'));
    await sendMouse({ type: 'click', position: spot });
    await el.updateComplete;
    expect(text($(el, '[part="confirm"] p'))).to.contain('Clear your ratings and notes for the 2 items');
    expect(yes(el).dataset.armed).to.equal('false');
    // The page moves the checklist so that "Clear ratings" sits under the pointer, and the second click lands.
    const [x, y] = center(yes(el));
    box.style.transform = `translate(${spot[0] - x}px, ${spot[1] - y}px)`;
    expect(center(yes(el))).to.deep.equal(spot);
    await sendMouse({ type: 'down' }); // where the pointer is: still on the spot
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(checkedValue(el, 'c1')).to.equal('sometimes');
    expect(stored(key).ratings.c1!.value).to.equal('sometimes');
    expect(text($(el, '.confirm-hint'))).to.equal('To confirm, move the pointer onto “Clear ratings”, then click it.');
    await expect(el).to.be.accessible();

    // A person moves the pointer onto the button, and clicks once it is ready.
    const [bx, by] = center(yes(el));
    await sendMouse({ type: 'move', position: [bx - 8, by] });
    await sendMouse({ type: 'move', position: [bx, by + 1] });
    await until(() => yes(el).dataset.armed === 'true', 'the button to take clicks');
    await sendMouse({ type: 'click', position: [bx, by] });
    await el.updateComplete;
    expect(checkedValue(el, 'c1')).to.equal(undefined);
    expect(messages(el)).to.equal('Ratings cleared. Undo');
    // A copy is kept in the history before anything is cleared.
    const copy = stored(key).snapshots!.at(-1)!;
    expect([copy.reason, copy.ratings.c1?.value, copy.ratings.a2?.value]).to.deep.equal(['before-clear', 'sometimes', 'consistently']);

    await sendMouse({ type: 'click', position: center(button(el, 'Undo')) });
    await el.updateComplete;
    expect([checkedValue(el, 'c1'), checkedValue(el, 'a2')]).to.deep.equal(['sometimes', 'consistently']);
    expect([stored(key).ratings.c1!.value, stored(key).ratings.a2!.value]).to.deep.equal(['sometimes', 'consistently']);
    expect(messages(el)).to.equal('Undone.');
  });

  it('the keyboard confirms: Tab from "Cancel" back to "Clear ratings", then Enter', async () => {
    const key = newKey();
    const { el } = await checklist(key);
    await rate(el, 'c1', 'sometimes');
    button(el, 'Reset').click();
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(button(el, 'Cancel'));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(shadow(el).activeElement).to.equal(yes(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(checkedValue(el, 'c1')).to.equal(undefined);
  });

  it('an import that replaces ratings keeps a copy and can be undone', async () => {
    const key = newKey();
    const { el } = await checklist(key);
    await rate(el, 'c1', 'sometimes');
    await importFile(
      el,
      JSON.stringify({ version: 1, ratings: { c1: { value: 'not-yet', updatedAt: 1 }, c2: { value: 'na', updatedAt: 1 } } }),
    );
    yes(el).click();
    await el.updateComplete;
    expect([checkedValue(el, 'c1'), checkedValue(el, 'c2')]).to.deep.equal(['not-yet', 'na']);
    expect(stored(key).snapshots!.map((s) => [s.reason, s.ratings.c1?.value])).to.deep.equal([['before-import', 'sometimes']]);
    button(el, 'Undo').click();
    await el.updateComplete;
    expect([checkedValue(el, 'c1'), checkedValue(el, 'c2')]).to.deep.equal(['sometimes', undefined]);
    expect(stored(key).ratings.c2).to.deep.equal({ updatedAt: stored(key).ratings.c2!.updatedAt });
  });

  it('the undo lapses at the next change, or after its time; the copy in the history stays', async () => {
    const key = newKey();
    const { el } = await checklist(key);
    await rate(el, 'c1', 'sometimes');
    button(el, 'Reset').click();
    await el.updateComplete;
    yes(el).click();
    await el.updateComplete;
    expect(messages(el)).to.equal('Ratings cleared. Undo');
    await rate(el, 'c2', 'consistently');
    expect(shadow(el).querySelector('.undo')).to.equal(null);

    RatingsController.undoMs = 30;
    button(el, 'Reset').click();
    await el.updateComplete;
    yes(el).click();
    await el.updateComplete;
    expect(shadow(el).querySelector('.undo')).not.to.equal(null);
    await until(() => !shadow(el).querySelector('.undo'), 'the undo to lapse');
    expect(checkedValue(el, 'c2')).to.equal(undefined);
    expect(stored(key).snapshots!.map((s) => s.reason)).to.deep.equal(['before-clear', 'before-clear']);
  });
});
