import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/review/review.js';
import type { LadderReviewElement } from '../src/elements/review/review.element.js';
import type { LadderAssessmentsChangeEvent } from '../src/events/assessments-change.js';
import type { Ratings } from '../src/model/ratings.js';
import type { ReviewAssessment } from '../src/model/review.js';
import type { Ladder } from '../src/model/types.js';
import { XSS_PAYLOADS } from './fixtures/xss-payloads.js';
import { branchingLadder } from './fixtures/ladders.js';
import { afterAFrame, armXssTrap, findUnsafe, snapshotElements } from './hardening/dom-safety.js';
import { $, $$, shadow, text, until, watchConsole } from './helpers.js';

// The test ladder's L3 lists c1, c2, b2 (from L2), a2 (from L1); red flag a3 (L1); example b3 (L2).
let ladder: Ladder;
const r = (value: string, extra: object = {}) => ({ value, updatedAt: 1, ...extra });
const file = (ratings: Ratings, extra: object = {}) => ({ version: 1, ladder: 'test', level: 'L3', ...extra, ratings });

const self: Ratings = {
  c1: r('consistently', { note: 'Led the storage migration' }),
  c2: r('sometimes'),
  b2: r('consistently'),
  a3: { applies: true, updatedAt: 1 },
  b3: { done: true, updatedAt: 1 },
};
const manager: Ratings = {
  c1: r('sometimes', { note: 'Needed help with the rollout' }),
  c2: r('sometimes', { note: 'Two interns this year' }),
  b2: r('na'),
  a2: r('consistently'),
  b3: { done: true, updatedAt: 9 },
};
const twoAssessments = (): ReviewAssessment[] => [
  { label: 'Self', ratings: file(self, { exportedAt: '2026-05-01T10:00:00.000Z' }) },
  { label: 'Manager', ratings: JSON.stringify(file(manager)) },
];

async function review(assessments: unknown, attrs: { level?: string } = {}): Promise<LadderReviewElement> {
  const el = await fixture<LadderReviewElement>(
    html`<ladder-review .ladder=${ladder} .assessments=${assessments} level=${attrs.level ?? ''}></ladder-review>`,
  );
  await el.updateComplete;
  return el;
}

