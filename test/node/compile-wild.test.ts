// Shapes found in real published ladders (handbook pages, career-framework repositories) that the
// compiler used to misread. Each fixture is written for these tests in the shape of a real one; every
// test also checks that each line went into the ladder or is named by a warning.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileLadder, formatCompileError } from '../../src/markdown/compile/index.js';
import { Builder } from '../../src/markdown/compile/builder.js';
import { looksLikeLevel, splitLevelName, stripEmphasis } from '../../src/markdown/compile/level-names.js';
import { type GridCell, mapGrid } from '../../src/markdown/compile/tables.js';
import { compileChecked, itemsOf, levelsOf, sources } from './support/compile-helpers.js';

const W = 'ladders-in-the-wild';
const dir = `test/fixtures/${W}`;

describe('level names', () => {
  test('a code in brackets, after a dash or before a separator is the id and leaves the title; a bare code stays in it', () => {
    const cases: [string, string, string][] = [
      ['Engineer L4', 'Engineer L4', 'L4'],
      ['Junior Programmer (L1)', 'Junior Programmer', 'L1'],
      ['Senior Engineer [IC2]', 'Senior Engineer', 'IC2'],
      ['Apprentice (IC 1)', 'Apprentice', 'IC1'],
      ['Engineer II (IC 3a)', 'Engineer II', 'IC3a'],
      ['Junior (L1-L2)', 'Junior', 'L1-L2'],
      ['Engineer II – E3', 'Engineer II', 'E3'],
      ['L1: Software Engineer I', 'Software Engineer I', 'L1'],
      ['D1 - Developer 1', 'Developer 1', 'D1'],
      ['IC3 Software Engineer', 'IC3 Software Engineer', 'IC3'],
      ['**Staff Engineer**', 'Staff Engineer', 'staff-engineer'],
      ['Director of Engineering (Manager 7)', 'Director of Engineering (Manager 7)', 'director-of-engineering-manager-7'],
      ['Level 2', 'Level 2', 'level-2'],
      ['Software Engineer (SWE)', 'Software Engineer (SWE)', 'software-engineer-swe'],
    ];
    for (const [name, title, id] of cases) {
      const got = splitLevelName(name);
      assert.deepEqual([got.title, got.id], [title, id], name);
    }
  });

  test('emphasis around a whole title goes; emphasis inside it stays', () => {
    assert.equal(stripEmphasis('*Mastery*'), 'Mastery');
    assert.equal(stripEmphasis('**Skill**'), 'Skill');
    assert.equal(stripEmphasis('__Scope__'), 'Scope');
    assert.equal(stripEmphasis('***Both***'), 'Both');
    assert.equal(stripEmphasis('Uses *our* tools'), 'Uses *our* tools');
    assert.equal(stripEmphasis('*a* and *b*'), '*a* and *b*');
    assert.equal(stripEmphasis('**'), '**');
  });

  test('a code in brackets makes a header cell name a level', () => {
    assert.equal(looksLikeLevel('Programmer (L2)'), true);
    assert.equal(looksLikeLevel('Category'), false);
  });
});

