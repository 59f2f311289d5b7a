import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { compileLadder, formatCompileError, generateItemId, type SourceFile } from '../../src/markdown/compile/index.js';
import { compileChecked } from './support/compile-helpers.js';
import type { Ladder } from '../../src/model/types.js';

const fixture = (path: string): SourceFile => ({
  path: `test/fixtures/md/${path}`,
  text: readFileSync(new URL(`../fixtures/md/${path}`, import.meta.url), 'utf8'),
});

function ok(files: SourceFile[], options = {}): Ladder {
  const { ladder, errors } = compileLadder(files, options);
  assert.deepEqual(errors.map(formatCompileError), []);
  assert.ok(ladder);
  return ladder;
}

const texts = (ladder: Ladder, level: number, section: string): string[] => (ladder.levels[level]?.items[section] ?? []).map((i) => i.text);

describe('the seed (engineer-L4.md)', () => {
  const ladder = ok([fixture('seed/L3.md'), fixture('seed/L4.md')], { name: 'engineering' });
  const l4 = ladder.levels[1];

  test('has the level, its summary and "Same as L3" as inherits', () => {
    assert.equal(ladder.id, 'engineering');
    assert.equal(ladder.title, 'Engineering');
    assert.deepEqual(
      ladder.levels.map((l) => [l.id, l.title, l.inherits]),
      [
        ['L3', 'Engineer L3', undefined],
        ['L4', 'Engineer L4', 'L3'],
      ],
    );
    assert.match(l4?.summary ?? '', /^You are capable of running your own startup, .* platform for future growth\.$/);
  });

  // The seed has 3 practical examples (not 4, as the issue counted).
  test('has 6 + 10 + 3 + 3 items with exact texts', () => {
    assert.deepEqual(
      Object.values(l4?.items ?? {}).map((items) => items.length),
      [6, 10, 3, 3],
    );
    assert.deepEqual(
      ladder.sections.map((s) => [s.id, s.title, s.kind]),
      [
        ['should-have', 'Should have', 'expectation'],
        ['is-expected-to', 'Is expected to', 'expectation'],
        ['red-flags', 'Red flags', 'red-flag'],
        ['practical-examples', 'Practical examples', 'example'],
      ],
    );
    assert.deepEqual(Object.keys(l4?.items ?? {}), ['should-have', 'is-expected-to', 'red-flags', 'practical-examples']);
    assert.deepEqual(texts(ladder, 1, 'should-have'), [
      'The ability to take a strategic initiative in a value stream, helping in definition of features value and work with teams to assign ownership and priority to those projects.',
      'The respect and trust of leadership within the company as a strong technical resource for collaborative decisions',
      'The ability to work with leadership during an emergency situation to identify and communicate impact and progress',
      'A reputation for delivering high quality features with cross-team impact.',
      'A reputation with engineers within the company as a resource for technical, communications and  mentorship',
      'Demonstrated ability and eagerness to support, advocate, and sponsor for others to step up to take leadership of a project or team',
    ]);
    assert.deepEqual(texts(ladder, 1, 'is-expected-to'), [
      'Be accountable for design and architecture direction by providing feedback and mentoring other engineers within their value stream and working with architects',
      'Plan, sequence, forecast, and track feature progress effectively across the value stream',
      'Work with senior managers & directors to ensure engineering effort is focussed on the most impactful areas for their value stream',
      'Monitor technical performance of engineers in his value stream, and partner with engineering managers and leads on mentoring and growth',
      'Develop and constantly refine technical, leadership, and team fit assessments (coding exercises, interview questions, etc) for interviews across the Engineering organization',
      'Lead code/design/architecture reviews across teams and mentor & coach engineers to ensure work follows best practices & standards.',
      'Be accountable for keeping codebase aligned with best practices',
      'Create and evolve value stream wide practices and share with the rest of the organization',
      'Acts as a mentor to other senior and staff engineers who are developing their own mentees',
      'Reach goals specified in education plan and successfully present them on company level',
    ]);
    assert.deepEqual(texts(ladder, 1, 'red-flags'), [
      'Fails to identify and remove big roadblocks',
      'Crunch time in the team',
      'Tries to enforce his views on solution',
    ]);
    assert.deepEqual(texts(ladder, 1, 'practical-examples'), [
      'L4 is active on Value Steam meetings',
      'L4 is most valueable person on feature refinements',
      'L4 is the person raising alarm that some cross team dependencies are not resolved',
    ]);
  });

  test('generates readable, prefixed item ids', () => {
    const first = l4?.items['is-expected-to']?.[0];
    assert.match(first?.id ?? '', /^l4-be-accountable-for-design-and-[0-9a-z]{4}$/);
    assert.equal(first?.id, generateItemId('L4', first?.text ?? ''));
  });

  test('emits keys in the documented order and no $schema', () => {
    assert.deepEqual(Object.keys(ladder), ['schemaVersion', 'id', 'title', 'sections', 'levels']);
    assert.deepEqual(Object.keys(l4 ?? {}), ['id', 'title', 'summary', 'inherits', 'items']);
    const many = ok([fixture('many/ladder.md')]);
    assert.deepEqual(Object.keys(many.levels[1]?.items.expectations?.[0] ?? {}), ['id', 'text', 'replaces']);
  });

  test('the seed alone reports the unknown "Same as" level at its line', () => {
    assert.deepEqual(compileLadder([fixture('seed/L4.md')]).errors.map(formatCompileError), [
      'test/fixtures/md/seed/L4.md:4: unknown level "L3" in "Same as": no level has that id or title (levels: L4)',
    ]);
  });
});

