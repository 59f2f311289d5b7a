import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupKey, isRated, keepItems, listedItems, nextUnrated, progressOf, unratedIds } from '../../src/model/checklist-progress.js';
import { checklistView } from '../../src/model/checklist-view.js';
import type { Ratings, RatingScale } from '../../src/model/ratings.js';
import { findLevel } from '../../src/model/resolve.js';
import { branchingLadder } from '../fixtures/ladders.js';

const scale: RatingScale = [
  { value: 'not-yet', label: 'Not yet' },
  { value: 'sometimes', label: 'Sometimes' },
  { value: 'consistently', label: 'Consistently' },
];

// L3 lists c1, c2 (its own), b2 (from L2), a2 (from L1); red flag a3 (from L1); example b3 (from L2).
function l3() {
  const ladder = branchingLadder();
  return checklistView(ladder, findLevel(ladder, 'L3')!);
}

const rated = (entries: Record<string, string>): Ratings =>
  Object.fromEntries(Object.entries(entries).map(([id, value]) => [id, { value, updatedAt: 1 }]));

describe('checklist progress', () => {
  it('lists items in display order with their kind and inherited group', () => {
    assert.deepEqual(listedItems(l3()), [
      { id: 'c1', kind: 'expectation' },
      { id: 'c2', kind: 'expectation' },
      { id: 'b2', kind: 'expectation', group: groupKey('skills', 'L2') },
      { id: 'a2', kind: 'expectation', group: 'skills-L1' },
      { id: 'a3', kind: 'red-flag', group: 'red-flags-L1' },
      { id: 'b3', kind: 'example', group: 'examples-L2' },
    ]);
  });

  it('counts a scale point or "not applicable" as rated, nothing else (as the summary does)', () => {
    const ratings: Ratings = {
      ...rated({ c1: 'sometimes', c2: 'na', b2: 'retired-point' }),
      a2: { note: 'only a note', updatedAt: 1 },
      a3: { applies: true, updatedAt: 1 },
    };
    assert.deepEqual(
      ['c1', 'c2', 'b2', 'a2', 'missing'].map((id) => isRated(ratings, id, scale)),
      [true, true, false, false, false],
    );
    // Red flags and examples are marked, not rated: never listed as unrated.
    assert.deepEqual(unratedIds(listedItems(l3()), ratings, scale), ['b2', 'a2']);
  });

  it('finds the next unrated expectation after a row, wrapping around, and none when all are rated', () => {
    const listed = listedItems(l3());
    const ratings = rated({ c2: 'sometimes', a2: 'consistently' });
    assert.equal(nextUnrated(listed, ratings, scale)?.id, 'c1');
    assert.equal(nextUnrated(listed, ratings, scale, 'c1')?.id, 'b2');
    assert.deepEqual(nextUnrated(listed, ratings, scale, 'b2'), { id: 'c1', kind: 'expectation' });
    // From a red flag at the end, and from an id the view does not list: from the top.
    assert.equal(nextUnrated(listed, ratings, scale, 'b3')?.id, 'c1');
    assert.equal(nextUnrated(listed, ratings, scale, 'gone')?.id, 'c1');
    // The only unrated one is found from itself.
    const one = rated({ c1: 'na', c2: 'sometimes', a2: 'consistently' });
    assert.equal(nextUnrated(listed, one, scale, 'b2')?.id, 'b2');
    assert.equal(nextUnrated(listed, { ...one, ...rated({ b2: 'not-yet' }) }, scale, 'b2'), undefined);
    assert.equal(nextUnrated([], {}, scale), undefined);
  });

  it('measures a group by its kind: rated, applying or done', () => {
    const ratings: Ratings = { ...rated({ c1: 'sometimes' }), a3: { applies: true, updatedAt: 1 }, b3: { note: 'soon', updatedAt: 1 } };
    const items = [{ id: 'c1' }, { id: 'c2' }];
    assert.deepEqual(progressOf(items, 'expectation', ratings, scale), { done: 1, total: 2 });
    assert.deepEqual(progressOf([{ id: 'a3' }], 'red-flag', ratings, scale), { done: 1, total: 1 });
    assert.deepEqual(progressOf([{ id: 'b3' }], 'example', ratings, scale), { done: 0, total: 1 });
  });

  it('keeps only the given items, dropping emptied groups and sections, and returns the same view when nothing goes', () => {
    const view = l3();
    const kept = keepItems(view, new Set(['c2', 'a2']));
    assert.deepEqual(
      kept.sections.map((s) => [s.section.id, s.own.map((i) => i.id), s.groups.map((g) => [g.levelId, g.items.map((i) => i.id)])]),
      [['skills', ['c2'], [['L1', ['a2']]]]],
    );
    assert.deepEqual(
      kept.sections[0]!.items.map((i) => i.id),
      ['c2', 'a2'],
    );
    // The rows that stay are the view's own objects (so they are not rendered again).
    assert.equal(kept.sections[0]!.own[0], view.sections[0]!.own[1]);
    assert.equal(keepItems(view, new Set(['c1', 'c2', 'b2', 'a2', 'a3', 'b3'])), view);
    assert.deepEqual(keepItems(view, new Set()).sections, []);
  });
});