describe('tables in handbook pages', () => {
  test('a # title, an intro with its own headings and lists, then a matrix: title, description, levels from the header codes', () => {
    const files = sources(`${W}/titles-table`);
    const { ladder, warnings, result } = compileChecked(files, { name: 'titles' });
    const file = `${dir}/titles-table/titles-for-testers.md`;
    assert.equal(ladder.title, 'Titles for Testers');
    assert.equal(
      ladder.description,
      '## Test Leadership\n\nLead Testers (T4) guide Junior to Senior Testers (T1-3). Each guide is responsible for:\n- Reading every test plan of the people they guide.\n- Pairing on the first release of each new tester.\n\nA guide also keeps the shared device lab in order.',
    );
    assert.deepEqual(levelsOf(ladder), [
      ['T1', 'Junior Tester', null],
      ['T2', 'Tester', null],
      ['T3', 'Senior Tester', null],
      ['M1', 'Test Manager', null],
      ['M2', 'Head of Testing', null],
    ]);
    assert.deepEqual(
      ladder.sections.map((s) => [s.id, s.title]),
      [
        ['depth', 'Depth'],
        ['reach', 'Reach'],
        ['candour', 'Candour'],
      ],
    );
    assert.deepEqual(itemsOf(ladder, 'T1'), {
      depth: ['Follows written test plans.', "Knows one browser's developer tools."],
      reach: ['Tests their own tickets.'],
      candour: ['Reports what they found, even when unsure.'],
    });
    assert.deepEqual(itemsOf(ladder, 'T3'), {
      depth: ['Writes the test strategy of a product area.', 'Builds tools other testers use.'],
      reach: ['Tests across teams.'],
      candour: ['Stops a release when it is not ready.'],
    });
    assert.deepEqual(itemsOf(ladder, 'M2'), { reach: ['Runs testing for the company.'] });
    assert.deepEqual(warnings, [
      `${file}:11: ignored heading "Individual Contributor Expectations": it introduces the table at line 13`,
      `${file}:15: ignored row "Craft": it only groups the rows below it (a label and empty cells); the ladder has no section groups`,
      `${file}:19: ignored row "Conduct": it only groups the rows below it (a label and empty cells); the ladder has no section groups`,
      `${file}:22: ignored heading "Titles for Test Leadership": it introduces the table at line 23`,
      `${file}:25: ignored row "Craft": it only groups the rows below it (a label and empty cells); the ladder has no section groups`,
      `${file}:28: ignored heading "Tracks": it introduces the table at line 30`,
      `${file}:30: ignored the table at line 30: neither its header row nor its first column names levels (the levels come from the table at line 13)`,
      `${file}:34: ignored paragraph "Questions about titles go to the people…": in this document the tables hold the levels, and this comes after them`,
    ]);
    assert.equal(
      result.summary?.files[0]?.how,
      'the table at line 13 gives the levels (no # heading with a list is named like a level: "Titles for Testers")',
    );
  });

  test('an HTML table with blank lines between its rows is one table; empty cells hold no items', () => {
    const { ladder, warnings } = compileChecked(sources(`${W}/html-gaps/levels.md`));
    assert.deepEqual(levelsOf(ladder), [
      ['L1', 'Level 1', null],
      ['L2', 'Level 2', null],
    ]);
    assert.deepEqual(itemsOf(ladder, 'L1'), {
      delivery: ['Finishes small tasks with a buddy'],
      care: ['Keeps the runbook open during changes', 'Asks before touching production'],
    });
    assert.deepEqual(itemsOf(ladder, 'L2'), { delivery: ['Plans a change across two services'] });
    assert.deepEqual(warnings, []);
  });

  test('a first header cell "Level" over a header row of level codes: the columns are the levels', () => {
    const { ladder, result } = compileChecked(sources(`${W}/tables/level-header.md`));
    assert.deepEqual(levelsOf(ladder), [
      ['IC1', 'IC1', null],
      ['IC2', 'IC2', null],
      ['IC3', 'IC3', null],
    ]);
    assert.deepEqual(itemsOf(ladder, 'IC2'), { coding: ['Writes clean code'], design: ['Designs features'] });
    assert.match(
      result.summary?.files[1]?.how ?? '',
      /columns are levels, rows are sections \(its header row names levels, its first column none\)/,
    );
  });
});

