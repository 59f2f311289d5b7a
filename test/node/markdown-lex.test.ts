// The run-time lexer without marked: a text without Markdown syntax gets exactly the tokens marked
// gives it (so marked need not load for it), and a precompiled form is read back into tokens that say
// what marked's say (test/markdown-precompiled.test.ts compares their rendering in Chromium), or is refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexer, type Token } from 'marked';
import engineering from '../../ladders/engineering.json' with { type: 'json' };
import { isPlain } from '../../src/markdown/lex.js';
import { fromForm, toForm } from '../../src/markdown/precompiled.js';
import { blockText } from '../../src/markdown/to-text.js';
import { markdownTexts } from '../../src/model/texts.js';
import type { Ladder } from '../../src/model/types.js';
import { markdownCorpus } from '../fixtures/markdown-corpus.js';

const lexed = (text: string): Token[] => new Lexer({ gfm: true }).lex(text);
const plainTokens = (text: string) =>
  text === '' ? [] : [{ type: 'paragraph', raw: text, text, tokens: [{ type: 'text', raw: text, text, escaped: false }] }];

describe('the lexer without marked', () => {
  const texts = markdownCorpus(20_000);

  it('reads a text as plain only when marked reads it as one paragraph of exactly that text', () => {
    let plain = 0;
    for (const text of texts) {
      if (!isPlain(text)) continue;
      plain++;
      assert.deepEqual(JSON.parse(JSON.stringify(lexed(text))), plainTokens(text), JSON.stringify(text));
    }
    // Not vacuous: thousands of generated texts and nearly all of the bundled ladder take the plain path.
    assert.ok(plain > 2_000, `${plain} plain texts`);
    const bundled = [...markdownTexts(engineering as Ladder)];
    assert.ok(bundled.filter(isPlain).length >= bundled.length - 10);
  });

  it('decides in time linear in the length (10^6-character texts)', () => {
    const started = performance.now();
    for (const text of ['a'.repeat(1e6), `${'1'.repeat(1e6)}x`, `${'a '.repeat(5e5)}*`, `${' '.repeat(1e6)}a`, 'w'.repeat(1e6)])
      isPlain(text);
    assert.ok(performance.now() - started < 2_000);
  });
});

describe('precompiled Markdown', () => {
  const texts = markdownCorpus(5_000).filter((t) => !isPlain(t));

  it('reads back to tokens with the same plain text as marked gives, for every text of the corpus', () => {
    let compared = 0;
    for (const text of texts) {
      const tokens = lexed(text);
      const form = toForm(tokens);
      if (!form) continue;
      const read = fromForm(JSON.parse(JSON.stringify(form)), text, '$');
      assert.ok('tokens' in read, `${JSON.stringify(text)}: ${'error' in read ? read.error.path : ''}`);
      assert.equal(blockText(read.tokens), blockText(tokens), JSON.stringify(text));
      compared++;
    }
    assert.ok(compared > 1_000, `${compared} texts compared`);
  });

  it('refuses forms outside the grammar, with the path of the first node that does not fit', () => {
    const refused = (form: unknown, text = 'some *text* here') => {
      const read = fromForm(form, text, '$.precompiled.texts["x"]');
      return 'error' in read ? read.error.path : 'accepted';
    };
    assert.equal(refused([['p', 'a', ['b', 'b']]]), 'accepted');
    assert.equal(refused('p'), '$.precompiled.texts["x"]');
    assert.equal(refused([['script', 'alert(1)']]), '$.precompiled.texts["x"][0]');
    assert.equal(refused([['p', ['img', 'x']]]), '$.precompiled.texts["x"][0][1]');
    assert.equal(refused([['p', ['a', 7, null, 'x']]]), '$.precompiled.texts["x"][0][1][1]');
    assert.equal(refused([['p', { type: 'html', raw: '<b>' }]]), '$.precompiled.texts["x"][0][1]');
    assert.equal(refused([['ol', -1, [['t', 'a']]]]), '$.precompiled.texts["x"][0][1]');
    assert.equal(refused([['ul', 'not a list of blocks']]), '$.precompiled.texts["x"][0][1]');
    assert.equal(refused([['br', 'extra']]), '$.precompiled.texts["x"][0]');
  });

  it('bounds a form by its text: no more nodes, text or depth than the text could produce', () => {
    const nested = (depth: number): unknown => (depth === 0 ? 'x' : ['b', nested(depth - 1)]);
    assert.ok('error' in fromForm([['p', nested(40)]], '*'.repeat(200), '$'));
    assert.ok('error' in fromForm([['p', ...Array(100).fill(['br'])]], 'short', '$'));
    assert.ok('error' in fromForm([['p', 'x'.repeat(10_000)]], 'short', '$'));
    // A 10^6-node form against a short text is refused after a few nodes, not walked.
    const started = performance.now();
    assert.ok('error' in fromForm([['p', ...Array(1e6).fill('x')]], 'short', '$'));
    assert.ok(performance.now() - started < 2_000);
  });

  it('leaves out texts nested too deeply to be worth precompiling (marked shows them at run time)', () => {
    assert.equal(toForm(lexed(`${'> '.repeat(60)}deep`)), undefined);
  });
});

describe('ladder build --precompile', () => {
  it('adds a form for each text with Markdown, which the validator accepts and marked agrees with', async () => {
    const { main } = await import('../../src/cli/ladder.js');
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { parseLadderJson } = await import('../../src/model/validate.js');
    const dir = mkdtempSync(join(tmpdir(), 'precompile-'));
    try {
      const out = join(dir, 'engineering.json');
      const io = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: process.cwd() };
      assert.equal(await main(['build', 'ladders/engineering', '--id', 'engineering', '--precompile', '--out', out], io), 0);
      const text = readFileSync(out, 'utf8');
      const parsed = parseLadderJson(text);
      assert.ok(parsed.ok);
      const { precompiled, ...rest } = parsed.ladder;
      // The ladder itself is what `npm run ladders` writes; the forms come on top.
      assert.deepEqual(rest, JSON.parse(readFileSync('ladders/engineering.json', 'utf8')));
      const texts = Object.keys(precompiled!.texts);
      assert.deepEqual(
        texts,
        [...markdownTexts(engineering as Ladder)].filter((t) => !isPlain(t)),
      );
      for (const t of texts) assert.deepEqual(precompiled!.texts[t], toForm(lexed(t)));
      // A form tampered with is refused with its path.
      const tampered = JSON.parse(text);
      tampered.precompiled.texts[texts[0]!] = [['script', 'x']];
      const refused = parseLadderJson(JSON.stringify(tampered));
      assert.ok(!refused.ok && refused.errors[0]!.path.startsWith('$.precompiled.texts['));
      // A form for a text the ladder does not have is refused; another format is ignored.
      const stray = JSON.parse(text);
      stray.precompiled.texts['not in this ladder'] = [['p', 'x']];
      assert.ok(!parseLadderJson(JSON.stringify(stray)).ok);
      stray.precompiled.format = 2;
      assert.ok(parseLadderJson(JSON.stringify(stray)).ok);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
