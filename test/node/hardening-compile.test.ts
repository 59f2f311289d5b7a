// Hardening (issue 19, items 5 and 9): `ladder build` never overwrites an input, reads symbolic links
// in a folder like files (without following a loop), and every text scan of the compiler is linear.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { main } from '../../src/cli/ladder.js';
import { compileLadder } from '../../src/markdown/compile/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'ladder-hardening-compile-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: tmp,
  });
  return { code, stdout, stderr };
}

const LEVEL = '# Engineer L1\n## Do\n* Ships things\n';

describe('ladder build --out never overwrites an input', () => {
  mkdirSync(join(tmp, 'ladder'), { recursive: true });
  writeFileSync(join(tmp, 'x.md'), LEVEL);
  writeFileSync(join(tmp, 'ladder/L1.md'), LEVEL);
  symlinkSync(join(tmp, 'ladder/L1.md'), join(tmp, 'link.md'));
  for (const [name, argv, shown] of [
    ['the same spelling', ['build', 'x.md', '--out', 'x.md'], 'x.md'],
    ['another spelling', ['build', 'x.md', '--out', './ladder/../x.md'], './ladder/../x.md'],
    ['an absolute path', ['build', 'x.md', `--out=${join(tmp, 'x.md')}`], join(tmp, 'x.md')],
    ['a file of a folder input', ['build', 'ladder', '--out', 'ladder/L1.md'], 'ladder/L1.md'],
    ['a symbolic link to an input', ['build', 'ladder', '--out', 'link.md'], 'link.md'],
  ] as const) {
    test(`${name}: exit 2, the file untouched`, async () => {
      const result = await run([...argv]);
      assert.deepEqual(result, {
        code: 2,
        stdout: '',
        stderr: `ladder: --out ${shown} is one of the input files: it would be overwritten with JSON; write the ladder to another file; run \`ladder --help\`\n`,
      });
      assert.equal(readFileSync(join(tmp, 'x.md'), 'utf8'), LEVEL);
      assert.equal(readFileSync(join(tmp, 'ladder/L1.md'), 'utf8'), LEVEL);
    });
  }
});

describe('symbolic links in a folder', () => {
  test('a link to a level file is read like the file; a loop, a dangling link and a link to a folder are skipped with a warning', async () => {
    const dir = join(tmp, 'links');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(tmp, 'outside-L2.md'), '# Engineer L2\nSame as L1 and...\n## Do\n* Ships bigger things\n');
    writeFileSync(join(dir, 'L1.md'), LEVEL);
    symlinkSync(join(tmp, 'outside-L2.md'), join(dir, 'L2.md'));
    symlinkSync(join(dir, 'loop-b.md'), join(dir, 'loop-a.md'));
    symlinkSync(join(dir, 'loop-a.md'), join(dir, 'loop-b.md'));
    symlinkSync(join(dir, 'missing.md'), join(dir, 'dangling.md'));
    symlinkSync(tmp, join(dir, 'up.md'));
    const { code, stdout, stderr } = await run(['build', 'links']);
    assert.equal(code, 0, stderr);
    const ladder = JSON.parse(stdout);
    assert.deepEqual(
      ladder.levels.map((l: { id: string; inherits?: string }) => [l.id, l.inherits ?? null]),
      [
        ['L1', null],
        ['L2', 'L1'],
      ],
    );
    const skipped = stderr.split('\n').filter((l) => l.startsWith('ladder: skipped'));
    assert.deepEqual(skipped, [
      `ladder: skipped ${join('links', 'dangling.md')}: a symbolic link that leads nowhere (ENOENT)`,
      `ladder: skipped ${join('links', 'loop-a.md')}: a symbolic link that leads nowhere (ELOOP)`,
      `ladder: skipped ${join('links', 'loop-b.md')}: a symbolic link that leads nowhere (ELOOP)`,
      `ladder: skipped ${join('links', 'up.md')}: a symbolic link to a folder (folders are not read recursively)`,
    ]);
  });
});

describe('every text scan of the compiler is linear (10^5–10^6-character inputs)', () => {
  const spaces = ' '.repeat(200_000);
  const cases: [string, string][] = [
    ['a 200 KB space run inside an item', `# L1\n## Do\n* a${spaces}b\n`],
    ['spaces before "{" in an item', `# L1\n## Do\n* a${spaces}{x\n`],
    ['spaces before "{#id}" at the end of an item', `# L1\n## Do\n* a${spaces}{#x}${spaces}\n`],
    ['spaces before "{" in a level heading', `# L1${spaces}{#\n## Do\n* a\n`],
    ['"{ #" a 100,000 times (stray attribute scan)', `# L1\n## Do\n* ${'{ '.repeat(100_000)}\n`],
    ['a "Same as" line with 100,000 commas', `# L1\n## Do\n* a\n# L2\nSame as ${','.repeat(100_000)}\n`],
    ['a "Same as" line with a 200 KB space run', `# L1\n## Do\n* a\n# L2\nSame as L1${spaces}x\n`],
    ['a "Same as" line with 100,000 "and"s', `# L1\n## Do\n* a\n# L2\nSame as ${'L1 and '.repeat(100_000)}\n`],
    ['a level title of 300,000 letters (level code scan)', `# ${'a'.repeat(300_000)}1x\n## Do\n* a\n`],
    ['a summary line ending in 200 KB of spaces (hard break scan)', `# L1\n> a${spaces}\n> b\n## Do\n* a\n`],
    ['a red-flag section title with a 200 KB run', `# L1\n## red${spaces}x\n* a\n`],
    ['a 1 MB labelled paragraph', `# L1\n**Impact:** ${'x '.repeat(500_000)}\n`],
    ['a CSV row with 100,000 cells', `Level,Text\nL1,${'a,'.repeat(100_000)}\n`],
    ['front matter with a 200 KB value', `---\ntitle: a${spaces}b\n---\n## Do\n- a\n`],
    [
      'an HTML table cell with 20,000 unclosed <li> (100 KB)',
      `<table><tr><th>Competency</th><th>L1</th></tr><tr><td>A</td><td><ul>${'<li>x'.repeat(20_000)}</ul></td></tr></table>`,
    ],
  ];
  for (const [name, text] of cases) {
    test(`${name}: under 5 s`, { timeout: 20_000 }, () => {
      const path = name.startsWith('a CSV') ? 'x.csv' : name.startsWith('an HTML') ? 'x.html' : 'x.md';
      const start = performance.now();
      const result = compileLadder([{ path, text }]);
      const ms = performance.now() - start;
      assert.ok(result.ladder || result.errors.length, 'an answer');
      assert.ok(ms < 5000, `${Math.round(ms)} ms`);
    });
  }
});
