// Hardening II (issue 19), the classes that live in the model, at unit level: deep inheritance,
// hostile timestamps, huge texts before a JSON syntax error, quadratic text work, hardened hosts
// that freeze Object.prototype. Time bounds are generous: they catch hangs (minutes), not speed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/ladder.js';
import { parseJsonText } from '../../src/model/json-text.js';
import { MAX_TIME, mergeRatings, nextUpdatedAt } from '../../src/model/ratings.js';
import { parseRatings, parseRatingsJson } from '../../src/model/ratings-file.js';
import { ratingsToMarkdown } from '../../src/model/ratings-markdown.js';
import { diffLevels, orderedItems, resolveLevel } from '../../src/model/resolve.js';
import type { Ladder } from '../../src/model/types.js';
import { parseLadder, parseLadderJson } from '../../src/model/validate.js';

const within = (ms: number, what: string, work: () => void) => {
  const start = performance.now();
  work();
  const took = performance.now() - start;
  assert.ok(took < ms, `${what} took ${Math.round(took)} ms (bound ${ms} ms)`);
};

function chain(levels: number, itemsPerLevel = 1): Ladder {
  return {
    schemaVersion: 1,
    id: 'deep',
    title: 'Deep',
    sections: [{ id: 'skills', title: 'Skills', kind: 'expectation' }],
    levels: Array.from({ length: levels }, (_, i) => ({
      id: `L${i + 1}`,
      title: `Level ${i + 1}`,
      ...(i ? { inherits: `L${i}` } : {}),
      items: { skills: Array.from({ length: itemsPerLevel }, (_, k) => ({ id: `l${i + 1}-${k}`, text: `Item ${k} of level ${i + 1}` })) },
    })),
  };
}

describe('hardening: deep inheritance resolves without deep recursion', () => {
  it('a valid chain of 20,000 levels validates and resolves its last level', () => {
    const ladder = chain(20_000);
    within(20_000, 'validating and resolving 20,000 chained levels', () => {
      const parsed = parseLadder(ladder);
      assert.equal(parsed.ok, true);
      const last = resolveLevel(ladder, 'L20000');
      assert.equal(last.items.size, 20_000);
      assert.equal(last.sections[0]!.inherited.length, 19_999);
      assert.equal(last.ancestors.length, 19_999);
      assert.equal(orderedItems(last)[0]!.id, 'l1-0');
      assert.equal(diffLevels(ladder, 'L19999', 'L20000').added.length, 1);
    });
  });
});

describe('hardening: saved times at or past 2^53 are clamped, so a later change always wins', () => {
  const huge = 2 ** 53 + 10;
  it('clamps on reading and stamps the next change later still', () => {
    const parsed = parseRatings({ version: 1, ratings: { a: { value: 'x', updatedAt: huge }, b: { value: 'y', updatedAt: 1e300 } } });
    assert.ok(parsed.ok);
    assert.equal(parsed.file.ratings.a!.updatedAt, MAX_TIME);
    assert.equal(parsed.file.ratings.b!.updatedAt, MAX_TIME);
    const next = nextUpdatedAt(parsed.file.ratings.a);
    assert.ok(next >= MAX_TIME && Number.isSafeInteger(next));
    // What this page keeps after merging with the hostile copy is the change it just made.
    const mine = { a: { value: 'mine', updatedAt: next } };
    assert.equal(mergeRatings(mine, parsed.file.ratings).a!.value, mergeRatings(parsed.file.ratings, mine).a!.value);
  });
});

describe('hardening: a 10-million-character string before a JSON syntax error', () => {
  const text = `{"title": "${'x'.repeat(10_000_000)}", }`;
  it('gives line and column, never a stack overflow', () => {
    within(10_000, 'locating the error', () => {
      const parsed = parseJsonText(text);
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.deepEqual([parsed.error.line, parsed.error.column], [1, 10_000_015]);
      const ladder = parseLadderJson(text);
      assert.equal(ladder.ok, false);
      assert.match(ladder.ok ? '' : ladder.errors[0]!.message, /^invalid JSON at line 1, column 10000015: unexpected "}"/);
      const ratings = parseRatingsJson(text);
      assert.match(ratings.ok ? '' : ratings.errors[0]!.message, /^invalid JSON at line 1, column 10000015/);
    });
  });
  it('ladder validate reports it at its line, exit 1', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(`${process.env.TMPDIR ?? '/tmp'}/ladder-big-`);
    writeFileSync(`${dir}/big.json`, text);
    let err = '';
    const code = await main(['validate', 'big.json'], {
      cwd: dir,
      stdout: { write: () => true },
      stderr: { write: (s: string) => (err += s) },
    });
    assert.equal(code, 1);
    assert.match(err, /^big\.json:1: invalid JSON: unexpected "}".* \(column 10000015\)\n$/);
  });
});

describe('hardening: text work is linear on hostile text', () => {
  it('the Markdown export of a note with a 150 KB whitespace run', () => {
    const spaces = ' '.repeat(150_000);
    const section = { id: 's', title: 'S', kind: 'expectation' as const };
    const item = { id: 'i', text: `a${spaces}b${spaces}\n${spaces}c`, sectionId: 's', levelId: 'L1' };
    within(2_000, 'ratingsToMarkdown', () => {
      const md = ratingsToMarkdown({
        heading: 'H',
        sections: [{ section, items: [item] }],
        levelId: 'L1',
        ratings: { i: { value: 'x', note: `n${spaces}\n${spaces}m${'\t'.repeat(100_000)}`, updatedAt: 1 } },
        scale: [{ value: 'x', label: 'X' }],
        labels: { notApplicable: 'NA', notRated: 'NR', redFlagApplies: 'A', redFlagDoesNotApply: 'D', noteLabel: 'Note' },
      });
      assert.ok(md.includes('c'));
    });
  });
});

describe('hardening: a host that froze Object.prototype (SES lockdown) and ids like "toString"', () => {
  it('reads, merges, summarises and edits ratings for such ids', () => {
    const script = `
      Object.freeze(Object.prototype);
      const { parseRatingsJson } = await import('./src/model/ratings-file.ts');
      const { mergeRatings, copyRatings } = await import('./src/model/ratings.ts');
      const { summarize } = await import('./src/model/readiness.ts');
      const ids = ['toString', 'constructor', 'hasOwnProperty', 'valueOf'];
      const file = JSON.stringify({ version: 1, ratings: Object.fromEntries(ids.map((id, i) => [id, { value: 'toString', updatedAt: i + 1 }])) });
      const parsed = parseRatingsJson(file);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const merged = mergeRatings(parsed.file.ratings, { toString: { value: 'valueOf', updatedAt: 99 } });
      const copy = copyRatings(merged);
      copy.constructor = { updatedAt: 100 };
      const scale = [{ value: 'toString', label: 'T' }, { value: 'valueOf', label: 'V' }];
      const section = { id: 's', title: 'S', kind: 'expectation' };
      const summary = summarize([{ section, items: ids.map((id) => ({ id })) }], copy, scale);
      console.log(JSON.stringify([Object.keys(parsed.file.ratings).length, merged.toString.value, summary.overall.rated]));
    `;
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(run.stderr, '');
    // Four entries read; "toString" merged to its later value; "constructor" cleared, so three rated.
    assert.equal(run.stdout.trim(), JSON.stringify([4, 'valueOf', 3]));
  });
});
