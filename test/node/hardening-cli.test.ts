// Hardening: `ladder validate` and `ladder build` on hostile input. Every malformed ladder of
// test/fixtures/malformed-ladders.ts gives the same words and JSON paths as the elements do, with
// exit code 1; nothing hangs, nothing crashes, and nothing the file holds reaches the terminal as
// a control sequence, a direction override or an extra line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/ladder.js';
import { baseLadder, MALFORMED_LADDERS, type MalformedLadder, VALID_BUT_TRICKY } from '../fixtures/malformed-ladders.js';
import { hostileLadder, XSS_PAYLOADS } from '../fixtures/xss-payloads.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'ladder-hardening-'));
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

/** What `ladder validate <file>` writes to stderr for a case. */
function expectedStderr(c: MalformedLadder, file: string): string {
  if (c.empty) return `${file}:1: invalid JSON: the file is empty\n`;
  if (c.syntax) return `${file}:${c.syntax.line}: invalid JSON: ${c.syntax.message} (column ${c.syntax.column})\n`;
  return c.problems!.map((p) => `${file}: ${p}\n`).join('');
}

/** Anything a terminal would act on rather than print: C0/C1 controls (newline aside), direction and invisible formatting characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const TERMINAL_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

const SLUG = 'slug (lowercase letters, digits and single dashes, e.g. "should-have")';
const ID = 'id (letters, digits, ".", "_" or "-", starting with a letter or digit)';

/** How validation quotes a value: JSON, cut after 57 characters, every control and formatting character escaped. */
const quoted = (s: string) =>
  JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s).replace(
    /[\p{Cc}\p{Cf}\u2028\u2029]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

describe('ladder validate: malformed ladders', () => {
  test('at least 30 cases', () => {
    assert.ok(MALFORMED_LADDERS.length >= 30);
  });

  MALFORMED_LADDERS.forEach((c, i) => {
    test(`${c.name}: its exact problem, exit 1`, { timeout: 30_000 }, async () => {
      const file = `malformed-${i}.json`;
      writeFileSync(join(tmp, file), c.text());
      const { code, stdout, stderr } = await run(['validate', file]);
      assert.equal(stdout, '');
      assert.equal(stderr, expectedStderr(c, file));
      assert.equal(code, 1);
    });
  });

  VALID_BUT_TRICKY.forEach((c, i) => {
    test(`accepts ${c.name}`, async () => {
      const file = `tricky-${i}.json`;
      writeFileSync(join(tmp, file), c.text());
      const { code, stdout, stderr } = await run(['validate', file]);
      assert.equal(stderr, '');
      assert.match(stdout, new RegExp(`^${file.replace('.', '\\.')}: ok \\(2 levels, \\d+ items\\)\\n$`));
      assert.equal(code, 0);
    });
  });

  test('several files: each judged on its own, exit 1 when any is bad', async () => {
    writeFileSync(join(tmp, 'good.json'), JSON.stringify(baseLadder()));
    writeFileSync(join(tmp, 'html.json'), '<!doctype html>');
    writeFileSync(
      join(tmp, 'cycle.json'),
      JSON.stringify({ ...baseLadder(), levels: baseLadder().levels.map((l: object, i: number) => ({ ...l, inherits: i ? 'L1' : 'L2' })) }),
    );
    const { code, stdout, stderr } = await run(['validate', 'html.json', 'good.json', 'cycle.json']);
    assert.equal(stdout, 'good.json: ok (2 levels, 3 items)\n');
    assert.equal(
      stderr,
      'html.json:1: invalid JSON: unexpected "<"; expected a value (object, array, string, number, true, false or null) (column 1)\n' +
        'cycle.json: $.levels[0].inherits: inheritance cycle: L1 → L2 → L1\n',
    );
    assert.equal(code, 1);
  });

  test('bytes that are not UTF-8 are read as a browser reads them', async () => {
    writeFileSync(join(tmp, 'latin1.json'), Buffer.concat([Buffer.from('{"title": "Caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    const { code, stderr } = await run(['validate', 'latin1.json']);
    assert.equal(stderr, `latin1.json: $.schemaVersion: is required; this version of ladder-elements reads schemaVersion 1\n`);
    assert.equal(code, 1);
  });
});

describe('ladder validate: huge and deep ladders finish within seconds', () => {
  const chain = (n: number, cycle: boolean) => ({
    schemaVersion: 1,
    id: 'deep',
    title: 'Deep',
    sections: [{ id: 'do', title: 'Do', kind: 'expectation' }],
    levels: Array.from({ length: n }, (_, i) => ({
      id: `L${i}`,
      title: `Level ${i}`,
      ...(i ? { inherits: `L${i - 1}` } : cycle ? { inherits: `L${n - 1}` } : {}),
      items: { do: [{ id: `a${i}`, text: 'x', ...(i ? { replaces: `a${i - 1}` } : {}) }] },
    })),
  });

  test('a chain of 100,000 levels, each replacing its parent’s item', { timeout: 60_000 }, async () => {
    writeFileSync(join(tmp, 'chain.json'), JSON.stringify(chain(100_000, false)));
    const { code, stdout, stderr } = await run(['validate', 'chain.json']);
    assert.equal(stderr, '');
    assert.equal(stdout, 'chain.json: ok (100000 levels, 100000 items)\n');
    assert.equal(code, 0);
  });

  test('a cycle through 100,000 levels: one error, named by its ends', { timeout: 60_000 }, async () => {
    writeFileSync(join(tmp, 'ring.json'), JSON.stringify(chain(100_000, true)));
    const { code, stderr } = await run(['validate', 'ring.json']);
    assert.equal(
      stderr,
      'ring.json: $.levels[0].inherits: inheritance cycle: L0 → L99999 → L99998 → L99997 → L99996 → L99995 → L99994 → L99993 → … 99991 more … → L1 → L0\n',
    );
    assert.equal(code, 1);
  });

  const cli = existsSync(join(root, 'dist/cli/ladder.js'))
    ? [join(root, 'dist/cli/ladder.js')]
    : ['--import', 'tsx', join(root, 'src/cli/ladder.ts')];
  test(`as a process (${cli.length === 1 ? 'dist/cli/ladder.js' : 'src/cli/ladder.ts'}): 10 MB, 100,000 nested arrays, a 5 MB id; exit 1, no crash`, {
    timeout: 120_000,
  }, () => {
    const picks = [
      'a 10 MB ladder with one problem at its very end',
      'schemaVersion as 100,000 nested arrays',
      'a section kind of 100,000 nested arrays',
      'a 5 MB level id',
    ];
    const files = picks.map((name, i) => {
      const c = MALFORMED_LADDERS.find((m) => m.name === name)!;
      const file = `process-${i}.json`;
      writeFileSync(join(tmp, file), c.text());
      return { c, file };
    });
    const result = spawnSync(process.execPath, [...cli, 'validate', ...files.map((f) => f.file)], {
      cwd: tmp,
      encoding: 'utf8',
      timeout: 100_000,
    });
    assert.equal(result.signal, null, 'not killed by the timeout');
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, files.map(({ c, file }) => expectedStderr(c, file)).join(''));
    assert.equal(result.status, 1);
  });
});

describe('ladder validate: hostile text reaches the terminal as text', () => {
  const TERMINAL = [
    '\u001b[2J\u001b[H cleared',
    '\u001b]0;pwned\u0007',
    '\u009b31m eight-bit CSI',
    'L1\u202e4L',
    'a\rb',
    'back\bspace',
    'zero\u200bwidth',
    'line\nbreak: fake error',
    '\u2028separator',
  ];

  test('every XSS payload in every text field: valid, "ok"', async () => {
    writeFileSync(join(tmp, 'xss-text.json'), JSON.stringify(hostileLadder(XSS_PAYLOADS.map((p) => p.payload))));
    const { code, stdout, stderr } = await run(['validate', 'xss-text.json']);
    assert.equal(stderr, '');
    assert.match(stdout, /^xss-text\.json: ok \(3 levels, \d+ items\)\n$/);
    assert.equal(code, 0);
  });

  test('every XSS payload and terminal sequence as a level id: one line each, quoted and escaped', async () => {
    const payloads = [...new Set([...XSS_PAYLOADS.map((p) => p.payload), ...TERMINAL])];
    const ladder = {
      ...baseLadder(),
      levels: payloads.map((id, i) => ({ id, title: `Level ${i}`, items: { do: [{ id: `i${i}`, text: 'x' }] } })),
    };
    writeFileSync(join(tmp, 'xss-ids.json'), JSON.stringify(ladder));
    const { code, stdout, stderr } = await run(['validate', 'xss-ids.json']);
    assert.equal(stdout, '');
    assert.equal(stderr, payloads.map((p, i) => `xss-ids.json: $.levels[${i}].id: ${quoted(p)} is not a valid level ${ID}\n`).join(''));
    assert.doesNotMatch(stderr, TERMINAL_UNSAFE);
    assert.equal(code, 1);
  });

  test('terminal sequences as keys, ids and kinds: escaped in paths and messages', async () => {
    const l = baseLadder();
    l.id = TERMINAL[0];
    l.sections[1].kind = TERMINAL[2];
    l.levels[0].items[TERMINAL[3]!] = [];
    l[TERMINAL[7]!] = 1;
    writeFileSync(join(tmp, 'terminal.json'), JSON.stringify(l));
    const { code, stderr } = await run(['validate', 'terminal.json']);
    assert.equal(
      stderr,
      [
        `terminal.json: $["line\\nbreak: fake error"]: unknown field "line\\nbreak: fake error"; expected one of: $schema, schemaVersion, id, title, description, sections, levels`,
        `terminal.json: $.id: "\\u001b[2J\\u001b[H cleared" is not a valid ladder ${SLUG}`,
        `terminal.json: $.sections[1].kind: "\\u009b31m eight-bit CSI" is not a section kind; use one of: expectation, red-flag, example`,
        `terminal.json: $.levels[0].items["L1\\u202e4L"]: unknown section id "L1\\u202e4L"; the ladder's sections are: do, flags`,
        '',
      ].join('\n'),
    );
    assert.doesNotMatch(stderr, TERMINAL_UNSAFE);
    assert.equal(code, 1);
  });

  for (const [name, text, message, column] of [
    [
      'an escape sequence',
      '\u001b[2J{}',
      'unexpected control character U+001b; expected a value (object, array, string, number, true, false or null)',
      1,
    ],
    ['a direction override', '{"schemaVersion": 1}\u202e', 'unexpected invisible character U+202e; expected the end of the text', 21],
    ['an eight-bit CSI', '{\u009b}', 'unexpected invisible character U+009b; expected a property name in double quotes', 2],
  ] as const) {
    test(`a file that is not JSON because of ${name}: named by code point`, async () => {
      writeFileSync(join(tmp, 'escape.json'), text);
      const { code, stderr } = await run(['validate', 'escape.json']);
      assert.equal(stderr, `escape.json:1: invalid JSON: ${message} (column ${column})\n`);
      assert.doesNotMatch(stderr, TERMINAL_UNSAFE);
      assert.equal(code, 1);
    });
  }
});

describe('ladder build: sections named after Object.prototype members', () => {
  test('"## Constructor" and "## To String" compile like any other section', async () => {
    const dir = join(tmp, 'proto');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'L1.md'), '# Engineer L1\n## Constructor\n* Builds things\n## To String\n* Explains things\n');
    writeFileSync(join(dir, 'L2.md'), '# Engineer L2\nSame as L1 and...\n## Constructor\n* Builds bigger things\n');
    const { code, stdout, stderr } = await run(['build', 'proto', '--out', 'proto.json']);
    assert.match(stderr, /^Proto \(proto\): 2 levels, 3 items in 2 sections, 0 warnings\n/);
    assert.equal(stdout, 'wrote proto.json (2 levels, 3 items)\n');
    assert.equal(code, 0);
    const ladder = JSON.parse(readFileSync(join(tmp, 'proto.json'), 'utf8'));
    assert.deepEqual(
      ladder.sections.map((s: { id: string }) => s.id),
      ['constructor', 'to-string'],
    );
    assert.deepEqual(Object.keys(ladder.levels[1].items), ['constructor']);
    assert.deepEqual(await run(['validate', 'proto.json']), { code: 0, stdout: 'proto.json: ok (2 levels, 3 items)\n', stderr: '' });
  });
});
