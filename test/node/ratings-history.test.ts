// The history model (src/model/ratings-history.ts, ratings-changes.ts): merging two copies of a
// file, the cap, what changed since a snapshot, and the version a file is written as.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Ratings, RatingsFile, RatingsSnapshot, RatingScale } from '../../src/model/ratings.js';
import { parseRatingsJson, serializeRatingsFile } from '../../src/model/ratings-file.js';
import { changesSince } from '../../src/model/ratings-changes.js';
import {
  fileIncludes,
  mergeRatingsFiles,
  oldestToDrop,
  restoreSnapshots,
  SNAPSHOT_CAP,
  snapshotAssessments,
  unchangedSinceLatest,
  withSnapshot,
} from '../../src/model/ratings-history.js';

const scale: RatingScale = [
  { value: 'not-yet', label: 'Not yet' },
  { value: 'sometimes', label: 'Sometimes' },
  { value: 'consistently', label: 'Consistently' },
];
const snap = (id: string, takenAt: number, ratings: Ratings = {}): RatingsSnapshot => ({ id, takenAt, ratings });
const file = (ratings: Ratings, snapshots?: RatingsSnapshot[], droppedSnapshots?: string[]): RatingsFile => ({
  version: 2,
  ratings,
  ...(snapshots ? { snapshots } : {}),
  ...(droppedSnapshots ? { droppedSnapshots } : {}),
});

describe('mergeRatingsFiles', () => {
  it('keeps the snapshots of both, once each, and returns ours itself when theirs adds nothing', () => {
    const ours = file({ a: { value: 'sometimes', updatedAt: 2 } }, [snap('s1', 1), snap('s2', 2)]);
    const theirs = file({ a: { value: 'not-yet', updatedAt: 1 }, b: { note: 'x', updatedAt: 3 } }, [snap('s2', 2), snap('s3', 3)]);
    const merged = mergeRatingsFiles(ours, theirs);
    assert.deepEqual(
      merged.snapshots!.map((s) => s.id),
      ['s1', 's2', 's3'],
    );
    assert.deepEqual({ ...merged.ratings }, { a: { value: 'sometimes', updatedAt: 2 }, b: { note: 'x', updatedAt: 3 } });
    assert.equal(mergeRatingsFiles(merged, theirs), merged);
    assert.equal(mergeRatingsFiles(merged, undefined), merged);
    assert.ok(fileIncludes(merged, ours) && fileIncludes(merged, theirs) && !fileIncludes(ours, theirs));
  });

  it('a snapshot one copy dropped on purpose stays dropped, whichever side merges', () => {
    const old = file({}, [snap('s1', 1), snap('s2', 2)]);
    const dropped = withSnapshot(old, snap('s3', 3), [snap('s1', 1)]);
    assert.deepEqual(dropped.droppedSnapshots, ['s1']);
    for (const merged of [mergeRatingsFiles(old, dropped), mergeRatingsFiles(dropped, old)]) {
      assert.deepEqual(merged.snapshots!.map((s) => s.id).sort(), ['s2', 's3']);
    }
    // An undo brings a copy back under a new id, which the remembered drop does not touch.
    const undone = restoreSnapshots(dropped, [snap('s1', 1)], 99);
    const back = mergeRatingsFiles(old, undone);
    assert.deepEqual(back.snapshots!.map((s) => s.id).sort(), ['s1~2r', 's2', 's3']);
  });
});

describe('the cap', () => {
  it(`asks for the oldest to go only when the history holds ${SNAPSHOT_CAP}, and a snapshot equal to the newest is not new`, () => {
    const many = file(
      { a: { value: 'sometimes', updatedAt: 1 } },
      Array.from({ length: SNAPSHOT_CAP }, (_, i) => snap(`s${i}`, 100 - i)),
    );
    assert.equal(oldestToDrop(many)?.id, `s${SNAPSHOT_CAP - 1}`);
    assert.equal(oldestToDrop({ ...many, snapshots: many.snapshots!.slice(1) }), undefined);
    const same = file({ a: { value: 'sometimes', updatedAt: 5 }, b: { updatedAt: 9 } }, [
      snap('s', 1, { a: { value: 'sometimes', updatedAt: 1 } }),
    ]);
    assert.equal(unchangedSinceLatest(same)?.id, 's');
  });
});

