import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checklistView } from '../../src/model/checklist-view.js';
import { NOT_APPLICABLE, type Ratings, type RatingScale } from '../../src/model/ratings.js';
import { findLevel } from '../../src/model/resolve.js';
import {
  cellWords,
  commonLevel,
  countDisagreements,
  disagree,
  MAX_ASSESSMENTS,
  readAssessments,
  reviewView,
} from '../../src/model/review.js';
import { reviewToMarkdown } from '../../src/model/review-markdown.js';
import { formatLadderError } from '../../src/model/validate.js';
import { branchingLadder } from '../fixtures/ladders.js';

const scale: RatingScale = [
  { value: 'not-yet', label: 'Not yet' },
  { value: 'sometimes', label: 'Sometimes' },
  { value: 'consistently', label: 'Consistently' },
];
const ladder = branchingLadder();
// The test ladder's L3 as a checklist lists it: c1, c2, b2 (L2), a2 (L1); red flag a3 (L1); example b3 (L2).
const l3 = checklistView(ladder, findLevel(ladder, 'L3')!).sections;
const ids = (sections: { rows: { item: { id: string } }[] }[]) => sections.flatMap((s) => s.rows.map((r) => r.item.id));
const r = (value: string, extra: object = {}) => ({ value, updatedAt: 1, ...extra });

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
  b2: r(NOT_APPLICABLE),
  a2: r('consistently'),
  b3: { done: true, updatedAt: 9 },
};

describe('reading assessments', () => {
  it('reads objects and JSON text, and reports a broken file with its JSON paths or line and column', () => {
    const { list, dropped } = readAssessments([
      { label: 'Self', ratings: { version: 1, level: 'L3', ratings: self } },
      { label: 'Manager', ratings: JSON.stringify({ version: 1, level: 'L3', ratings: manager }) },
      { label: 'broken.json', ratings: '{"version": 1, "ratings": {' },
      { label: 'wrong.json', ratings: { version: 1, ratings: { c1: { value: 3, updatedAt: 1 } } } },
      null,
      { ratings: { version: 1, ratings: {} } },
    ]);
    assert.equal(dropped, 0);
    assert.deepEqual(
      list.map((a) => [a.label, a.ok]),
      [
        ['Self', true],
        ['Manager', true],
        ['broken.json', false],
        ['wrong.json', false],
        ['', false],
        ['', true],
      ],
    );
    const errors = list.flatMap((a) => (a.ok ? [] : a.errors.map(formatLadderError)));
    assert.deepEqual(errors, [
      '$: invalid JSON at line 1, column 28: the text ends too early; expected a property name in double quotes',
      '$.ratings.c1.value: must be a string, not a number',
      '$: an assessment must be an object: { label, ratings }',
    ]);
  });

  it('takes anything a host sets without throwing, and at most MAX_ASSESSMENTS', () => {
    assert.deepEqual(readAssessments('nope'), { list: [], dropped: 0 });
    const many = Array.from({ length: MAX_ASSESSMENTS + 3 }, (_, i) => ({ label: `#${i}`, ratings: { version: 1, ratings: {} } }));
    const read = readAssessments(many);
    assert.equal(read.list.length, MAX_ASSESSMENTS);
    assert.equal(read.dropped, 3);
  });

  it('finds the level the files agree on; files naming none do not disagree', () => {
    const file = (level?: string) => ({ version: 1 as const, ratings: {}, ...(level ? { level } : {}) });
    assert.deepEqual(commonLevel([file('L3'), file(), file('L3')]), { level: 'L3', levels: ['L3'] });
    assert.deepEqual(commonLevel([file('L3'), file('L4')]), { levels: ['L3', 'L4'] });
    assert.deepEqual(commonLevel([file()]), { levels: [] });
  });
});