describe('one file with many levels', () => {
  const ladder = ok([fixture('many/ladder.md')]);

  test('derives level ids from {#id}, the level code or the title', () => {
    assert.deepEqual(
      ladder.levels.map((l) => [l.id, l.title, l.inherits]),
      [
        ['J1', 'Junior Engineer', undefined],
        ['L3', 'Senior Engineer', 'J1'],
        ['IC4', 'Staff Engineer IC4', 'L3'],
        ['M1', 'Engineering Manager M1', 'L3'],
        ['principal-engineer', 'Principal Engineer', 'IC4'],
      ],
    );
  });

  test('defaults the ladder id and title to the file name', () => {
    assert.equal(ladder.id, 'ladder');
    assert.equal(ladder.title, 'Ladder');
    const named = ok([fixture('many/ladder.md')], { id: 'eng', title: 'Eng', description: 'About *us*' });
    assert.deepEqual([named.id, named.title, named.description], ['eng', 'Eng', 'About *us*']);
  });

  test('joins summary lines and keeps paragraphs and inline Markdown', () => {
    assert.equal(ladder.levels[0]?.summary, 'Learns the craft and ships small changes with help.\n\nSecond paragraph with **bold**.');
  });

  test('reads -, + and numbered lists, explicit ids and replaces in either order', () => {
    assert.deepEqual(ladder.levels[0]?.items.expectations, [
      { id: 'tests', text: 'Writes tests for their changes' },
      { id: generateItemId('J1', 'Asks for help early'), text: 'Asks for help early' },
    ]);
    assert.deepEqual(texts(ladder, 0, 'red-flags'), ['Hides problems', 'Ignores review feedback']);
    assert.deepEqual(ladder.levels[1]?.items.expectations?.[0], {
      id: 'good-tests',
      text: 'Writes tests that catch real regressions',
      replaces: 'tests',
    });
    assert.deepEqual(ladder.levels[3]?.items.expectations?.[1], { id: 'hiring', text: 'Runs the hiring loop', replaces: 'good-tests' });
  });

  test('keeps nested bullets with their item, as its details', () => {
    assert.deepEqual(ladder.levels[1]?.items.expectations?.[1], {
      id: generateItemId('L3', 'Designs features within the team:'),
      text: 'Designs features within the team:',
      details: ['writes a short design document', 'asks another senior for a review'],
    });
  });

  test('merges sections across levels in order of first appearance, #### included', () => {
    assert.deepEqual(
      ladder.sections.map((s) => `${s.id}:${s.kind}`),
      ['expectations:expectation', 'red-flags:red-flag', 'practical-examples:example'],
    );
  });

  test('the same text in two levels gets two ids', () => {
    assert.notEqual(ladder.levels[0]?.items['red-flags']?.[0]?.id, ladder.levels[3]?.items['red-flags']?.[0]?.id);
  });

  test('allows a level without items when it inherits', () => {
    assert.deepEqual(ladder.levels[4]?.items, {});
  });
});

