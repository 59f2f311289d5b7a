import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { HELP, main } from '../../src/cli/ladder.js';
import { compileLadder } from '../../src/markdown/compile/index.js';
import type { Ladder } from '../../src/model/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'ladder-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI in-process; `cwd` defaults to the repository root so fixture paths read naturally. */
async function run(argv: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
  });
  return { code, stdout, stderr };
}

const USAGE = 'run `ladder --help`';

describe('ladder build', () => {
  test('prints the JSON of a folder, its files in natural order (L2 before L10)', async () => {
    const { code, stdout, stderr } = await run(['build', 'test/fixtures/md/natural']);
    // The summary goes to stderr, so that stdout stays the JSON.
    assert.match(stderr, /^Natural order ladder \(natural\): 3 levels, 3 items in 1 section, 0 warnings\n/);
    assert.ok(
      stderr.endsWith('\n  L1     Level L1              1\n  L2     Level L2   L1         1\n  L10    Level L10  L2         1\n'),
      stderr,
    );
    assert.equal(code, 0);
    const ladder = JSON.parse(stdout) as Ladder;
    assert.deepEqual(
      ladder.levels.map((l) => [l.id, l.inherits]),
      [
        ['L1', undefined],
        ['L2', 'L1'],
        ['L10', 'L2'],
      ],
    );
    assert.equal(ladder.id, 'natural');
    assert.equal(ladder.title, 'Natural order ladder');
    assert.equal(stdout, `${JSON.stringify(ladder, null, 2)}\n`);
  });

  test('writes --out (creating folders), with --id and --title=, and several inputs', async () => {
    const { code, stdout, stderr } = await run([
      'build',
      'test/fixtures/md/seed/L3.md',
      'test/fixtures/md/seed/L4.md',
      '--out',
      join(tmp, 'out/nested/seed.json'),
      '--id',
      'seed',
      '--title=Seed ladder',
    ]);
    assert.match(stderr, /^Seed ladder \(seed\): 2 levels, 23 items in 4 sections, 0 warnings\n/);
    assert.equal(code, 0);
    // The stub L3 has 1 item, the seed 6 + 10 + 3 + 3.
    assert.equal(stdout, `wrote ${join(tmp, 'out/nested/seed.json')} (2 levels, 23 items)\n`);
    const ladder = JSON.parse(readFileSync(join(tmp, 'out/nested/seed.json'), 'utf8')) as Ladder;
    assert.deepEqual([ladder.id, ladder.title, ladder.levels.map((l) => l.id)], ['seed', 'Seed ladder', ['L3', 'L4']]);
  });

  test('names the ladder after the first file when given files', async () => {
    const { stdout } = await run(['build', 'test/fixtures/md/many/ladder.md']);
    const ladder = JSON.parse(stdout) as Ladder;
    assert.deepEqual([ladder.id, ladder.title], ['ladder', 'Ladder']);
  });

  test('reads BOM + CRLF input and writes neither', async () => {
    const dir = join(tmp, 'crlf');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'L1.md'), '\uFEFF# Engineer L1\r\n> Summary\r\n\r\n## Do\r\n* One\r\n* Two\r\n');
    const { code, stdout } = await run(['build', 'crlf'], tmp);
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /\r|\uFEFF/);
    assert.deepEqual(
      (JSON.parse(stdout) as Ladder).levels[0]?.items.do?.map((i) => i.text),
      ['One', 'Two'],
    );
  });

  test('the bundled ladder compiles as the committed JSON would', async () => {
    const { code, stdout, stderr } = await run(['build', 'ladders/engineering']);
    assert.doesNotMatch(stderr, /:\d+: /, 'no warnings');
    assert.equal(code, 0);
    const ladder = JSON.parse(stdout) as Ladder;
    assert.equal(ladder.id, 'engineering');
    assert.equal(ladder.title, 'Engineering ladder');
    assert.match(ladder.description ?? '', /npx ladder build/);
    assert.ok(ladder.levels.length >= 5);
  });

  test('compile errors: every error on stderr as file:line: message, exit 1', async () => {
    const dir = join(tmp, 'bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'L1.md'), 'intro\n# L1\n## Do\n* a\n\n```\nx\n```\n');
    writeFileSync(join(dir, 'L2.md'), '# L2\nSame as L7 and...\n');
    const { code, stdout, stderr } = await run(['build', 'bad'], tmp);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      [
        `${join('bad', 'L1.md')}:6: ignored code block: a level holds a summary, a "Same as" line, sections, lists and tables`,
        `${join('bad', 'L2.md')}:2: unknown level "L7" in "Same as": no level has that id or title (levels: L1, L2)`,
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      stderr.trim().split('\n'),
      compileLadder([
        { path: join('bad', 'L1.md'), text: readFileSync(join(dir, 'L1.md'), 'utf8') },
        { path: join('bad', 'L2.md'), text: readFileSync(join(dir, 'L2.md'), 'utf8') },
      ])
        .warnings.concat(
          compileLadder([
            { path: join('bad', 'L1.md'), text: readFileSync(join(dir, 'L1.md'), 'utf8') },
            { path: join('bad', 'L2.md'), text: readFileSync(join(dir, 'L2.md'), 'utf8') },
          ]).errors,
        )
        .map((e) => `${e.file}:${e.line}: ${e.message}`),
    );
  });
});

