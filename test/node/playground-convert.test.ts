// The playground's pure parts, in Node: rich-text paste → editor text (clipboard HTML in the shapes
// Confluence, Google Sheets, Google Docs, Word and code editors put on the clipboard, written for these
// tests), the ladder → Markdown writer it relies on (checked by compiling its output again), the folder
// rule shared with the CLI, and the saved workspace. The page itself is driven in playground.test.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileLadder, folderSources } from '../../src/markdown/compile/index.js';
import { convertPastedHtml, lineUpHtml } from '../../src/playground/convert.js';
import { htmlToMarkdown } from '../../src/playground/html-markdown.js';
import { ladderToMarkdown } from '../../src/playground/ladder-markdown.js';
import { cliCommand, load, STORAGE_KEY, save, single } from '../../src/playground/workspace.js';
import { itemsOf, levelsOf, sources } from './support/compile-helpers.js';

const W = 'ladders-in-the-wild';

/** Compiles, writes the ladder as Markdown, compiles that: the two ladders must be the same. */
function roundTrip(path: string): void {
  const result = compileLadder(sources(path), { name: 'x' });
  assert.ok(result.ladder, JSON.stringify(result.errors));
  const from = (p: string) => result.sources.some((s) => s.lines.some((l) => 'path' in l && l.path === p));
  const markdown = ladderToMarkdown(result.ladder, { title: from('$.title'), description: from('$.description') });
  const again = compileLadder([{ path: 'x.md', text: markdown }], { name: 'x' });
  assert.deepEqual(again.errors, [], markdown);
  assert.deepEqual(again.ladder, result.ladder, markdown);
}