describe('other inputs', () => {
  test('a README.md / _ladder.md gives title and description', () => {
    const ladder = ok(
      ['_ladder.md', 'L1.md', 'L2.md', 'L10.md'].map((f) => fixture(`natural/${f}`)),
      { name: 'natural' },
    );
    assert.equal(ladder.title, 'Natural order ladder');
    assert.equal(ladder.description, 'Files are read in natural order: L2 before L10.\n\nThe description keeps its *Markdown*.');
    assert.deepEqual(Object.keys(ladder).slice(0, 4), ['schemaVersion', 'id', 'title', 'description']);
    assert.equal(ok([{ path: 'x/README.md', text: '# From readme\n' }, fixture('natural/L1.md')]).title, 'From readme');
    assert.equal(ok([fixture('natural/_ladder.md'), fixture('natural/L1.md')], { title: 'Override' }).title, 'Override');
  });

  test('BOM and CRLF: stripped from the output, lines still right', () => {
    const text = '\uFEFF# Engineer L1\r\n> Line one\r\n> line two\r\n\r\n### Should have\r\n* First  \r\n* Second\r\n  continued\r\n';
    const ladder = ok([{ path: 'crlf.md', text }]);
    assert.equal(ladder.levels[0]?.id, 'L1');
    assert.equal(ladder.levels[0]?.summary, 'Line one line two');
    assert.deepEqual(texts(ladder, 0, 'should-have'), ['First', 'Second\ncontinued']);
    assert.doesNotMatch(JSON.stringify(ladder), /\\r|\uFEFF/);
    assert.deepEqual(compileLadder([{ path: 'crlf.md', text: `${text}\r\nstray\r\n` }]).warnings.map(formatCompileError), [
      'crlf.md:10: ignored paragraph "stray": only lists hold items here (a paragraph is a summary right after the level heading, or a section\'s description right after its heading)',
    ]);
  });

  test('"Same as" by title, by case-insensitive id, with , plus … and ... separators', () => {
    for (const line of [
      'Same as Engineer One and...',
      '*Same as engineer one, plus:*',
      '_Same as l1 plus the following_',
      'Same as L1…',
      '**Same as L1...**',
      'Same as Engineer One',
    ]) {
      const ladder = ok([{ path: 'a.md', text: `# Engineer One {#L1}\n## Do\n* a\n\n# Two {#L2}\n${line}\n` }]);
      assert.equal(ladder.levels[1]?.inherits, 'L1', line);
    }
  });

  test('a title with "and" in it resolves by trying each separator', () => {
    const text = '# Research and Development {#RD1}\n## Do\n* a\n# RD2\nSame as Research and Development and...\n';
    assert.equal(ok([{ path: 'a.md', text }]).levels[1]?.inherits, 'RD1');
  });

  test('a level may refer to a level in another file', () => {
    const ladder = ok(
      [
        { path: 'a.md', text: '# Engineer L1\n## Do\n* a\n' },
        { path: 'b.md', text: '# Engineer L2\n*Same as Engineer L1 and...*\n## Do\n* b {replaces=#x}\n' },
      ].map((f, i) => (i === 0 ? { ...f, text: f.text.replace('* a', '* a {#x}') } : f)),
    );
    assert.deepEqual(ladder.levels[1]?.items.do, [{ id: generateItemId('L2', 'b'), text: 'b', replaces: 'x' }]);
  });

  test('branching: two levels inherit the same level', () => {
    const ladder = ok([fixture('many/ladder.md')]);
    assert.deepEqual(
      ladder.levels.filter((l) => l.inherits === 'L3').map((l) => l.id),
      ['IC4', 'M1'],
    );
  });

  test('generated ids stay stable when another item changes, and follow the item text', () => {
    const before = ok([{ path: 'a.md', text: '# L1\n## Do\n* Write tests\n* Ship small changes\n' }]);
    const after = ok([{ path: 'a.md', text: '# L1\n## Do\n* Write good tests first\n* Ship small changes\n' }]);
    const ids = (l: Ladder) => (l.levels[0]?.items.do ?? []).map((i) => i.id);
    assert.equal(ids(before)[1], ids(after)[1]);
    assert.notEqual(ids(before)[0], ids(after)[0]);
    assert.equal(generateItemId('L1', 'Ship  small\nchanges'), generateItemId('L1', 'ship small changes'));
  });

  test('section titles that slug to one id are one section, the first title wins', () => {
    const ladder = ok([{ path: 'a.md', text: '# L1\n## Red flags\n* a\n# L2\n## Red Flags!\n* b\n' }]);
    assert.deepEqual(ladder.sections, [{ id: 'red-flags', title: 'Red flags', kind: 'red-flag' }]);
    assert.deepEqual(Object.keys(ladder.levels[1]?.items ?? {}), ['red-flags']);
  });

  test('blank lines and horizontal rules are fine', () => {
    assert.equal(ok([{ path: 'a.md', text: '\n\n---\n\n# L1\n\n***\n\n## Do\n\n* a\n\n---\n' }]).levels.length, 1);
  });
});