describe('which items assessments differ on', () => {
  it('is a different scale value, "not applicable" against a value, a red flag or an example marked by one only', () => {
    assert.equal(disagree('expectation', [r('sometimes'), r('consistently')], scale), true);
    assert.equal(disagree('expectation', [r(NOT_APPLICABLE), r('consistently')], scale), true);
    assert.equal(disagree('red-flag', [{ applies: true, updatedAt: 1 }, undefined], scale), true);
    assert.equal(
      disagree(
        'example',
        [
          { done: true, updatedAt: 1 },
          { note: 'x', updatedAt: 1 },
        ],
        scale,
      ),
      true,
    );
  });

  it('is not a rating against no rating, a different note, or a value the scale lacks', () => {
    assert.equal(disagree('expectation', [r('sometimes'), undefined], scale), false);
    assert.equal(disagree('expectation', [r('sometimes', { note: 'a' }), r('sometimes', { note: 'b' })], scale), false);
    assert.equal(disagree('expectation', [r('sometimes'), r('retired')], scale), false);
    assert.equal(disagree('red-flag', [undefined, { applies: false, updatedAt: 1 }], scale), false);
    assert.equal(disagree('expectation', [r('sometimes'), undefined, r('not-yet')], scale), true);
  });

  it('lists exactly the items whose values differ first, by section, then the rest', () => {
    const view = reviewView(l3, [self, manager], scale);
    assert.deepEqual(ids(view.agenda), ['c1', 'b2', 'a3']);
    assert.equal(view.differing, 3);
    assert.deepEqual(ids(view.rest), ['c2', 'a2', 'b3']);
    assert.deepEqual(
      view.agenda.map((s) => s.section.id),
      ['skills', 'red-flags'],
    );
    const c1 = view.agenda[0]!.rows[0]!;
    assert.deepEqual(
      c1.entries.map((e) => e?.note),
      ['Led the storage migration', 'Needed help with the rollout'],
    );
    assert.equal(countDisagreements(l3, self, manager, scale), 3);
  });

  it('compares three assessments and each one’s counts per section', () => {
    const third: Ratings = { c2: r('not-yet'), a3: { applies: true, updatedAt: 1 } };
    const view = reviewView(l3, [self, manager, third], scale);
    // b3: done for two of them, not for the third.
    assert.deepEqual(ids(view.agenda), ['c1', 'c2', 'b2', 'a3', 'b3']);
    assert.deepEqual(
      view.comparison.map((c) => [c.section.id, c.tallies.map((t) => t.rated + t.applying + t.done)]),
      [
        ['skills', [3, 4, 1]],
        ['red-flags', [1, 0, 1]],
        ['examples', [1, 1, 0]],
      ],
    );
    assert.equal(view.summaries[1]!.overall.counts[NOT_APPLICABLE], 1);
  });

  it('words each cell: the rating, "applies", "done", or what was not said', () => {
    const w = { notApplicable: 'N/A', notRated: 'Not rated', notMarked: 'Not marked', applies: 'Applies', done: 'Done' };
    assert.deepEqual(cellWords('expectation', r('sometimes'), scale, w), { text: 'Sometimes', marked: true });
    assert.deepEqual(cellWords('expectation', r(NOT_APPLICABLE), scale, w), { text: 'N/A', marked: true });
    assert.deepEqual(cellWords('expectation', r('retired'), scale, w), { text: 'Not rated', marked: false });
    assert.deepEqual(cellWords('red-flag', undefined, scale, w), { text: 'Not marked', marked: false });
    assert.deepEqual(cellWords('example', { done: true, updatedAt: 1 }, scale, w), { text: 'Done', marked: true });
  });
});

describe('reviewToMarkdown', () => {
  const words = {
    notApplicable: 'Not applicable',
    notRated: 'Not rated',
    notMarked: 'Not marked',
    applies: 'Applies',
    done: 'Done',
    noteLabel: 'Note',
    agendaHeading: 'Worth talking about: 3 items where you differ',
    agendaEmpty: 'You agree on every item you both rated.',
    restHeading: 'Everything else',
    restOmitted: (n: number) => `${n} left out.`,
  };

  it('gives both ratings and notes for each disagreement, then the rest someone marked', () => {
    const md = reviewToMarkdown({
      heading: 'Review: Engineer L3',
      blocks: ['- Self\n- Manager'],
      view: reviewView(l3, [self, { ...manager, a2: { updatedAt: 3 } }], scale),
      labels: ['Self', 'Manager'],
      levelId: 'L3',
      scale,
      words,
    });
    assert.equal(
      md,
      `## Review: Engineer L3

- Self
- Manager

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

#### Examples

- Ships a feature _(L2)_
  - Self: **Done**
  - Manager: **Done**

_1 left out._
`,
    );
  });

  it('says when there is nothing to talk about, and stays linear on a 10^6-character note', () => {
    const note = `${' '.repeat(500_000)}x\n${'\t'.repeat(500_000)}y`;
    const start = performance.now();
    const md = reviewToMarkdown({
      heading: 'H',
      view: reviewView(l3, [{ c1: r('sometimes', { note }) }, { c1: r('sometimes') }], scale),
      labels: ['A', 'B'],
      levelId: 'L3',
      scale,
      words,
    });
    assert.ok(performance.now() - start < 2_000, 'finishes within 2 seconds');
    assert.match(md, /_You agree on every item you both rated\._/);
    assert.match(md, /Note: x\n {4}\t+y\n/);
  });
});

describe('hostile review inputs', () => {
  it('reads and compares a 3·10^4-entry file within seconds, and shows only the level’s items', () => {
    const big: Record<string, { value: string; note: string; updatedAt: number }> = {};
    for (let i = 0; i < 30_000; i++) big[`x${i}`] = { value: 'sometimes', note: 'n'.repeat(20), updatedAt: i };
    big.c1 = { value: 'not-yet', note: '', updatedAt: 1 };
    const text = JSON.stringify({ version: 1, level: 'L3', ratings: big });
    const start = performance.now();
    const { list } = readAssessments([
      { label: 'big.json', ratings: text },
      { label: 'Self', ratings: { version: 1, ratings: self } },
    ]);
    const files = list.flatMap((a) => (a.ok ? [a.file.ratings] : []));
    const view = reviewView(l3, files, scale);
    assert.ok(performance.now() - start < 5_000, 'finishes within 5 seconds');
    assert.equal(files.length, 2);
    assert.deepEqual(ids(view.agenda), ['c1', 'a3', 'b3']);
    assert.equal(ids(view.rest).length, 3);
  });
});
