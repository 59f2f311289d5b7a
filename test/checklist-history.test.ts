// The checklist's history (issue 15, part 3): snapshots saved by the person and on every export or
// print, kept in the same store as the ratings (format version 2, version 1 data migrated), "Changes
// since" a snapshot and the trend per section, the cap with the oldest dropped only after a
// confirmation (and undoable), and snapshots offered as assessments.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/checklist/checklist.js';
import type { LadderChecklistElement } from '../src/elements/checklist/checklist.element.js';
import type { RatingsFile } from '../src/model/ratings.js';
import { SNAPSHOT_CAP } from '../src/model/ratings-history.js';
import { branchingLadder } from './fixtures/ladders.js';
import { $, $$, shadow, text, until, watchConsole } from './helpers.js';

const PREFIX = 'ladder-elements:ratings:test:';
let counter = 0;
const newKey = () => `history-${Date.now()}-${counter++}`;
const stored = (key: string): RatingsFile => JSON.parse(localStorage.getItem(PREFIX + key)!);
const seed = (key: string, file: unknown) => localStorage.setItem(PREFIX + key, JSON.stringify(file));

async function checklist(key: string): Promise<LadderChecklistElement> {
  const el = await fixture<LadderChecklistElement>(
    html`<ladder-checklist .ladder=${branchingLadder()} level="L3" storage-key=${key}></ladder-checklist>`,
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
async function click(el: LadderChecklistElement, label: string): Promise<void> {
  button(el, label).click();
  await el.updateComplete;
}
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
  await el.updateComplete;
}
/** "Changes since": each group's heading and the ids listed under it. */
const changes = (el: Element) =>
  $$(el, '.change-kind').map((h) => [text(h), [...(h.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) => li.dataset.id)]);

/** A version-2 file with `n` snapshots, a day apart, oldest first. */
function withSnapshots(n: number): unknown {
  const day = 86_400_000;
  const snapshots = Array.from({ length: n }, (_, i) => ({
    id: `s-old-${i}`,
    takenAt: Date.UTC(2025, 0, 1) + i * day,
    reason: 'manual',
    ratings: { c1: { value: i % 2 ? 'sometimes' : 'not-yet', updatedAt: 1 } },
  }));
  return { version: 2, ratings: { c1: { value: 'consistently', updatedAt: 5 } }, snapshots };
}

describe('<ladder-checklist> history', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    consoleWatch = watchConsole();
  });
  afterEach(function () {
    consoleWatch.restore();
    for (const key of Object.keys(localStorage)) if (key.startsWith(`${PREFIX}history-`)) localStorage.removeItem(key);
    expect(consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')).join('\n'), this.currentTest?.fullTitle()).to.equal('');
  });

  it('saves a snapshot that survives a reload; "Changes since" lists exactly what moved; a trend column per snapshot', async () => {
    const key = newKey();
    const el = await checklist(key);
    expect(shadow(el).querySelector('[part="history"]')).to.equal(null);
    await rate(el, 'c1', 'sometimes');
    await rate(el, 'a2', 'consistently');
    await rate(el, 'b2', 'na');
    await typeNote(el, 'c2', 'Pairing weekly');
    await click(el, 'Save a snapshot');
    expect(text($(el, '[part="messages"]'))).to.match(/^Snapshot saved: .+ · saved by you\.$/);
    const file = stored(key);
    expect(file.version).to.equal(2);
    expect(file.snapshots!.map((s) => [s.reason, s.level, Object.keys(s.ratings).sort()])).to.deep.equal([
      ['manual', 'L3', ['a2', 'b2', 'c1', 'c2']],
    ]);
    // Nothing changed since: no second snapshot.
    await click(el, 'Save a snapshot');
    expect(text($(el, '[part="messages"]'))).to.match(/^Nothing changed since the snapshot of .+\.$/);
    expect(stored(key).snapshots!.length).to.equal(1);
    expect(text($(el, '.history p'))).to.equal('Nothing in this checklist changed since then.');

    await rate(el, 'c1', 'consistently'); // up
    await rate(el, 'a2', 'not-yet'); // down
    await rate(el, 'c2', 'sometimes'); // newly rated (its note was there)
    await check(el, 'a3'); // a red flag now applies
    await typeNote(el, 'b2', 'Reviews every PR'); // only the note
    el.remove();
    const again = await checklist(key);
    expect(text($(again, '.history-title'))).to.equal('History: 1 snapshot');
    expect(changes(again)).to.deep.equal([
      ['Moved up (1)', ['c1']],
      ['Moved down (1)', ['a2']],
      ['Newly rated (1)', ['c2']],
      ['Red flags that now apply (1)', ['a3']],
      ['Only the note changed (1)', ['b2']],
    ]);
    expect(text($(again, '[data-id="c1"]'))).to.equal('High scope — Sometimes → Consistently');
    // One row per section, two columns (the snapshot, now); the count from then to now.
    expect($$(again, '.trend-section').map(text)).to.deep.equal(['Skills', 'Red flags', 'Examples']);
    expect($$(again, '.trend-chart').map((svg) => svg.querySelectorAll('rect.track').length)).to.deep.equal([2, 2, 2]);
    expect($$(again, '.trend-count').map(text)).to.deep.equal([
      '“Consistently”: 1 → 1 of 4',
      'Applies to me: 0 → 1 of 1',
      'I have done this: 0 → 0 of 1',
    ]);
    expect(shadow(again).querySelector('.trend-chart')!.getAttribute('style')).to.equal(null);
    await expect(again).to.be.accessible();
  });

  it('keeps a snapshot on every export and print, never two alike; snapshots are assessments ({ label, ratings } as Download JSON writes)', async () => {
    const key = newKey();
    const el = await checklist(key);
    const { print } = window;
    window.print = () => {};
    try {
      await click(el, 'Print'); // nothing rated: nothing to keep
      expect(stored(key)?.snapshots).to.equal(undefined);
      await rate(el, 'c1', 'sometimes');
      await click(el, 'Print');
      await click(el, 'Copy as Markdown'); // unchanged since the print: no new snapshot
      await rate(el, 'c2', 'consistently');
      await click(el, 'Copy as Markdown');
    } finally {
      window.print = print;
    }
    expect(stored(key).snapshots!.map((s) => s.reason)).to.deep.equal(['print', 'export']);
    const assessments = el.snapshots;
    expect(
      assessments.map((a) => [a.reason, a.ratings.version, a.ratings.ladder, a.ratings.level, Object.keys(a.ratings.ratings)]),
    ).to.deep.equal([
      ['print', 1, 'test', 'L3', ['c1']],
      ['export', 1, 'test', 'L3', ['c1', 'c2']],
    ]);
    expect(assessments[0]!.label).to.match(/ · when printed$/);
    expect(new Date(assessments[0]!.ratings.exportedAt!).getTime()).to.equal(assessments[0]!.takenAt);
  });

  it('migrates version-1 data: its ratings are kept, and the history is added to them', async () => {
    const key = newKey();
    seed(key, { version: 1, ratings: { c1: { value: 'sometimes', updatedAt: 3 }, gone: { note: 'old', updatedAt: 2 } } });
    const el = await checklist(key);
    expect(stored(key).version).to.equal(1);
    await click(el, 'Save a snapshot');
    const file = stored(key);
    expect(file.version).to.equal(2);
    expect(Object.keys(file.ratings)).to.have.members(['c1', 'gone']);
    expect(Object.keys(file.snapshots![0]!.ratings)).to.have.members(['c1', 'gone']);
  });

  it(`a full history (${SNAPSHOT_CAP}): the oldest is dropped only after a confirmation, and the drop can be undone`, async () => {
    const key = newKey();
    seed(key, withSnapshots(SNAPSHOT_CAP));
    const el = await checklist(key);
    expect(text($(el, '.history-title'))).to.equal(`History: ${SNAPSHOT_CAP} snapshots`);
    // An export at the cap keeps nothing, drops nothing, and says so.
    await click(el, 'Copy as Markdown');
    await until(() => text($(el, '[part="messages"]')).includes(`No snapshot was kept: your history holds ${SNAPSHOT_CAP}.`), 'the copy');
    expect(stored(key).snapshots!.length).to.equal(SNAPSHOT_CAP);

    await click(el, 'Save a snapshot');
    expect(text($(el, '[part="confirm"] p'))).to.match(
      new RegExp(`^Your history holds ${SNAPSHOT_CAP} snapshots\\. Drop the oldest \\(.+2025.+\\) to save this one\\?$`),
    );
    await click(el, 'Cancel');
    expect(stored(key).snapshots!.map((s) => s.id)).to.include('s-old-0');

    await click(el, 'Save a snapshot');
    await click(el, 'Drop the oldest and save');
    let ids = stored(key).snapshots!.map((s) => s.id);
    expect(ids.length).to.equal(SNAPSHOT_CAP);
    expect(ids).not.to.include('s-old-0');
    expect(stored(key).droppedSnapshots).to.deep.equal(['s-old-0']);
    expect(text($(el, '[part="messages"]'))).to.match(/^Snapshot saved; the oldest \(.+\) was dropped\. Undo$/);

    await click(el, 'Undo');
    ids = stored(key).snapshots!.map((s) => s.id);
    expect(ids.length).to.equal(SNAPSHOT_CAP + 1);
    expect(ids.filter((id) => id.startsWith('s-old-0~')).length).to.equal(1);
    expect(text($(el, '[part="messages"]'))).to.equal('Undone.');
  });

  it('"Changes since" can compare with any snapshot', async () => {
    const key = newKey();
    seed(key, withSnapshots(3));
    const el = await checklist(key);
    const select = $(el, '.since select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['s-old-2', 's-old-1', 's-old-0']);
    // Newest (s-old-2: not-yet) → now (consistently): up.
    expect(changes(el)).to.deep.equal([['Moved up (1)', ['c1']]]);
    select.value = 's-old-1';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(changes(el)).to.deep.equal([['Moved up (1)', ['c1']]]);
    expect(text($(el, '[data-id="c1"]'))).to.equal('High scope — Sometimes → Consistently');
  });
});
