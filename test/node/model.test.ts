import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ancestorsOf, diffLevels, groupByLevel, orderedItems, resolveLevel, UnknownLevelError } from '../../src/model/resolve.js';
import { slugify } from '../../src/model/ids.js';
import { formatLadderError, parseLadder, parseLadderJson } from '../../src/model/validate.js';
import { branchingLadder } from '../fixtures/ladders.js';

const ids = (items: { id: string }[]) => items.map((i) => i.id);

/** Applies `change` to a fresh test ladder and returns the formatted errors. */
function errorsAfter(change: (l: ReturnType<typeof branchingLadder> & Record<string, unknown>) => void): string[] {
  const ladder = branchingLadder() as ReturnType<typeof branchingLadder> & Record<string, unknown>;
  change(ladder);
  const result = parseLadder(ladder);
  return result.ok ? [] : result.errors.map(formatLadderError);
}

describe('parseLadder', () => {
  it('accepts a valid ladder and returns it', () => {
    const ladder = branchingLadder();
    const result = parseLadder(ladder);
    assert.equal(result.ok, true);
    assert.equal(result.ok && result.ladder, ladder);
  });

  // biome-ignore lint/suspicious/noExplicitAny: each case reshapes the ladder into something invalid
  const cases: [string, (l: any) => void, string[]][] = [
    ['not an object', () => {}, []],
    [
      'unsupported schemaVersion',
      (l) => (l.schemaVersion = 2),
      ['$.schemaVersion: unsupported schemaVersion "2"; this version of ladder-elements reads schemaVersion 1'],
    ],
    [
      'missing schemaVersion',
      (l) => delete l.schemaVersion,
      ['$.schemaVersion: is required; this version of ladder-elements reads schemaVersion 1'],
    ],
    [
      'bad ladder id',
      (l) => (l.id = 'Not A Slug'),
      ['$.id: "Not A Slug" is not a valid ladder slug (lowercase letters, digits and single dashes, e.g. "should-have")'],
    ],
    ['title of the wrong type', (l) => (l.title = 42), ['$.title: must be a string, not a number']],
    ['empty title', (l) => (l.title = '  '), ['$.title: must not be empty']],
    [
      'unknown field',
      (l) => (l.titel = 'x'),
      ['$.titel: unknown field "titel"; expected one of: $schema, schemaVersion, id, title, description, sections, levels'],
    ],
    ['sections missing', (l) => delete l.sections, ['$.sections: is required and must be a non-empty array']],
    ['levels not an array', (l) => (l.levels = {}), ['$.levels: must be an array, not an object']],
    [
      'bad section kind',
      (l) => (l.sections[0].kind = 'skill'),
      ['$.sections[0].kind: "skill" is not a section kind; use one of: expectation, red-flag, example'],
    ],
    [
      'duplicate section id',
      (l) => (l.sections[1].id = 'skills'),
      [
        '$.sections[1].id: duplicate section id "skills"',
        '$.levels[0].items["red-flags"]: unknown section id "red-flags"; the ladder\'s sections are: skills, examples',
        '$.levels[4].items["red-flags"]: unknown section id "red-flags"; the ladder\'s sections are: skills, examples',
      ],
    ],
    [
      'unknown section id in a level',
      (l) => (l.levels[0].items.skils = []),
      ['$.levels[0].items.skils: unknown section id "skils"; the ladder\'s sections are: skills, red-flags, examples'],
    ],
    [
      'items not an object',
      (l) => (l.levels[1].items = []),
      [
        '$.levels[1].items: must be an object of item lists by section id, not an array',
        '$.levels[2].items.skills[0].replaces: replaces "b1", but no item has that id',
      ],
    ],
    [
      'item not an object',
      (l) => (l.levels[0].items.skills[1] = 'Writes tests'),
      ['$.levels[0].items.skills[1]: an item must be an object, not a string'],
    ],
    [
      'item text missing',
      (l) => delete l.levels[0].items.skills[1].text,
      ['$.levels[0].items.skills[1].text: is required and must be a non-empty string'],
    ],
    [
      'duplicate level id',
      (l) => (l.levels[1].id = 'L1'),
      [
        '$.levels[1].id: duplicate level id "L1" (also at $.levels[0])',
        '$.levels[2].inherits: unknown level "L2"; known levels: L1, L3, IC4, M1',
      ],
    ],
    [
      'duplicate item id',
      (l) => (l.levels[2].items.skills[1].id = 'a2'),
      ['$.levels[2].items.skills[1].id: duplicate item id "a2" (also at $.levels[0].items.skills[1])'],
    ],
    [
      'bad item id',
      (l) => (l.levels[0].items.skills[0].id = 'a 1'),
      [
        '$.levels[0].items.skills[0].id: "a 1" is not a valid item id (letters, digits, ".", "_" or "-", starting with a letter or digit)',
        '$.levels[1].items.skills[0].replaces: replaces "a1", but no item has that id',
      ],
    ],
    [
      'unknown inherits',
      (l) => (l.levels[1].inherits = 'L0'),
      ['$.levels[1].inherits: unknown level "L0"; known levels: L1, L2, L3, IC4, M1'],
    ],
    ['self inherits', (l) => (l.levels[0].inherits = 'L1'), ['$.levels[0].inherits: level "L1" cannot inherit itself']],
    ['inheritance cycle', (l) => (l.levels[0].inherits = 'L3'), ['$.levels[0].inherits: inheritance cycle: L1 → L3 → L2 → L1']],
    [
      'inherits a later level',
      (l) => {
        l.levels[0].inherits = undefined;
        l.levels[1].inherits = 'L3';
        l.levels[2].inherits = undefined;
      },
      [
        '$.levels[1].inherits: inherits "L3", which comes later; list levels lowest first',
        '$.levels[1].items.skills[0].replaces: replaces "a1" of level "L1", which level "L2" does not inherit',
        '$.levels[2].items.skills[0].replaces: replaces "b1" of level "L2", which level "L3" does not inherit',
        '$.levels[4].items["red-flags"][0].replaces: replaces "a3" of level "L1", which level "M1" does not inherit',
      ],
    ],
    [
      'replaces of a non-existent item',
      (l) => (l.levels[2].items.skills[1].replaces = 'zz'),
      ['$.levels[2].items.skills[1].replaces: replaces "zz", but no item has that id'],
    ],
    [
      'replaces across branches',
      (l) => (l.levels[4].items.skills[0].replaces = 'd1'),
      ['$.levels[4].items.skills[0].replaces: replaces "d1" of level "IC4", which level "M1" does not inherit'],
    ],
    [
      'replaces its own level',
      (l) => (l.levels[2].items.skills[1].replaces = 'c1'),
      ['$.levels[2].items.skills[1].replaces: replaces "c1", which level "L3" declares itself; only inherited items can be replaced'],
    ],
    [
      'replaces itself',
      (l) => (l.levels[2].items.skills[1].replaces = 'c2'),
      ['$.levels[2].items.skills[1].replaces: item "c2" cannot replace itself'],
    ],
    [
      'replaced twice in one level',
      (l) => (l.levels[2].items.skills[1].replaces = 'b1'),
      ['$.levels[2].items.skills[1].replaces: item "b1" is already replaced by "c1" in level "L3"'],
    ],
  ];
  for (const [name, change, expected] of cases) {
    if (name === 'not an object') {
      it('rejects a value that is not an object', () => {
        for (const [v, type] of [
          [null, 'null'],
          [[], 'an array'],
          ['x', 'a string'],
          [3, 'a number'],
        ] as const) {
          const r = parseLadder(v);
          assert.deepEqual(r.ok ? [] : r.errors.map(formatLadderError), [`$: a ladder must be a JSON object, not ${type}`]);
        }
      });
      continue;
    }
    it(`reports ${name}`, () => assert.deepEqual(errorsAfter(change), expected));
  }

  it('cuts huge values in messages', () => {
    const errors = errorsAfter((l) => (l.id = 'X'.repeat(1_000_000)));
    assert.equal(errors.length, 1);
    assert.ok(errors[0]!.length < 200, errors[0]);
  });
});