const rowIds = (el: Element, part: string) => $$(el, `[part="${part}"] [part="row"]`).map((row) => row.id.replace('item-', ''));
const cells = (el: Element, id: string) => [...$(el, `[id="item-${id}"]`).querySelectorAll('td')].map(text);
const button = (el: Element, label: string) => {
  const found = $$(el, 'button').find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

/** Picks files in the element's file input, as a user would, and waits until they are read. */
async function openFiles(el: LadderReviewElement, files: [name: string, content: string][]): Promise<void> {
  const input = $(el, 'input[type="file"]') as HTMLInputElement;
  const transfer = new DataTransfer();
  for (const [name, content] of files) transfer.items.add(new File([content], name, { type: 'application/json' }));
  input.files = transfer.files;
  const changed = oneEvent(el, 'ladder-assessments-change');
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await changed;
  await el.updateComplete;
}

describe('<ladder-review>', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    consoleWatch = watchConsole();
    ladder = branchingLadder();
  });
  afterEach(function () {
    consoleWatch.restore();
    const title = this.currentTest?.fullTitle() ?? '';
    expect(consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')).join('\n'), title).to.equal('');
  });

  it('lists exactly the items two assessments differ on first, then the rest, each side in its column', async () => {
    const el = await review(twoAssessments());
    expect(text($(el, '[part="title"]'))).to.equal('Review: Engineer L3');
    expect(text($(el, '#agenda-title'))).to.equal('Worth talking about: 3 items where you differ');
    expect(rowIds(el, 'agenda')).to.deep.equal(['c1', 'b2', 'a3']);
    expect(rowIds(el, 'rest')).to.deep.equal(['c2', 'a2', 'b3']);
    // The agenda comes before everything else on the page.
    const [agenda, rest] = [$(el, '[part="agenda"]'), $(el, '[part="rest"]')];
    expect(agenda.compareDocumentPosition(rest) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($$(el, '[part="agenda"] [part="column-heading"]').map(text)).to.deep.equal(['Self', 'Manager']);
    expect(cells(el, 'c1')).to.deep.equal(['Consistently Led the storage migration', 'Sometimes Needed help with the rollout']);
    expect(cells(el, 'b2')).to.deep.equal(['Consistently', 'Not applicable']);
    expect(cells(el, 'a3')).to.deep.equal(['Applies', 'Not marked']);
    expect(cells(el, 'a2')).to.deep.equal(['Not rated', 'Consistently']);
    expect(text($(el, '[id="item-c1"] th'))).to.equal('≠You differ: High scope Replaces (L2): Moderate scope');
    expect(text($(el, '[id="item-b2"] th'))).to.contain('From L2');
    expect($$(el, '[part="assessment"] .meta').map(text)).to.deep.equal([
      'for L3 · exported 2026-05-01 · 5 items marked',
      'for L3 · 5 items marked',
    ]);
    await expect(el).to.be.accessible();
  });

  it('compares each section with a chart per assessment, drawn without inline styles', async () => {
    const el = await review(twoAssessments());
    const charts = $$(el, '[part="chart"]');
    expect(charts.map((c) => text(c.querySelector('.chart-title')))).to.deep.equal(['Skills', 'Red flags', 'Examples']);
    expect([...charts[0]!.querySelectorAll('li')].map(text)).to.deep.equal(['Self3 of 4 rated', 'Manager4 of 4 rated']);
    expect([...charts[1]!.querySelectorAll('li')].map(text)).to.deep.equal([
      'Self1 of 1 red flag applies',
      'Manager0 of 1 red flag applies',
    ]);
    expect(charts[0]!.querySelectorAll('svg.bar').length).to.equal(2);
    expect(charts[0]!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el).querySelector('[style]')).to.equal(null);
  });

  it('shows three assessments in three columns', async () => {
    const third = { label: 'Peer', ratings: file({ c2: r('not-yet'), a3: { applies: true, updatedAt: 1 } }) };
    const el = await review([...twoAssessments(), third]);
    expect($$(el, '[part="agenda"] [part="column-heading"]').map(text)).to.deep.equal(['Self', 'Manager', 'Peer']);
    expect(rowIds(el, 'agenda')).to.deep.equal(['c1', 'c2', 'b2', 'a3', 'b3']);
    expect(cells(el, 'c2')).to.deep.equal(['Sometimes', 'Sometimes Two interns this year', 'Not yet']);
    await expect(el).to.be.accessible();
  });

  it('says when the assessments agree', async () => {
    const el = await review([
      { label: 'Self', ratings: file(self) },
      { label: 'Again', ratings: file(self) },
    ]);
    expect(text($(el, '[part="agenda"]'))).to.equal(
      'Worth talking about: 0 items where you differ You agree on every item you both rated.',
    );
    expect(rowIds(el, 'rest').length).to.equal(6);
    await expect(el).to.be.accessible();
  });

  it('shows a broken file’s problems with their JSON paths, and still compares the others', async () => {
    const el = await review([
      ...twoAssessments(),
      { label: 'broken.json', ratings: '{"version": 1, "ratings": {"c1": {"value": "sometimes"}' },
      { label: 'wrong.json', ratings: { version: 1, ratings: { c1: { value: 3, updatedAt: 'x' } } } },
    ]);
    const alerts = $$(el, '[part="assessment"] [part="error"]');
    expect(alerts.map((a) => a.getAttribute('role'))).to.deep.equal(['alert', 'alert']);
    expect(alerts.map((a) => [text(a.querySelector('strong')), ...[...a.querySelectorAll('li')].map(text)])).to.deep.equal([
      ['“broken.json” cannot be read:', '$: invalid JSON at line 1, column 56: the text ends too early; expected "," or "}"'],
      [
        '“wrong.json” cannot be read:',
        '$.ratings.c1.value: must be a string, not a number',
        '$.ratings.c1.updatedAt: must be a time in milliseconds since 1970, not a string',
      ],
    ]);
    expect($$(el, '[part="agenda"] [part="column-heading"]').map(text)).to.deep.equal(['Self', 'Manager']);
    await expect(el).to.be.accessible();
  });

  it('invites files when it has none, and needs a level when the files disagree', async () => {
    const el = await review([]);
    expect(text($(el, '.empty'))).to.equal('Open two or more ratings files (“Download JSON” in a checklist) to see them side by side.');
    expect(button(el, 'Copy agenda as Markdown').matches(':disabled')).to.equal(true);
    expect(el.toMarkdown()).to.equal('');
    await expect(el).to.be.accessible();
    el.assessments = [
      { label: 'A', ratings: file(self, { level: 'L3' }) },
      { label: 'B', ratings: file(manager, { level: 'L2' }) },
    ];
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal(
      'The assessments are for different levels (L3, L2): set the level attribute to choose one.',
    );
    el.level = 'L2';
    await el.updateComplete;
    expect(text($(el, '[part="title"]'))).to.equal('Review: Engineer L2');
    expect(rowIds(el, 'agenda')).to.deep.equal(['b2', 'a3']);
    await expect(el).to.be.accessible();
  });

  it('opens several files at once, each labelled by its name, and writes nothing to storage', async () => {
    const before = JSON.stringify(Object.entries(localStorage).sort());
    const el = await review([]);
    await openFiles(el, [
      ['self.json', JSON.stringify(file(self))],
      ['manager.json', JSON.stringify(file(manager))],
      ['notes.txt', 'not json at all'],
    ]);
    expect(el.assessments.map((a) => a.label)).to.deep.equal(['self.json', 'manager.json', 'notes.txt']);
    expect(($$(el, '[part="assessment"] input') as HTMLInputElement[]).map((i) => i.value)).to.deep.equal([
      'self.json',
      'manager.json',
      'notes.txt',
    ]);
    expect(text($(el, '[part="assessment"] [part="error"]'))).to.match(
      /^“notes\.txt” cannot be read: \$: invalid JSON at line 1, column 1/,
    );
    expect(rowIds(el, 'agenda')).to.deep.equal(['c1', 'b2', 'a3']);
    expect(JSON.stringify(Object.entries(localStorage).sort())).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('renames and removes assessments by keyboard, firing ladder-assessments-change for the user’s changes only', async () => {
    const el = await review(twoAssessments());
    const events: LadderAssessmentsChangeEvent[] = [];
    el.addEventListener('ladder-assessments-change', (e) => events.push(e));
    el.assessments = twoAssessments();
    await el.updateComplete;
    expect(events.length).to.equal(0);
    button(el, 'Copy agenda as Markdown').focus();
    await sendKeys({ press: 'Tab' });
    const name = $$(el, '[part="assessment"] input')[0] as HTMLInputElement;
    expect(shadow(el).activeElement).to.equal(name);
    expect(name.labels?.[0] && text(name.labels[0])).to.equal('Name of assessment 1');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'Alex (self)' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '[part="agenda"] [part="column-heading"]').map(text)).to.deep.equal(['Alex (self)', 'Manager']);
    expect(events.map((e) => e.assessments.map((a) => a.label))).to.deep.equal([['Alex (self)', 'Manager']]);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('aria-label')).to.equal('Remove “Alex (self)”');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await until(() => shadow(el).activeElement === $(el, '[part="assessment"] input'), 'focus on the next assessment');
    expect(el.assessments.map((a) => a.label)).to.deep.equal(['Manager']);
    expect(text($(el, '.notice'))).to.equal('Open another assessment to compare with this one.');
    expect(events.length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('copies the agenda as Markdown: both sides of each disagreement, then the rest', async () => {
    const el = await review(twoAssessments());
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    try {
      button(el, 'Copy agenda as Markdown').focus();
      await sendKeys({ press: 'Enter' });
      await until(() => written.length === 1, 'the clipboard write');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(written[0]).to.equal(el.toMarkdown());
    expect(written[0]).to.equal(`## Review: Engineer L3

- Self: for L3 · exported 2026-05-01 · 5 items marked
- Manager: for L3 · 5 items marked

### Per section

- Skills: Self 3 of 4 rated · Manager 4 of 4 rated
- Red flags: Self 1 of 1 red flag applies · Manager 0 of 1 red flag applies
- Examples: Self 1 of 1 example done · Manager 1 of 1 example done

### Worth talking about: 3 items where you differ

#### Skills

- High scope
  - Self: **Consistently**
    Note: Led the storage migration
  - Manager: **Sometimes**
    Note: Needed help with the rollout
- Reviews code _(L2)_
  - Self: **Consistently**
  - Manager: **Not applicable**

#### Red flags

- Hides problems _(L1)_
  - Self: **Applies**
  - Manager: _Not marked_

### Everything else

#### Skills

- Mentors
  - Self: **Sometimes**
  - Manager: **Sometimes**
    Note: Two interns this year
- Writes tests _(L1)_
  - Self: _Not rated_
  - Manager: **Consistently**

#### Examples

- Ships a feature _(L2)_
  - Self: **Done**
  - Manager: **Done**
`);
    await until(() => text($(el, '[part="messages"]')) === 'Copied as Markdown.', 'the feedback');
  });

  it('shows the Markdown for copying by hand when the clipboard is not allowed', async () => {
    const el = await review(twoAssessments());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    try {
      button(el, 'Copy agenda as Markdown').click();
      await until(() => !!shadow(el).querySelector('.fallback textarea'), 'the fallback');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(($(el, '.fallback textarea') as HTMLTextAreaElement).value).to.equal(el.toMarkdown());
    await expect(el).to.be.accessible();
  });

  it('renders hostile labels, notes and file names as text', async () => {
    const baseline = snapshotElements();
    const disarm = armXssTrap();
    try {
      const payloads = XSS_PAYLOADS.map((p) => p.payload);
      const hostile = (i: number) => payloads[i % payloads.length]!;
      const el = await review(
        payloads.slice(0, 12).map((p, i) => ({
          label: p,
          ratings: file(
            { c1: r(i % 2 ? 'sometimes' : 'consistently', { note: hostile(i + 12) }), a3: { note: hostile(i + 24), updatedAt: 1 } },
            { level: 'L3', exportedAt: hostile(i + 36), ladder: hostile(i + 48) },
          ),
        })),
      );
      await afterAFrame();
      expect(window.__xss).to.equal(undefined);
      expect(findUnsafe(document.body, baseline)).to.deep.equal([]);
      expect($$(el, '[part="agenda"] [part="column-heading"]').map((h) => h.textContent?.trim())).to.deep.equal(
        payloads.slice(0, 12).map((p) => p.trim() || ''),
      );
    } finally {
      disarm();
    }
  });
});
