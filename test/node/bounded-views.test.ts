// Bounded work (issue 19 item 11), at the level of the view models: what the elements list is cut to
// a budget, and a click's effect on the counts is computed from the difference, equal to counting all.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checklistView, limitView, listedIds } from '../../src/model/checklist-view.js';
import { cellLimit, compareView, MAX_COMPARE_LEVELS } from '../../src/model/compare-view.js';
import { emptyRatings, type RatingEntry } from '../../src/model/ratings.js';
import { DEFAULT_READINESS_RULE, summarize, withEntryChange } from '../../src/model/readiness.js';
import { findLevel } from '../../src/model/resolve.js';
import type { Ladder } from '../../src/model/types.js';
import { bigLadder } from '../bench/big-ladder.js';

const SCALE = [
  { value: 'not-yet', label: 'Not yet' },
  { value: 'sometimes', label: 'Sometimes' },
  { value: 'consistently', label: 'Consistently' },
];

describe('bounded views', () => {
  it('a checklist view cut to its first rows keeps their order and counts the rest', () => {
    const ladder = bigLadder({ levels: 3, sections: 4, itemsPerSection: 30, itemLength: 20 }) as Ladder;
    const view = checklistView(ladder, findLevel(ladder, 'L3')!);
    const all = listedIds(view);
    for (const limit of [0, 1, 29, 30, 31, 100, 359, 360, 1000]) {
      const cut = limitView(view, limit);
      assert.deepEqual(listedIds(cut), all.slice(0, limit), `limit ${limit}`);
      assert.equal(cut.shown + cut.hidden, all.length);
      assert.equal(cut.shown, Math.min(limit, all.length));
    }
    // A view that fits is the same sections, so rows that did not change are not rendered again.
    assert.equal(limitView(view, 1000).sections[0], view.sections[0]);
  });

  it('counts after an edit equal counting everything again, for any sequence of edits', () => {
    const ladder = bigLadder({ levels: 2, sections: 4, itemsPerSection: 25, itemLength: 20 }) as Ladder;
    const view = checklistView(ladder, findLevel(ladder, 'L2')!);
    const ids = listedIds(view);
    const ratings = emptyRatings();
    const rule = { ...DEFAULT_READINESS_RULE, minTopShare: 0.5 };
    let summary = summarize(view.sections, ratings, SCALE, rule);
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const values = [undefined, 'not-yet', 'sometimes', 'consistently', 'na', 'unknown-value'];
    for (let i = 0; i < 2000; i++) {
      const id = ids[Math.floor(next() * ids.length)]!;
      const before = ratings[id];
      const entry: RatingEntry = { updatedAt: i };
      const value = values[Math.floor(next() * values.length)];
      if (value !== undefined) entry.value = value;
      if (next() < 0.5) entry.applies = true;
      if (next() < 0.5) entry.done = true;
      ratings[id] = entry;
      const section = view.sections.findIndex((s) => s.items.some((item) => item.id === id));
      summary = withEntryChange(summary, section, before, entry, SCALE, rule);
      if (i % 97 === 0 || i === 1999) assert.deepEqual(summary, summarize(view.sections, ratings, SCALE, rule), `after edit ${i}`);
    }
  });

  it('a comparison shows at most its budget of items, at least 3 per cell, and counts the rest per cell', () => {
    const ladder = bigLadder({ levels: 250, sections: 1, itemsPerSection: 20, itemLength: 20 }) as Ladder;
    const view = compareView(ladder, { mode: 'cumulative', searchText: () => '', budget: 1000 });
    // The first 100 levels side by side (of 250), 10 items per cell (of up to 2,000).
    assert.equal(view.levels.length, MAX_COMPARE_LEVELS);
    assert.equal(view.moreLevels, 150);
    const shown = view.rows.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.length, 0), 0);
    assert.equal(shown, 1000);
    assert.equal(shown + view.hidden, (20 * 100 * 101) / 2);
    assert.deepEqual(view.rows[0]!.hidden.slice(0, 3), [10, 30, 50]);
    // Small cells keep all their items; large ones share the rest of the budget.
    assert.equal(cellLimit(1000, Array(4000).fill(10)), 3);
    assert.equal(cellLimit(1000, Array(20).fill(250)), 50);
    assert.equal(cellLimit(1000, [5, 5, 990, 2000]), 495);
    assert.equal(cellLimit(1000, [5, 5, 300]), Number.POSITIVE_INFINITY);
    // Without a budget (the model's default) nothing is cut.
    assert.equal(compareView(ladder, { mode: 'delta', searchText: () => '' }).hidden, 0);
  });
});