describe('parseLadderJson', () => {
  it('says where JSON is broken', () => {
    const r = parseLadderJson('{\n  "schemaVersion": 1,\n  "id": oops\n}');
    assert.equal(r.ok, false);
    assert.match(r.ok ? '' : r.errors[0]!.message, /^invalid JSON at line 3, column 9: unexpected "o"; expected a value/);
  });
  it('reports empty text', () => {
    const r = parseLadderJson('  ');
    assert.deepEqual(r.ok ? [] : r.errors, [{ path: '$', message: 'invalid JSON: the text is empty' }]);
  });
  it('accepts a BOM', () => {
    assert.equal(parseLadderJson(`\ufeff${JSON.stringify(branchingLadder())}`).ok, true);
  });
});

describe('slugify', () => {
  it('makes slugs', () => {
    assert.equal(slugify('Should have'), 'should-have');
    assert.equal(slugify('  Red flags!! '), 'red-flags');
    assert.equal(slugify('Café & Crème'), 'cafe-creme');
  });
});

describe('resolveLevel', () => {
  const ladder = branchingLadder();
  it('lists ancestors nearest first', () => {
    assert.deepEqual(ids(ancestorsOf(ladder, 'IC4')), ['L3', 'L2', 'L1']);
    assert.deepEqual(ids(resolveLevel(ladder, 'M1').ancestors), ['L3', 'L2', 'L1']);
  });
  it('applies replacement chains and keeps the origin level of each item', () => {
    const l3 = resolveLevel(ladder, 'L3');
    const skills = l3.sections[0]!;
    assert.deepEqual(ids(skills.own), ['c1', 'c2']);
    assert.deepEqual(ids(skills.inherited), ['b2', 'a2']);
    assert.deepEqual(
      skills.inherited.map((i) => i.levelId),
      ['L2', 'L1'],
    );
    const c1 = l3.items.get('c1')!;
    assert.equal(c1.replaces?.id, 'b1');
    assert.equal(c1.replaces?.replaces?.id, 'a1');
    assert.equal(l3.items.has('a1'), false);
    assert.equal(l3.items.has('b1'), false);
    assert.deepEqual([...l3.items.keys()].sort(), ['a2', 'a3', 'b2', 'b3', 'c1', 'c2']);
  });
  it('resolves both branches of a tree independently', () => {
    const ic = resolveLevel(ladder, 'IC4');
    const m = resolveLevel(ladder, 'M1');
    assert.deepEqual([...ic.items.keys()].sort(), ['a2', 'a3', 'b2', 'b3', 'c2', 'd1', 'd2']);
    assert.deepEqual([...m.items.keys()].sort(), ['a2', 'b2', 'b3', 'c1', 'c2', 'e1', 'e2']);
    assert.deepEqual(ids(m.sections[1]!.own), ['e2']);
    assert.deepEqual(ids(m.sections[1]!.inherited), []);
  });
  it('keeps every section, even empty ones, in ladder order', () => {
    const l1 = resolveLevel(ladder, 'L1');
    assert.deepEqual(
      l1.sections.map((s) => [s.section.id, s.own.length, s.inherited.length]),
      [
        ['skills', 2, 0],
        ['red-flags', 1, 0],
        ['examples', 0, 0],
      ],
    );
  });
  it('orders items lowest level first, then own, by section', () => {
    assert.deepEqual(ids(orderedItems(resolveLevel(ladder, 'IC4'))), ['a2', 'b2', 'c2', 'd1', 'd2', 'a3', 'b3']);
  });
  it('groups inherited items by level, nearest first', () => {
    const groups = groupByLevel(resolveLevel(ladder, 'IC4').sections[0]!.inherited);
    assert.deepEqual(
      groups.map((g) => [g.levelId, ids(g.items)]),
      [
        ['L3', ['c2']],
        ['L2', ['b2']],
        ['L1', ['a2']],
      ],
    );
  });
  it('names the known levels for an unknown one', () => {
    assert.throws(
      () => resolveLevel(ladder, 'L9'),
      (e: unknown) => e instanceof UnknownLevelError && e.message === 'unknown level "L9"; this ladder has: L1, L2, L3, IC4, M1',
    );
  });
});

