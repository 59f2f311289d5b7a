import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEmptyEntry, mergeRatings, NOT_APPLICABLE, nextUpdatedAt, type Ratings, type RatingScale } from '../../src/model/ratings.js';
import { parseRatings, parseRatingsJson, serializeRatings } from '../../src/model/ratings-file.js';
import { ratingsToMarkdown } from '../../src/model/ratings-markdown.js';
import { DEFAULT_READINESS_RULE, evaluateReadiness, findOrphans, summarize } from '../../src/model/readiness.js';
import { resolveLevel } from '../../src/model/resolve.js';
import { formatLadderError } from '../../src/model/validate.js';
import { branchingLadder } from '../fixtures/ladders.js';

const scale: RatingScale = [
  { value: 'not-yet', label: 'Not yet' },
  { value: 'sometimes', label: 'Sometimes' },
  { value: 'consistently', label: 'Consistently' },
];

const errorsOf = (input: unknown) => {
  const result = parseRatings(input);
  return result.ok ? [] : result.errors.map(formatLadderError);
};

/** The test ladder's L3 as the checklist lists it: sections with their items (own, then inherited). */
function l3Sections() {
  return resolveLevel(branchingLadder(), 'L3').sections.map((s) => ({ section: s.section, items: [...s.own, ...s.inherited] }));
}

