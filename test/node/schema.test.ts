import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseLadder } from '../../src/model/validate.js';
import { branchingLadder } from '../fixtures/ladders.js';

// The JSON Schema is a public contract next to parseLadder: editors use it through "$schema".
// It must accept what parseLadder accepts and reject the shape errors parseLadder rejects.
const schema = JSON.parse(readFileSync('ladders/ladder.schema.json', 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('ladders/ladder.schema.json', () => {
  it('accepts the bundled ladder and the test ladder', () => {
    for (const ladder of [JSON.parse(readFileSync('ladders/engineering.json', 'utf8')), branchingLadder()]) {
      assert.equal(validate(ladder), true, JSON.stringify(validate.errors));
      assert.equal(parseLadder(ladder).ok, true);
    }
  });

  it('accepts items with details and examples', () => {
    const ladder = branchingLadder();
    const item = Object.values(ladder.levels[0]!.items)[0]![0]!;
    item.details = ['a point'];
    item.examples = ['an example'];
    assert.equal(validate(ladder), true, JSON.stringify(validate.errors));
    assert.equal(parseLadder(ladder).ok, true);
  });

  // biome-ignore lint/suspicious/noExplicitAny: each case reshapes the ladder into something invalid
  const shapeErrors: [string, (l: Record<string, any>) => void][] = [
    ['wrong schemaVersion', (l) => (l.schemaVersion = 2)],
    ['missing title', (l) => delete l.title],
    ['unknown field', (l) => (l.extra = true)],
    ['bad section kind', (l) => (l.sections[0].kind = 'other')],
    ['bad ladder id', (l) => (l.id = 'Has Spaces')],
    ['item without text', (l) => delete l.levels[0].items.skills[0].text],
    ['empty title', (l) => (l.levels[0].title = ' ')],
    ['items not an object', (l) => (l.levels[0].items = [])],
    ['no levels', (l) => (l.levels = [])],
    ['empty item details', (l) => (l.levels[0].items.skills[0].details = [])],
    ['item examples that are not texts', (l) => (l.levels[0].items.skills[0].examples = [1])],
  ];
  for (const [name, change] of shapeErrors) {
    it(`rejects ${name}, as parseLadder does`, () => {
      // biome-ignore lint/suspicious/noExplicitAny: see above
      const ladder = branchingLadder() as unknown as Record<string, any>;
      change(ladder);
      assert.equal(validate(ladder), false);
      assert.equal(parseLadder(ladder).ok, false);
    });
  }
});