describe('diffLevels', () => {
  const ladder = branchingLadder();
  it('finds added, replaced and carried items one level up', () => {
    const d = diffLevels(ladder, 'L2', 'L3');
    assert.deepEqual(ids(d.added), ['c2']);
    assert.deepEqual(
      d.replaced.map((r) => [r.item.id, r.previous.id]),
      [['c1', 'b1']],
    );
    assert.deepEqual(ids(d.carried), ['a2', 'b2', 'a3', 'b3']);
    assert.deepEqual(ids(d.removed), []);
  });
  it('follows replacement chains across several levels', () => {
    const d = diffLevels(ladder, 'L1', 'IC4');
    assert.deepEqual(
      d.replaced.map((r) => [r.item.id, r.previous.id]),
      [['d2', 'a1']],
    );
    assert.deepEqual(ids(d.added), ['b2', 'c2', 'd1', 'b3']);
  });
  it('compares across branches', () => {
    const d = diffLevels(ladder, 'IC4', 'M1');
    assert.deepEqual(ids(d.added), ['c1', 'e1']);
    assert.deepEqual(
      d.replaced.map((r) => [r.item.id, r.previous.id]),
      [['e2', 'a3']],
    );
    assert.deepEqual(ids(d.removed), ['d1', 'd2']);
  });
});
