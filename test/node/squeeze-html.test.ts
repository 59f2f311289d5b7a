// The drop-in's template squeeze (scripts/squeeze-html.ts) over every Lit template in src/: the same
// words in the same order, the same number of whitespace runs (none removed, so no two words
// joined), only indentation shortened; templates that show whitespace as it is are left alone.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { transformSync } from 'esbuild';
import { parseAst } from 'vite';
import { squeezeHtmlTemplates, templateParts } from '../../scripts/squeeze-html.js';

const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src', f));
const parse = (code: string) => parseAst(code);
const words = (text: string) => text.split(/[ \t\n\f\r]+/).filter(Boolean);
const runs = (text: string) => text.match(/[ \t\n\f\r]+/g)?.length ?? 0;

describe('squeezing Lit templates for the drop-in', () => {
  it('keeps every word and every space between words of every template in src/, and shortens the indentation', () => {
    let templates = 0;
    let squeezed = 0;
    for (const file of sources) {
      const code = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' }).code;
      const before = templateParts(code, parse);
      const out = squeezeHtmlTemplates(code, parse);
      const after = templateParts(out, parse);
      assert.equal(after.length, before.length, `${file}: a template was lost`);
      before.forEach((parts, i) => {
        const now = after[i]!;
        templates++;
        assert.equal(now.length, parts.length, `${file}: template ${i} has other bindings`);
        parts.forEach((part, j) => {
          const where = `${file}, template ${i}, part ${j}`;
          assert.deepEqual(words(now[j]!), words(part), `${where}: its words changed`);
          assert.equal(runs(now[j]!), runs(part), `${where}: a run of whitespace was removed`);
          assert.ok(now[j]!.length <= part.length, `${where}: grew`);
          if (/<(pre|textarea)\b/i.test(parts.join('')))
            assert.equal(now[j], part, `${where}: shows whitespace as it is, so it must not change`);
          else assert.doesNotMatch(now[j]!, /\n/, `${where}: a line break is left`);
        });
        if (now.join('') !== parts.join('')) squeezed++;
      });
      // Nothing but whitespace changes in the whole module, and no run of it disappears.
      assert.deepEqual(words(out), words(code), `${file}: more than whitespace changed`);
      assert.equal(runs(out), runs(code), `${file}: a run of whitespace was removed`);
    }
    assert.ok(templates > 150, `only ${templates} templates found: is src/ read?`);
    assert.ok(squeezed > 50, `only ${squeezed} templates squeezed`);
  });

  it('leaves plain template strings, css`` and templates with <pre> or <textarea> as they are', () => {
    const code = [
      'const a = `line one\n  line two`;',
      'const b = css`p {\n  color: red;\n}`;',
      'const c = html`<pre>\n  keep</pre>`;',
      'const d = html`<label>Note\n  <textarea>\n</textarea></label>`;',
      'const e = html`<p>\n  ★ \u0024{x}\n  words\n</p>`;',
    ].join('\n');
    const out = squeezeHtmlTemplates(code, parse);
    assert.equal(out, code.replace('html`<p>\n  ★ \u0024{x}\n  words\n</p>`', 'html`<p> ★ \u0024{x} words </p>`'));
  });
});