describe('ladder validate', () => {
  const good = join(tmp, 'good.json');
  const ladder = compileLadder([{ path: 'a.md', text: '# L1\n## Do\n* a\n* b\n# L2\nSame as L1 and...\n## Do\n* c\n' }]).ladder;
  writeFileSync(good, `${JSON.stringify(ladder, null, 2)}\n`);

  test('ok: prints the counts, exit 0', async () => {
    const { code, stdout, stderr } = await run(['validate', 'good.json', 'good.json'], tmp);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.equal(stdout, 'good.json: ok (2 levels, 3 items)\ngood.json: ok (2 levels, 3 items)\n');
  });

  test('an invalid ladder: each error with its JSON path, exit 1', async () => {
    const broken = structuredClone(ladder) as Ladder;
    if (broken.levels[1]) broken.levels[1].inherits = 'L9';
    writeFileSync(join(tmp, 'invalid.json'), JSON.stringify(broken));
    const { code, stdout, stderr } = await run(['validate', 'good.json', 'invalid.json'], tmp);
    assert.equal(code, 1);
    assert.equal(stdout, 'good.json: ok (2 levels, 3 items)\n');
    assert.equal(stderr, 'invalid.json: $.levels[1].inherits: unknown level "L9"; known levels: L1, L2\n');
  });

  test('invalid JSON: reported at its line, exit 1', async () => {
    writeFileSync(join(tmp, 'syntax.json'), '{\n  "schemaVersion": 1,\n  "id": "x"\n  "title": "X"\n}\n');
    writeFileSync(join(tmp, 'empty.json'), '\n');
    const { code, stderr } = await run(['validate', 'syntax.json', 'empty.json'], tmp);
    assert.equal(code, 1);
    const [syntax, empty] = stderr.trim().split('\n');
    assert.match(syntax ?? '', /^syntax\.json:4: invalid JSON: \S.* \(column 3\)$/);
    assert.equal(empty, 'empty.json:1: invalid JSON: the file is empty');
  });
});

describe('usage', () => {
  test('--help and --version, exit 0', async () => {
    assert.deepEqual(await run(['--help']), { code: 0, stdout: HELP, stderr: '' });
    assert.deepEqual(await run(['build', '--help']), { code: 0, stdout: HELP, stderr: '' });
    assert.match(HELP, /ladder build <file\|folder>|build <file\|folder>\.\.\./);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    assert.deepEqual(await run(['--version']), { code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  const usage: [string[], string][] = [
    [[], 'missing command'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['build'], 'build needs at least one Markdown file or folder'],
    [['build', 'test/fixtures/md/natural', '--outt', 'x.json'], 'unknown option "--outt"'],
    [['build', 'test/fixtures/md/natural', '-o', 'x.json'], 'unknown option "-o"'],
    [['build', 'test/fixtures/md/natural', '--out'], '--out needs a value'],
    [['build', 'no/such/folder'], 'no such file or folder: no/such/folder'],
    [['build', 'test/node'], 'no .md files in folder test/node'],
    [['validate'], 'validate needs at least one ladder JSON file'],
    [['validate', 'missing.json'], 'no such file: missing.json'],
    [['validate', 'x.json', '--id', 'x'], 'unknown option "--id"'],
  ];
  for (const [argv, message] of usage) {
    test(`exit 2: ladder ${argv.join(' ')}`, async () => {
      assert.deepEqual(await run(argv), { code: 2, stdout: '', stderr: `ladder: ${message}; ${USAGE}\n` });
    });
  }

  test('runs as a script: exit codes reach the shell', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ladder.ts', ...args], { cwd: root, encoding: 'utf8' });
    const built = cli('build', 'test/fixtures/md/natural');
    assert.equal(built.status, 0, built.stderr);
    assert.equal((JSON.parse(built.stdout) as Ladder).levels.length, 3);
    assert.equal(cli('build', 'test/fixtures/md/seed/L4.md').status, 1);
    assert.equal(cli('nope').status, 2);
  });
});