describe('malformed input: every problem at its file and line', () => {
  const cases: [name: string, text: string, errors: string[]][] = [
    ['empty file', ' \n\n', ['bad.md:1: empty file: expected a level heading ("# Title")']],
    ['file with only a rule', '\n---\n', ['bad.md:1: empty file: expected a level heading ("# Title")']],
    [
      'unknown Same-as ref',
      '# L1\n## Do\n* a\n\n# L2\n*Same as Staff and...*\n',
      ['bad.md:6: unknown level "Staff" in "Same as": no level has that id or title (levels: L1, L2)'],
    ],
    ['cycle via Same-as', '# L1\nSame as L2 and...\n## Do\n* a\n# L2\nSame as L1 and...\n', ['bad.md:2: inheritance cycle: L1 → L2 → L1']],
    [
      'Same-as a later level',
      '# L1\nSame as L2 and...\n# L2\n## Do\n* a\n',
      ['bad.md:2: inherits "L2", which comes later; list levels lowest first'],
    ],
    [
      'replaces an item that is not inherited',
      '# L1\n## Do\n* a {#a}\n# L2\n## Do\n* b {replaces=#a}\n',
      ['bad.md:6: replaces "a" of level "L1", which level "L2" does not inherit'],
    ],
    [
      'replaces an unknown item',
      '# L1\n## Do\n* a\n# L2\nSame as L1 and...\n## Do\n* b {replaces=#nope}\n',
      ['bad.md:7: replaces "nope", but no item has that id'],
    ],
    [
      'duplicate explicit item ids',
      '# L1\n## Do\n* a {#same}\n# L2\n## Do\n* b {#same}\n',
      ['bad.md:6: duplicate item id "same" (also at bad.md:3)'],
    ],
    ['duplicate level ids', '# L1\n## Do\n* a\n# Engineer L1\n## Do\n* b\n', ['bad.md:4: duplicate level id "L1" (also at bad.md:1)']],
    [
      'invalid explicit level id',
      '# L1\n## Do\n* a\n# Two {#-x}\n## Do\n* b\n',
      ['bad.md:4: "-x" is not a valid level id (letters, digits, ".", "_" or "-", starting with a letter or digit)'],
    ],
    [
      'malformed level id',
      '# Engineer {#L 1}\n## Do\n* a\n',
      ['bad.md:1: misplaced or malformed "{#L 1}": write {#id} at the end of the heading'],
    ],
    [
      'id on a section heading',
      '# L1\n## Do {#do}\n* a\n',
      ['bad.md:2: "{#do}" is not supported on a section heading: a section\'s id is the slug of its title'],
    ],
    [
      'identical item text twice in a level',
      '# L4\n## Do\n* Ship it\n* Review\n*  Ship it\n',
      [`bad.md:5: same item text as line 3 in level "L4": give one of them an explicit id, e.g. "{#${generateItemId('L4', 'Ship it')}-2}"`],
    ],
    [
      'level without items that does not inherit',
      '# L1\n> Only a summary\n# L2\n## Do\n* a\n',
      ['bad.md:1: level "L1" has no items: add a section heading with a list, or a "Same as <level> and…" line'],
    ],
    [
      'two "Same as" lines',
      '# L1\n## Do\n* a\n# L2\nSame as L1 and...\n\nSame as L1, plus\n',
      ['bad.md:7: level "L2" already has a "Same as" line (line 5)'],
    ],
    [
      '"Same as" swallowed by the summary',
      '# L1\n## Do\n* a\n# L2\n> Summary\n*Same as L1 and...*\n## Do\n* b\n',
      ['bad.md:6: this "Same as" line continues the summary blockquote: leave a blank line before it'],
    ],
    [
      'section appearing twice in a level',
      '# L1\n## Do\n* a\n## Do\n* b\n',
      ['bad.md:4: section "Do" appears twice in level "L1" (first at line 2)'],
    ],
    [
      'malformed item attribute',
      '# L1\n## Do\n* a {replaces=x}\n* b {#one} more\n',
      [
        'bad.md:3: misplaced or malformed "{replaces=x}": write {#id} or {replaces=#id} at the end of the item\'s first paragraph',
        'bad.md:4: misplaced or malformed "{#one}": write {#id} or {replaces=#id} at the end of the item\'s first paragraph',
      ],
    ],
    ['two ids on an item', '# L1\n## Do\n* a {#x} {#y}\n', ['bad.md:3: item has two ids: {#x} and {#y}']],
    ['empty item', '# L1\n## Do\n* {#x}\n', ['bad.md:3: empty item']],
    ['level heading without an id', '# !!!\n## Do\n* a\n', ['bad.md:1: cannot derive a level id from "!!!": add one, e.g. "# !!! {#L1}"']],
    ['level heading with only an id', '# {#L1}\n## Do\n* a\n', ['bad.md:1: level heading has no title']],
    ['section title without letters', '# L1\n## ???\n* a\n', ['bad.md:2: section heading "???" needs letters or digits to make an id']],
  ];

  for (const [name, text, errors] of cases) {
    test(name, () => {
      const result = compileLadder([{ path: 'bad.md', text }]);
      assert.deepEqual(result.errors.map(formatCompileError), errors);
      assert.equal(result.ladder, undefined);
    });
  }

  test('errors in several files keep their own paths, ordered by file and line', () => {
    const { errors } = compileLadder([
      { path: 'levels/L1.md', text: '# L1\n## Do\n* a\n\nstray\n' },
      { path: 'levels/L2.md', text: 'oops\n# L2\nSame as L9 and...\n' },
      { path: 'levels/_ladder.md', text: 'before\n# Title\n' },
    ]);
    assert.deepEqual(errors.map(formatCompileError), [
      'levels/L2.md:3: unknown level "L9" in "Same as": no level has that id or title (levels: L1, L2)',
      'levels/_ladder.md:1: paragraph before the ladder title ("# Title")',
    ]);
  });

  test('a bad --id is reported with its JSON path', () => {
    assert.deepEqual(compileLadder([{ path: 'a.md', text: '# L1\n## Do\n* a\n' }], { id: 'Not A Slug' }).errors.map(formatCompileError), [
      'a.md:1: $.id: "Not A Slug" is not a valid ladder slug (lowercase letters, digits and single dashes, e.g. "should-have")',
    ]);
  });

  test('two ladder description files, or only one', () => {
    assert.deepEqual(
      compileLadder([
        { path: 'x/README.md', text: '# A\n' },
        { path: 'x/_ladder.md', text: '# B\n' },
      ]).errors.map(formatCompileError),
      ['x/_ladder.md:1: a second ladder description file; x/README.md already describes the ladder'],
    );
    assert.deepEqual(compileLadder([{ path: 'x/README.md', text: 'no title\n' }]).errors.map(formatCompileError), [
      'x/README.md:1: a ladder description file needs a title ("# Title")',
    ]);
    assert.deepEqual(compileLadder([{ path: 'x/README.md', text: '# Only a title\n' }]).errors.map(formatCompileError), [
      'x/README.md:1: no levels found: a level is a heading followed by sections or lists, a front matter title, a table row or a CSV row',
    ]);
  });
});