describe('parseRatings', () => {
  it('accepts the format and returns a clean copy', () => {
    const input = {
      version: 1,
      ladder: 'test',
      level: 'L3',
      ratings: {
        a2: { value: 'sometimes', note: 'PR #1', updatedAt: 5 },
        a3: { applies: true, updatedAt: 6 },
        b3: { done: false, updatedAt: 7 },
      },
    };
    const result = parseRatings(input);
    assert.equal(result.ok, true);
    assert.ok(result.ok);
    // Item ids are keys from data: the record has no prototype ("constructor" is just an id).
    assert.equal(Object.getPrototypeOf(result.file.ratings), null);
    assert.deepEqual({ ...result.file, ratings: { ...result.file.ratings } }, input);
    assert.notEqual(result.file.ratings.a2, input.ratings.a2);
  });

  const cases: [string, unknown, string[]][] = [
    ['not an object', [], ['$: saved ratings must be a JSON object, not an array']],
    ['no version', { ratings: {} }, ['$.version: is required; this version of ladder-elements reads ratings version 1']],
    [
      'another version',
      { version: 2, ratings: 'x' },
      ['$.version: unsupported version "2"; this version of ladder-elements reads ratings version 1'],
    ],
    ['no ratings', { version: 1 }, ['$.ratings: is required: ratings by item id']],
    ['ratings not an object', { version: 1, ratings: [] }, ['$.ratings: must be an object, not an array: ratings by item id']],
    [
      'unknown top-level field',
      { version: 1, ratings: {}, rating: {} },
      ['$.rating: unknown field "rating"; expected one of: version, ladder, level, exportedAt, ratings'],
    ],
    ['ladder of the wrong type', { version: 1, ladder: 3, ratings: {} }, ['$.ladder: must be a string, not a number']],
    ['bad item id', { version: 1, ratings: { 'a 1': { updatedAt: 1 } } }, ['$.ratings["a 1"]: "a 1" is not a valid item id']],
    ['entry not an object', { version: 1, ratings: { a1: 'consistently' } }, ['$.ratings.a1: a rating must be an object, not a string']],
    [
      'fields of the wrong type',
      { version: 1, ratings: { a1: { value: 3, applies: 'yes', done: null, note: ['x'], updatedAt: '2024-01-01' } } },
      [
        '$.ratings.a1.value: must be a string, not a number',
        '$.ratings.a1.applies: must be true or false, not a string',
        '$.ratings.a1.done: must be true or false, not null',
        '$.ratings.a1.note: must be a string, not an array',
        '$.ratings.a1.updatedAt: must be a time in milliseconds since 1970, not a string',
      ],
    ],
    ['empty value', { version: 1, ratings: { a1: { value: '', updatedAt: 1 } } }, ['$.ratings.a1.value: must not be empty']],
    [
      'missing updatedAt',
      { version: 1, ratings: { 'x.y-1': { value: 'na' } } },
      ['$.ratings["x.y-1"].updatedAt: is required: the time of the change in milliseconds since 1970'],
    ],
    [
      'unknown entry field',
      { version: 1, ratings: { a1: { vaule: 'na', updatedAt: 1 } } },
      ['$.ratings.a1.vaule: unknown field "vaule"; expected one of: value, applies, done, note, updatedAt'],
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(`reports ${name}`, () => assert.deepEqual(errorsOf(input), expected));
  }

  it('reports a JSON syntax error with line and column', () => {
    const result = parseRatingsJson('{\n  "version": 1,\n}');
    assert.deepEqual(result.ok ? [] : result.errors.map(formatLadderError), [
      '$: invalid JSON at line 3, column 1: unexpected "}"; expected a value after ","; trailing commas are not allowed',
    ]);
    const empty = parseRatingsJson('  ');
    assert.deepEqual(empty.ok ? [] : empty.errors.map(formatLadderError), ['$: invalid JSON: the text is empty']);
  });

  it('round-trips through serializeRatings', () => {
    const ratings: Ratings = { a1: { value: 'sometimes', updatedAt: 1 }, constructor: { note: 'odd id', updatedAt: 2 } };
    const text = serializeRatings(ratings, { ladder: 'test' }, 2);
    const result = parseRatingsJson(text);
    assert.ok(result.ok);
    assert.deepEqual({ ...result.file, ratings: { ...result.file.ratings } }, { version: 1, ladder: 'test', ratings });
  });
});

describe('mergeRatings', () => {
  const ours: Ratings = {
    a1: { value: 'sometimes', updatedAt: 10 },
    a2: { value: 'not-yet', updatedAt: 30 },
    c2: { note: 'mine', updatedAt: 5 },
  };
  const theirs: Ratings = {
    a1: { value: 'consistently', updatedAt: 20 },
    a2: { value: 'sometimes', updatedAt: 25 },
    b2: { done: true, updatedAt: 1 },
  };

  it('keeps, item by item, the entry changed last, and the items only one side has', () => {
    assert.deepEqual(
      { ...mergeRatings(ours, theirs) },
      {
        a1: { value: 'consistently', updatedAt: 20 },
        a2: { value: 'not-yet', updatedAt: 30 },
        c2: { note: 'mine', updatedAt: 5 },
        b2: { done: true, updatedAt: 1 },
      },
    );
  });

  it('gives the same result whichever side merges (also on equal times)', () => {
    const a: Ratings = { ...ours, x: { value: 'sometimes', updatedAt: 7 } };
    const b: Ratings = { ...theirs, x: { value: 'consistently', updatedAt: 7 } };
    const ab = mergeRatings(a, b);
    const ba = mergeRatings(b, a);
    assert.deepEqual(Object.fromEntries(Object.entries(ab).sort()), Object.fromEntries(Object.entries(ba).sort()));
  });

  it('lets a cleared entry (only updatedAt) win when it is newer', () => {
    assert.deepEqual(mergeRatings(ours, { a1: { updatedAt: 11 } }).a1, { updatedAt: 11 });
    assert.equal(isEmptyEntry({ updatedAt: 11 }), true);
  });

  it('returns the same object when nothing changes', () => {
    assert.equal(mergeRatings(ours, {}), ours);
    assert.equal(mergeRatings(ours, { a1: { value: 'x', updatedAt: 1 } }), ours);
  });

  it('dates a change after the entry it replaces', () => {
    assert.equal(nextUpdatedAt(undefined, 100), 100);
    assert.equal(nextUpdatedAt({ updatedAt: 100 }, 100), 101);
  });
});

describe('summarize and the readiness rule', () => {
  it('counts per section and overall', () => {
    const ratings: Ratings = {
      c1: { value: 'consistently', updatedAt: 1 },
      c2: { value: 'sometimes', updatedAt: 1 },
      b2: { value: NOT_APPLICABLE, updatedAt: 1 },
      a2: { value: 'retired-value', updatedAt: 1 },
      a3: { applies: true, updatedAt: 1 },
      b3: { done: true, updatedAt: 1 },
    };
    const summary = summarize(l3Sections(), ratings, scale);
    const [skills, flags, examples] = summary.sections;
    // Counts are keyed by scale values (keys from the host): records without a prototype, compared as plain data.
    const plain = (v: unknown) => JSON.parse(JSON.stringify(v));
    assert.equal(Object.getPrototypeOf(skills!.counts), null);
    assert.deepEqual(plain({ ...skills, section: skills!.section.id }), {
      section: 'skills',
      expectations: 4,
      rated: 3,
      counts: { 'not-yet': 0, sometimes: 1, consistently: 1, na: 1 },
      redFlags: 0,
      applying: 0,
      examples: 0,
      done: 0,
    });
    assert.equal(flags!.applying, 1);
    assert.equal(examples!.done, 1);
    assert.deepEqual(plain(summary.overall), {
      expectations: 4,
      rated: 3,
      counts: { 'not-yet': 0, sometimes: 1, consistently: 1, na: 1 },
      redFlags: 1,
      applying: 1,
      examples: 1,
      done: 1,
    });
    assert.deepEqual(summary.readiness, {
      met: false,
      rule: DEFAULT_READINESS_RULE,
      applicable: 3,
      unrated: 1,
      lowest: 0,
      top: 1,
      topShare: 1 / 3,
      redFlags: 1,
    });
  });

  const tally = (counts: Record<string, number>, applying = 0) => {
    const rated = Object.values(counts).reduce((a, b) => a + b, 0);
    return {
      expectations: 10,
      rated,
      counts: { 'not-yet': 0, sometimes: 0, consistently: 0, na: 0, ...counts },
      redFlags: 3,
      applying,
      examples: 0,
      done: 0,
    };
  };

  it('is met by default with nothing "Not yet", 80% "Consistently" of the applicable ones, no red flag', () => {
    assert.equal(evaluateReadiness(tally({ consistently: 8, sometimes: 2 }), scale).met, true);
    // Not applicable ones leave the count: 4 of 5 applicable.
    assert.equal(evaluateReadiness(tally({ consistently: 4, sometimes: 1, na: 5 }), scale).met, true);
    assert.equal(evaluateReadiness(tally({ consistently: 7, sometimes: 3 }), scale).met, false);
    assert.equal(evaluateReadiness(tally({ consistently: 9, 'not-yet': 1 }), scale).met, false);
    assert.equal(evaluateReadiness(tally({ consistently: 10 }, 1), scale).met, false);
    // Unrated ones count as applicable and not top-rated.
    assert.equal(evaluateReadiness(tally({ consistently: 7 }), scale).met, false);
    // Nothing applicable: nothing to go on.
    assert.equal(evaluateReadiness(tally({ na: 10 }), scale).met, false);
  });

  it('follows a configured rule', () => {
    const rule = { minTopShare: 0.5, allowLowest: true, maxRedFlags: 1 };
    const r = evaluateReadiness(tally({ consistently: 5, 'not-yet': 5 }, 1), scale, rule);
    assert.equal(r.met, true);
    assert.deepEqual(r.rule, rule);
    assert.equal(evaluateReadiness(tally({ consistently: 8, sometimes: 2 }), scale, { minTopShare: 0.9 }).met, false);
    // A partial rule keeps the other defaults.
    assert.deepEqual(evaluateReadiness(tally({}), scale, { maxRedFlags: 2 }).rule, { ...DEFAULT_READINESS_RULE, maxRedFlags: 2 });
  });

  it('works on any scale: lowest is the first point, top the last', () => {
    const four: RatingScale = [
      { value: '1', label: 'Rarely' },
      { value: '2', label: 'Often' },
      { value: '3', label: 'Mostly' },
      { value: '4', label: 'Always' },
    ];
    const r = evaluateReadiness({ ...tally({}), counts: { 1: 0, 2: 1, 3: 1, 4: 8, na: 0 }, rated: 10 }, four);
    assert.deepEqual([r.met, r.top, r.lowest], [true, 8, 0]);
  });
});

describe('findOrphans', () => {
  it('lists saved entries for items no level of the ladder has, and only those with content', () => {
    const ratings: Ratings = {
      a1: { value: 'sometimes', updatedAt: 1 },
      gone1: { value: 'na', updatedAt: 1 },
      gone2: { note: 'x', updatedAt: 1 },
      cleared: { updatedAt: 1 },
    };
    assert.deepEqual(findOrphans(ratings, branchingLadder()), ['gone1', 'gone2']);
  });
});

describe('ratingsToMarkdown', () => {
  it('writes each section as a list, ratings first, notes indented, other levels tagged', () => {
    const ratings: Ratings = {
      c1: { value: 'consistently', note: 'Led the migration\nsee https://example.com/doc', updatedAt: 1 },
      b2: { value: NOT_APPLICABLE, updatedAt: 1 },
      a3: { applies: true, updatedAt: 1 },
      b3: { done: true, updatedAt: 1 },
    };
    const md = ratingsToMarkdown({
      heading: 'Self-assessment: Engineer L3',
      lines: ['3 of 4 expectations rated.'],
      sections: l3Sections(),
      levelId: 'L3',
      ratings,
      scale,
      labels: {
        notApplicable: 'Not applicable',
        notRated: 'Not rated',
        redFlagApplies: 'Applies to me',
        redFlagDoesNotApply: 'Does not apply',
        noteLabel: 'Note',
      },
    });
    assert.equal(
      md,
      `## Self-assessment: Engineer L3

3 of 4 expectations rated.

### Skills

- **Consistently** — High scope
  Note: Led the migration
  see https://example.com/doc
- _Not rated_ — Mentors
- **Not applicable** — Reviews code _(L2)_
- _Not rated_ — Writes tests _(L1)_

### Red flags

- **Applies to me** — Hides problems _(L1)_

### Examples

- [x] Ships a feature _(L2)_
`,
    );
  });
});