describe('headings in handbook pages', () => {
  test('an overview table before the levels is part of the description; "E1: Title" headings; paragraph-only sections; an appendix', () => {
    const { ladder, warnings, result } = compileChecked(sources(`${W}/overview-table`), { name: 'harbour' });
    const file = `${dir}/overview-table/ladder.md`;
    assert.equal(ladder.title, 'Harbour Engineering Ladder');
    assert.equal(
      ladder.description,
      '## How we use it\n\nThis ladder describes sustained behaviour, not a checklist.\n\n## Levels at a glance\n\n| Level | Title | Scope |\n|-------|-------|-------|\n| E1 | Engineer I | Tasks |\n| E2 | Engineer II | Features |',
    );
    assert.deepEqual(levelsOf(ladder), [
      ['E1', 'Engineer I', null],
      ['E2', 'Engineer II', null],
    ]);
    assert.equal(ladder.levels[0]?.summary, undefined);
    assert.equal(ladder.levels[1]?.summary, 'Owns features from the first sketch to the release.');
    assert.deepEqual(itemsOf(ladder, 'E1'), {
      scope: ['Tasks inside a project someone else planned.'],
      craft: ['Writes code that others can read', 'Tests their own changes'],
    });
    assert.deepEqual(itemsOf(ladder, 'E2'), {
      scope: ['Features of one team.', 'Sometimes a small project.'],
      craft: ['Chooses between designs with the team'],
    });
    assert.deepEqual(
      result.summary?.files.map((f) => f.how),
      [
        'levels are the ## headings: the sections under them repeat ("Craft" under 2 of them)',
        'the table at line 9 comes before the first level: it is part of the description',
      ],
    );
    assert.deepEqual(warnings, [
      `${file}:29: ignored image "![E2 at a glance](e2.png)": a ladder holds text, and the elements show no images`,
      `${file}:43: ignored heading "Promotion process": the other ## headings name levels by a code (2 of them), this one names none`,
      `${file}:45: ignored list: it is not under a level heading (## …)`,
      `${file}:48: ignored paragraph: it is not under a level heading (## …)`,
    ]);
  });

  test('"D1 - Developer 1" headings, a table of contents before them, a picture and a links section after them', () => {
    const { ladder, warnings } = compileChecked(sources(`${W}/dash-codes`), { name: 'developer' });
    const file = `${dir}/dash-codes/developer.md`;
    assert.equal(ladder.title, 'Developer');
    assert.match(ladder.description ?? '', /^Also known as programmer\.\n\n\| Level \| Senior \| Position \|/);
    assert.deepEqual(levelsOf(ladder), [
      ['D1', 'Developer 1', null],
      ['D2', 'Developer 2', null],
    ]);
    assert.deepEqual(itemsOf(ladder, 'D1'), {
      technology: ['learns the tools the team chose'],
      people: ['learns from others and asks for help'],
    });
    assert.deepEqual(warnings, [
      `${file}:12: ignored HTML block: a level holds a summary, a "Same as" line, sections, lists and tables`,
      `${file}:24: ignored heading "Other Pages": it groups levels, and the ladder format has no level groups`,
      `${file}:26: ignored list: it is not under a level heading (## …)`,
    ]);
  });

  test('a bold label alone above a list heads a section; codes with a space ("IC 5a"); a labelled paragraph and the plain one after it', () => {
    const { ladder, warnings } = compileChecked(sources(`${W}/bold-labels`));
    assert.deepEqual(levelsOf(ladder), [
      ['IC5a', 'Team Lead', null],
      ['M6', 'Group Lead', null],
    ]);
    assert.equal(ladder.levels[1]?.summary, 'A group lead runs several teams through their leads.');
    assert.deepEqual(itemsOf(ladder, 'IC5a'), {
      'technical-knowledge': [
        'Knows every system the team owns well enough to review its changes.\n\nThis includes the systems the team inherited, not only the ones it built.',
      ],
      delivery: ["Plans the team's sprint with the product manager."],
    });
    assert.deepEqual(itemsOf(ladder, 'M6'), {
      planning: ['Sets the quarterly goals of the group', 'Balances roadmap work and maintenance'],
      'people-hiring': ['Hires team leads', 'Grows leads into group leads'],
    });
    assert.deepEqual(
      ladder.sections.map((s) => s.title),
      ['Technical Knowledge', 'Delivery', 'Planning', 'People & Hiring'],
    );
    assert.deepEqual(warnings, [
      `${dir}/bold-labels/ladder.md:27: ignored paragraph "**Note:**": a bold label alone on its line heads the list or paragraphs right below it, and none follows`,
    ]);
  });

  test('levels that hold only paragraphs: one item per paragraph, an emphasized first one is the summary, "__Label: text__" is labelled', () => {
    const { ladder, warnings, result } = compileChecked(sources(`${W}/paragraphs`));
    assert.deepEqual(levelsOf(ladder), [
      ['community-advocate-i', 'Community Advocate I', null],
      ['senior-community-advocate', 'Senior Community Advocate', null],
    ]);
    assert.equal(ladder.levels[0]?.summary, undefined);
    assert.equal(ladder.levels[1]?.summary, '_At this point, an advocate shapes what the community talks about._');
    assert.deepEqual(itemsOf(ladder, 'community-advocate-i'), {
      expectations: ['Answers questions in the community forum within a day.', 'Writes one tutorial a quarter with help from an editor.'],
      experience: ['Usually no professional experience needed.'],
    });
    assert.deepEqual(itemsOf(ladder, 'senior-community-advocate'), {
      expectations: ['Plans the community events of a region.', 'Mentors newer advocates on writing and speaking.'],
      experience: ['Usually five years of professional experience.'],
    });
    assert.deepEqual(warnings, []);
    assert.match(
      result.summary?.files.map((f) => f.how).join('\n') ?? '',
      /the levels hold only paragraphs: each is an item of "Expectations"/,
    );
  });

  test('one file per level ("# L1" over ### and #### sections): an "Overview" is the summary, paragraph sections are items, anti-patterns are red flags', () => {
    const { ladder, warnings } = compileChecked(sources(`${W}/one-file-per-level`), { name: 'maple' });
    assert.equal(ladder.title, 'Maple Career Ladder');
    assert.deepEqual(levelsOf(ladder), [
      ['L1', 'L1', null],
      ['L2', 'L2', null],
    ]);
    assert.equal(ladder.levels[0]?.summary, 'An L1 is early in their career and learning our stack.');
    assert.equal(ladder.levels[1]?.summary, 'An L2 works on their own and helps the people around them.');
    assert.deepEqual(itemsOf(ladder, 'L1'), {
      responsibilities: ['An L1 delivers small, well-understood changes and asks for help when stuck.'],
      impact: ['Shipping each task they pick up', 'Writing tests for it'],
      'anti-patterns': ['**Going quiet**. Not telling anyone that a task is stuck.'],
    });
    assert.deepEqual(itemsOf(ladder, 'L2'), { impact: ['Delivers features that span a sprint'] });
    assert.deepEqual(
      ladder.sections.map((s) => [s.id, s.kind, s.description ?? null]),
      [
        ['responsibilities', 'expectation', null],
        ['impact', 'expectation', 'An L1 makes an impact by finishing what they start. This means:'],
        ['anti-patterns', 'red-flag', null],
      ],
    );
    assert.deepEqual(warnings, [
      `${dir}/one-file-per-level/L1.md:22: ignored paragraph "*Next up*: [L2](L2.md)": only lists hold items here (a paragraph is a summary right after the level heading, or a section's description right after its heading)`,
    ]);
  });

  test('what these readings leave alone: a coded document title over named levels, one heading over a paragraph', () => {
    const v2 = compileChecked([
      { path: 'v2.md', text: '# Ladder v2\n\n## Junior\n### Craft\n- Reads code\n\n## Senior\n### Craft\n- Reviews code\n' },
    ]);
    assert.equal(v2.ladder.title, 'Ladder v2');
    assert.deepEqual(levelsOf(v2.ladder), [
      ['junior', 'Junior', null],
      ['senior', 'Senior', null],
    ]);
    assert.deepEqual(compileLadder([{ path: 'one.md', text: '# Acme\n\nAbout us.\n' }]).errors.map(formatCompileError), [
      'one.md:1: no levels found: a level is a heading followed by sections or lists, a front matter title, a table row or a CSV row',
    ]);
  });

  test('the same level names under two group headings: an error that names both groups and what to do', () => {
    const track = (name: string, verb: string) =>
      `## ${name}\n\n### Designer I\n#### Craft\n- ${verb} small things\n\n### Designer II\n#### Craft\n- ${verb} large things\n\n`;
    const text = `# Design\n\n${track('Product', 'Ships')}${track('Brand', 'Draws')}`;
    const result = compileLadder([{ path: 'tracks.md', text }]);
    const advice = (line: number, title: string, id: string, at: number) =>
      `tracks.md:${line}: level "${title}" (id "${id}") is also at line ${at}: the levels under "Product" and under "Brand" have the same names, and a ladder has one set of levels; compile each group as a ladder of its own (one file per group), or give the levels distinct ids (### ${title} {#brand-${id}})`;
    assert.deepEqual(result.errors.map(formatCompileError), [
      advice(15, 'Designer I', 'designer-i', 5),
      advice(19, 'Designer II', 'designer-ii', 9),
    ]);
    // Doing what it says gives one ladder with both groups' levels.
    const fixed = text.replace(
      /(## Brand[\s\S]*)### Designer I\n([\s\S]*)### Designer II\n/,
      '$1### Designer I {#brand-designer-i}\n$2### Designer II {#brand-designer-ii}\n',
    );
    assert.deepEqual(
      levelsOf(compileChecked([{ path: 'tracks.md', text: fixed }]).ladder).map(([id]) => id),
      ['designer-i', 'designer-ii', 'brand-designer-i', 'brand-designer-ii'],
    );
  });
});

describe('the progression framework', () => {
  test('a topic with an empty title is titled from its name', () => {
    const { ladder } = compileChecked(sources(`${W}/progression/untitled-topics.md`));
    assert.deepEqual(
      ladder.sections.map((s) => [s.id, s.title]),
      [
        ['ticket-handling', 'Ticket Handling'],
        ['teamwork', 'Teamwork'],
      ],
    );
  });
});

describe('the new scans are linear (10^5–10^6-character inputs)', () => {
  const spaces = ' '.repeat(200_000);
  const cases: [string, string][] = [
    ['a level title ending in "(" and 200 KB of spaces', `# Engineer (${spaces}\n## Do\n* a\n`],
    ['a level title with 100,000 " - " separators', `# ${'a - '.repeat(100_000)}L1\n## Do\n* a\n`],
    ['a title of 100,000 emphasis marks', `# ${'*'.repeat(100_000)}\n## Do\n* a\n`],
    ['10,000 unclosed <table> blocks', `${'<table>\n\n'.repeat(10_000)}# L1\n## Do\n* a\n`],
    ['an anti-pattern section title with a 200 KB run', `# L1\n## anti${spaces}x\n* a\n`],
    ['a labelled paragraph in 200 KB of underscores', `# L1\n_Scope:${'_'.repeat(200_000)}\n`],
  ];
  for (const [name, text] of cases) {
    test(`${name}: under 5 s`, { timeout: 20_000 }, () => {
      const start = performance.now();
      const result = compileLadder([{ path: 'x.md', text }]);
      const ms = performance.now() - start;
      assert.ok(result.ladder || result.errors.length, 'an answer');
      assert.ok(ms < 5000, `${Math.round(ms)} ms`);
    });
  }

  test('a grid of 30,000 group rows (mapped directly: the Markdown lexer would dominate): under 5 s', { timeout: 20_000 }, () => {
    const n = 30_000;
    const b = new Builder();
    const ledger = b.ledger('x.md', 'x\n'.repeat(n + 2));
    const cell = (text: string, line: number): GridCell => ({ text, line, to: line, items: text ? [{ text, line }] : [] });
    const rows = [['Category', 'L1', 'L2'].map((t) => cell(t, 1))];
    for (let i = 0; i < n; i++) rows.push([cell('**G**', i + 2), cell('', i + 2), cell('', i + 2)]);
    rows.push([cell('A', n + 2), cell('x', n + 2), cell('y', n + 2)]);
    const start = performance.now();
    mapGrid(b, ledger, { rows, from: 1, to: n + 2, what: 'the table' }, undefined);
    const ms = performance.now() - start;
    assert.equal(b.warnings.length, n);
    assert.deepEqual([...b.sections.keys()], ['a']);
    assert.ok(ms < 5000, `${Math.round(ms)} ms`);
  });
});