describe('changesSince', () => {
  it('lists exactly the items that changed, grouped up, down, new, unrated, changed, flags, examples, notes', () => {
    const sections = [
      { section: { kind: 'expectation' as const }, items: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'].map((id) => ({ id })) },
      { section: { kind: 'red-flag' as const }, items: [{ id: 'f1' }, { id: 'f2' }] },
      { section: { kind: 'example' as const }, items: [{ id: 'x1' }] },
    ];
    const before: Ratings = {
      e1: { value: 'not-yet', updatedAt: 1 },
      e2: { value: 'consistently', updatedAt: 1 },
      e4: { value: 'sometimes', updatedAt: 1 },
      e5: { value: 'sometimes', updatedAt: 1 },
      e6: { value: 'sometimes', note: 'old', updatedAt: 1 },
      e7: { value: 'sometimes', updatedAt: 1 },
      f2: { applies: true, updatedAt: 1 },
    };
    const now: Ratings = {
      e1: { value: 'sometimes', updatedAt: 2 },
      e2: { value: 'not-yet', updatedAt: 2 },
      e3: { value: 'na', updatedAt: 2 },
      e4: { updatedAt: 2 },
      e5: { value: 'na', updatedAt: 2 },
      e6: { value: 'sometimes', note: 'new', updatedAt: 2 },
      e7: { value: 'sometimes', updatedAt: 9 },
      f1: { applies: true, updatedAt: 2 },
      x1: { done: true, updatedAt: 2 },
    };
    assert.deepEqual(
      changesSince(sections, before, now, scale).map((c) => [c.id, c.kind]),
      [
        ['e1', 'up'],
        ['e2', 'down'],
        ['e3', 'new'],
        ['e4', 'unrated'],
        ['e5', 'changed'],
        ['f1', 'applies'],
        ['f2', 'no-longer-applies'],
        ['x1', 'done'],
        ['e6', 'note'],
      ],
    );
  });
});

describe('the file format with a history', () => {
  it('is written as version 1 without history and as version 2 with it; both read back', () => {
    const plain = serializeRatingsFile({ ratings: { a: { value: 'na', updatedAt: 1 } } });
    assert.equal(JSON.parse(plain).version, 1);
    const withHistory = serializeRatingsFile(withSnapshot(file({}), snap('s1', 5, { a: { note: 'n', updatedAt: 1 } })));
    assert.deepEqual(JSON.parse(withHistory), {
      version: 2,
      ratings: {},
      snapshots: [{ id: 's1', takenAt: 5, ratings: { a: { note: 'n', updatedAt: 1 } } }],
    });
    for (const text of [plain, withHistory]) assert.ok(parseRatingsJson(text).ok, text);
  });

  it('gives each snapshot as an assessment: { label, ratings } with ratings a version-1 file', () => {
    const f = file({}, [
      snap('s2', Date.UTC(2026, 0, 2, 3, 4)),
      { ...snap('s1', 1, { a: { value: 'na', updatedAt: 1 } }), label: 'Self, Q1', level: 'L3' },
    ]);
    assert.deepEqual(
      snapshotAssessments(f, 'eng').map((a) => [a.label, a.ratings]),
      [
        [
          'Self, Q1',
          { version: 1, ladder: 'eng', level: 'L3', exportedAt: '1970-01-01T00:00:00.001Z', ratings: { a: { value: 'na', updatedAt: 1 } } },
        ],
        ['2026-01-02 03:04', { version: 1, ladder: 'eng', exportedAt: '2026-01-02T03:04:00.000Z', ratings: {} }],
      ],
    );
  });
});