describe('inputs that used to be refused are read, or left out with a warning', () => {
  const cases: [name: string, text: string, warnings: string[], items: Record<string, string[]>[]][] = [
    ['text before the first level is the description', 'Intro text\n\n# L1\n## Do\n* a\n', [], [{ do: ['a'] }]],
    ['a list right under a level goes to "Expectations"', '# L1\n> Summary\n\n* a\n', [], [{ expectations: ['a'] }]],
    ['task boxes are dropped: the item is plain', '# L1\n## Do\n- [ ] a\n- [x] b\n', [], [{ do: ['a', 'b'] }]],
    [
      'a table in a level: sections and their items',
      '# L1\n## Do\n* a\n\n| Area | Expectation |\n|---|---|\n| Testing | Writes tests |\n',
      [],
      [{ do: ['a'], testing: ['Writes tests'] }],
    ],
    [
      'code block',
      '# L1\n## Do\n* a\n\n```\ncode\n```\n',
      ['bad.md:5: ignored code block: a level holds a summary, a "Same as" line, sections, lists and tables'],
      [{ do: ['a'] }],
    ],
    [
      'html block',
      '# L1\n## Do\n* a\n\n<div>hi</div>\n',
      ['bad.md:5: ignored HTML block: a level holds a summary, a "Same as" line, sections, lists and tables'],
      [{ do: ['a'] }],
    ],
    [
      'section without items',
      '# L1\n## Do\n* a\n## Avoid\n\n',
      ['bad.md:4: ignored section heading "Avoid": it has no items (a list under it)'],
      [{ do: ['a'] }],
    ],
    [
      'heading depth 5 without items',
      '# L1\n## Do\n* a\n##### Deep\n',
      ['bad.md:4: ignored section heading "Deep": it has no items (a list under it)'],
      [{ do: ['a'] }],
    ],
    [
      'orphan paragraph',
      '# L1\n## Do\n* a\n\nSome words about the level.\n',
      [
        'bad.md:5: ignored paragraph "Some words about the level.": only lists hold items here (a paragraph is a summary right after the level heading, or a section\'s description right after its heading)',
      ],
      [{ do: ['a'] }],
    ],
    [
      'late blockquote',
      '# L1\n## Do\n* a\n\n> Late summary\n',
      ['bad.md:5: ignored blockquote: a level summary is a quote right after the level heading'],
      [{ do: ['a'] }],
    ],
  ];
  for (const [name, text, warnings, items] of cases) {
    test(name, () => {
      const { ladder, warnings: got } = compileChecked([{ path: 'bad.md', text }]);
      assert.deepEqual(got, warnings);
      assert.deepEqual(
        ladder.levels.map((l) => Object.fromEntries(Object.entries(l.items).map(([k, v]) => [k, v.map((i) => i.text)]))),
        items,
      );
    });
  }

  test('every line of the house-style fixtures and the bundled ladder is accounted for', () => {
    compileChecked([fixture('many/ladder.md')]);
    compileChecked(['_ladder.md', 'L1.md', 'L2.md', 'L10.md'].map((f) => fixture(`natural/${f}`)));
    compileChecked(
      ['_ladder.md', 'L1.md', 'L2.md', 'L3.md', 'L4.md', 'L5.md'].map((f) => ({
        path: `ladders/engineering/${f}`,
        text: readFileSync(new URL(`../../ladders/engineering/${f}`, import.meta.url), 'utf8'),
      })),
    );
  });
});
