import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileLadder } from '../../src/markdown/compile/index.js';
import { diffLevels, resolveLevel } from '../../src/model/resolve.js';
import { parseLadderJson } from '../../src/model/validate.js';

const dir = 'ladders/engineering';
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => ({ path: `${dir}/${f}`, text: readFileSync(`${dir}/${f}`, 'utf8') }));
const committed = readFileSync('ladders/engineering.json', 'utf8');

describe('the bundled engineering ladder', () => {
  it('is up to date with its Markdown sources (run `npm run ladders` after editing them)', () => {
    const { ladder, errors } = compileLadder(sources, { name: 'engineering', id: 'engineering' });
    assert.deepEqual(errors, []);
    assert.equal(`${JSON.stringify(ladder, null, 2)}\n`, committed, 'ladders/engineering.json is stale: run `npm run ladders`');
  });

  it('is a valid ladder', () => {
    const result = parseLadderJson(committed);
    assert.equal(result.ok, true, result.ok ? '' : JSON.stringify(result.errors));
  });

  it('has L4 word for word from the seed', {
    skip: !existsSync('../shared/seed/engineer-L4.md') && 'the seed (../shared/seed) is not beside this checkout',
  }, () => {
    assert.equal(readFileSync(`${dir}/L4.md`, 'utf8'), readFileSync('../shared/seed/engineer-L4.md', 'utf8'));
  });

  const result = parseLadderJson(committed);
  const ladder = result.ok ? result.ladder : undefined;

  it('has five levels, each inheriting the one below, with the same four sections', () => {
    assert.ok(ladder);
    assert.deepEqual(
      ladder.levels.map((l) => [l.id, l.inherits ?? null]),
      [
        ['L1', null],
        ['L2', 'L1'],
        ['L3', 'L2'],
        ['L4', 'L3'],
        ['L5', 'L4'],
      ],
    );
    assert.deepEqual(
      ladder.sections.map((s) => [s.id, s.kind]),
      [
        ['should-have', 'expectation'],
        ['is-expected-to', 'expectation'],
        ['red-flags', 'red-flag'],
        ['practical-examples', 'example'],
      ],
    );
    for (const level of ladder.levels) {
      const own = Object.values(level.items).flat().length;
      assert.ok(own >= 10 && own <= 25, `${level.id} has ${own} own items; real ladders have 10–25`);
      assert.ok(level.summary, `${level.id} has a summary`);
      for (const section of ladder.sections) assert.ok(level.items[section.id]?.length, `${level.id} has items in ${section.id}`);
    }
  });

  it('says it is an example to replace', () => {
    assert.match(ladder?.description ?? '', /example/i);
    assert.match(ladder?.description ?? '', /replace/i);
  });

  it('resolves L5 to everything below it', () => {
    assert.ok(ladder);
    const total = ladder.levels.reduce((n, l) => n + Object.values(l.items).flat().length, 0);
    assert.equal(resolveLevel(ladder, 'L5').items.size, total);
    const d = diffLevels(ladder, 'L3', 'L4');
    assert.equal(d.added.length, Object.values(ladder.levels[3]!.items).flat().length);
    assert.equal(d.carried.length, resolveLevel(ladder, 'L3').items.size);
  });
});