describe('ladder → Markdown', () => {
  for (const path of [
    '../../ladders/engineering',
    `${W}/handbook`,
    `${W}/groups`,
    `${W}/jekyll`,
    `${W}/labelled`,
    `${W}/cumulative`,
    `${W}/competency-first`,
    `${W}/tables/levels-as-columns.html`,
    `${W}/tables/levels-as-rows.md`,
    `${W}/csv/matrix.tsv`,
    'md/natural',
  ]) {
    test(`compiles back to the same ladder: ${path}`, () => roundTrip(path));
  }

  test('writes ids, "Same as", section order and descriptions only where the text does not give them', () => {
    const markdown = ladderToMarkdown(
      {
        schemaVersion: 1,
        id: 'x',
        title: 'X',
        sections: [
          { id: 'impact', title: 'Impact', kind: 'expectation' },
          { id: 'craft', title: 'Craft', kind: 'expectation', description: 'How we build.' },
        ],
        levels: [
          { id: 'L1', title: 'Engineer L1', items: { craft: [{ id: 'own-id', text: '# not a heading' }] } },
          {
            id: 'senior',
            title: 'Senior',
            inherits: 'L1',
            summary: 'One.\n\nTwo.',
            items: { impact: [{ id: 'senior-leads-projects-vrjk', text: 'Leads projects' }] },
          },
        ],
      },
      { title: false, description: false },
    );
    assert.match(markdown, /^---\nsections:\n {2}- "Impact"\n {2}- "Craft"\n---\n/);
    assert.match(markdown, /^# Engineer L1\n/m);
    assert.match(markdown, /^## Craft\n\nHow we build\.\n\n\* \\# not a heading \{#own-id\}$/m);
    assert.match(markdown, /^# Senior\n\n> One\.\n>\n> Two\.\n\n\*Same as L1 and…\*\n/m);
  });
});

// Clipboard shapes, written for these tests in the form each tool puts on the clipboard.
const CONFLUENCE = `<meta charset='utf-8'><h1>Acme ladder</h1><p>How we grow.</p><div class="table-wrap"><table class="confluenceTable"><tbody>
<tr><th class="confluenceTh"><p><strong>Level</strong></p></th><th class="confluenceTh"><p><strong>Craft</strong></p></th><th class="confluenceTh"><p><strong>Impact</strong></p></th></tr>
<tr><td class="confluenceTd"><p>Engineer I</p></td><td class="confluenceTd"><ul><li><p>Writes tested code</p></li><li><p>Fixes bugs</p></li></ul></td><td class="confluenceTd"><p>Delivers tasks</p></td></tr>
<tr><td class="confluenceTd"><p>Engineer II</p></td><td class="confluenceTd"><ul><li><p>Designs features</p><ul><li><p>with reviews</p></li></ul></li></ul></td><td class="confluenceTd"><p>Owns a feature<br>Helps the team</p></td></tr>
</tbody></table></div>`;
const SHEETS = `<meta charset="utf-8"><google-sheets-html-origin><style type="text/css"><!--td {border: 1px solid #cccccc;}br {mso-data-placement:same-cell;}--></style><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" data-sheets-root="1"><colgroup><col width="100"/><col width="100"/><col width="100"/></colgroup><tbody><tr style="height:21px;"><td style="overflow:hidden;">Competency</td><td style="overflow:hidden;">L1</td><td>L2</td></tr><tr><td>Delivery</td><td style="overflow:hidden;">Ships small changes<br/>Writes tests</td><td>Ships features</td></tr><tr><td>Mentoring</td><td></td><td>Pairs with juniors</td></tr></tbody></table>`;
const DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><h1 dir="ltr"><span style="font-size:20pt;">Engineer L1</span></h1><p dir="ltr"><span>Learns the ropes.</span></p><h3 dir="ltr"><span>Craft</span></h3><ul><li dir="ltr" aria-level="1"><p dir="ltr" role="presentation"><span>Writes tests</span></p></li><li dir="ltr" aria-level="1"><p dir="ltr" role="presentation"><span>Reviews code</span></p></li><ul><li aria-level="2"><p><span>kindly</span></p></li></ul></ul></b>`;
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8><style><!-- p.MsoNormal {margin:0} --></style></head><body lang=EN-US><!--StartFragment--><h1>Engineer L1</h1><p class=MsoNormal>Learns the ropes.</p><h2>Craft</h2><p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Writes tests<o:p></o:p></p><p class=MsoListParagraphCxSpLast style='margin-left:1.0in;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span>&nbsp;&nbsp; </span></span></span><![endif]>with care<o:p></o:p></p><!--EndFragment--></body></html>`;
const CODE_EDITOR = `<meta charset='utf-8'><div style="color: #cccccc;background-color: #1f1f1f;"><div><span style="color: #569cd6;"># Engineer L1</span></div><div><span>* Writes tests</span></div></div>`;

describe('rich-text paste', () => {
  test('a wiki table (bold header cells, lists in cells, nested lists, <br>) becomes house-style Markdown giving the same ladder', () => {
    const c = convertPastedHtml(CONFLUENCE);
    assert.equal(c?.extension, '.md');
    const { ladder, errors } = compileLadder([{ path: 'l.md', text: c.text }], { name: 'l' });
    assert.deepEqual(errors, []);
    assert.ok(ladder);
    assert.equal(ladder.title, 'Acme ladder');
    assert.equal(ladder.description, 'How we grow.');
    assert.deepEqual(
      ladder.sections.map((s) => s.title),
      ['Craft', 'Impact'],
    );
    assert.deepEqual(itemsOf(ladder, 'engineer-ii'), {
      craft: ['Designs features [details: with reviews]'],
      impact: ['Owns a feature', 'Helps the team'],
    });
    assert.deepEqual(compileLadder([{ path: 'p.html', text: CONFLUENCE }], { name: 'l' }).ladder, ladder);
  });

  test('a spreadsheet range (a style sheet on the clipboard, an empty cell, <br> in cells) reads as levels in columns', () => {
    const c = convertPastedHtml(SHEETS);
    assert.equal(c?.extension, '.md', c?.note);
    const { ladder, warnings } = compileLadder([{ path: 'l.md', text: c.text }], { name: 'l' });
    assert.ok(ladder);
    assert.deepEqual(levelsOf(ladder), [
      ['L1', 'L1', null],
      ['L2', 'L2', null],
    ]);
    assert.deepEqual(itemsOf(ladder, 'L1'), { delivery: ['Ships small changes', 'Writes tests'] });
    assert.deepEqual(itemsOf(ladder, 'L2'), { delivery: ['Ships features'], mentoring: ['Pairs with juniors'] });
    assert.deepEqual(warnings, []);
    // Read as HTML, the style sheet is markup, not an ignored text.
    assert.deepEqual(compileLadder([{ path: 'p.html', text: SHEETS }], { name: 'l' }).warnings, []);
  });

  test('a document without a table (Google Docs wraps it in <b>; Word writes lists as styled paragraphs) becomes headings and bullets', () => {
    assert.equal(htmlToMarkdown(DOCS), '# Engineer L1\n\nLearns the ropes.\n\n### Craft\n\n* Writes tests\n* Reviews code\n  * kindly');
    assert.equal(htmlToMarkdown(WORD), '# Engineer L1\n\nLearns the ropes.\n\n## Craft\n\n* Writes tests\n  * with care');
    const { ladder } = compileLadder([{ path: 'l.md', text: convertPastedHtml(WORD)?.text ?? '' }]);
    assert.deepEqual(ladder && itemsOf(ladder, 'L1'), { craft: ['Writes tests [details: with care]'] });
  });

  test('a table whose corner says "Level" but whose header row names the levels reads levels as columns', () => {
    const html = `<table><tr><td>Level</td><td>Engineer I</td><td>Engineer II (Senior)</td></tr>
      <tr><td>Scope</td><td>Self</td><td>Team</td></tr><tr><td>Delivery</td><td>Ships tasks</td><td>Ships projects</td></tr></table>`;
    const c = convertPastedHtml(html);
    assert.equal(c?.extension, '.md', c?.note);
    const { ladder } = compileLadder([{ path: 'l.md', text: c.text }]);
    assert.ok(ladder);
    assert.deepEqual(itemsOf(ladder, 'engineer-ii-senior'), { scope: ['Team'], delivery: ['Ships projects'] });
  });

  test('a rendered page with headings and lists besides a table is a document: its table stays an HTML block, read in place', () => {
    const html = `<h1>Ladder</h1><h2>Engineer L1</h2><h3>Craft</h3><ul><li>Writes tests</li></ul>
      <h2>Engineer L2</h2><table><tr><th>Section</th><th>Items</th></tr><tr><td>Craft</td><td>Designs features</td></tr></table>`;
    const c = convertPastedHtml(html);
    assert.equal(c?.extension, '.md');
    assert.match(c.text, /^## Engineer L2\n\n<table>\n<tbody>\n<tr>\n<th>Section<\/th>/m);
    const { ladder } = compileLadder([{ path: 'l.md', text: c.text }]);
    assert.ok(ladder);
    assert.deepEqual(itemsOf(ladder, 'L2'), { craft: ['Designs features'] });
  });

  test("a code editor's coloured copy is pasted as its plain text", () => {
    assert.equal(convertPastedHtml(CODE_EDITOR), undefined);
  });

  test('a table that is no ladder stays HTML, one row and cell per line, so its errors point somewhere', () => {
    const c = convertPastedHtml('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>');
    assert.equal(c?.extension, '.html');
    assert.equal(c.text, '<table>\n<tr>\n<td>a</td>\n<td>b</td></tr>\n<tr>\n<td>c</td>\n<td>d</td></tr></table>');
    assert.match(compileLadder([{ path: 'p.html', text: c.text }]).errors[0]?.message ?? '', /names levels/);
  });

  test('hostile sizes finish in bounded time: 10^5 rows, 10^6 characters, 10^5-deep nesting', () => {
    const started = Date.now();
    const rows = Array.from({ length: 1e5 }, (_, i) => `<tr><td>L${i}</td><td>x</td></tr>`).join('');
    assert.ok(lineUpHtml(`<table><tr><th>Level</th><th>A</th></tr>${rows}</table>`).length > 1e6);
    assert.equal(htmlToMarkdown(`<p>${'a '.repeat(1e5)}</p>`).length, 2e5 - 1);
    assert.equal(htmlToMarkdown(`<ul><li>${'<'.repeat(1e6)}</li></ul>`).length, 1e6 + 2);
    // Nesting deeper than a stack: either Markdown or an error the page turns into a plain paste, never a hang.
    try {
      assert.equal(htmlToMarkdown(`${'<div>'.repeat(1e5)}<ul><li>deep</li></ul>`), '* deep');
    } catch (e) {
      assert.ok(e instanceof RangeError);
    }
    assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
  });
});

describe('folders and the saved workspace', () => {
  test("a folder's sources: Markdown first, hidden files out, natural order (the CLI's rule)", () => {
    assert.deepEqual(folderSources(['L10.md', 'L2.md', '.L0.md', 'notes.txt', 'a.csv', 'README.md']), ['L2.md', 'L10.md', 'README.md']);
    assert.deepEqual(folderSources(['b.tsv', 'a.csv', 'x.png']), ['a.csv', 'b.tsv']);
  });

  test('the command that writes the same JSON', () => {
    assert.equal(cliCommand(single('acme.md', ''), 'acme.json'), 'npx ladder build acme.md --out acme.json');
    const folder = { files: [{ path: 'acme/L1.md', text: '' }], active: 0, name: 'acme', id: 'my ladder', cumulative: true };
    assert.equal(cliCommand(folder, 'x.json'), "npx ladder build acme --id 'my ladder' --cumulative --out x.json");
  });

  test('saves and loads; data it cannot read is set aside unchanged, or, when that fails, never saved over', () => {
    const data = new Map<string, string>();
    let full = false;
    const storage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        data.set(k, v);
      },
      removeItem: (k: string) => data.delete(k),
    } as unknown as Storage;
    const ws = single('acme.md', '# Acme L1');
    assert.equal(save(storage, ws), true);
    assert.deepEqual(load(storage), ws);
    data.set(STORAGE_KEY, '{"version": 99}');
    assert.equal(load(storage), 'set-aside');
    assert.deepEqual(
      [...data].filter(([k]) => k.startsWith(`${STORAGE_KEY}:corrupt-`)).map(([, v]) => v),
      ['{"version": 99}'],
    );
    full = true;
    assert.equal(load(storage), 'locked');
    assert.equal(save(storage, ws), false);
  });
});
