// The shapes real ladders are published in (issue 13), one fixture each, written for these tests.
// Every test also checks that each line of the fixture went into the ladder or is named by a warning.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileLadder, formatCompileError } from '../../src/markdown/compile/index.js';
import { compileChecked, itemsOf, levelsOf, sources } from './support/compile-helpers.js';

const W = 'ladders-in-the-wild';

describe('Markdown shapes', () => {
  test('1–3, 8, 9: a handbook page: title and intro, ## levels, paragraph summaries, nested details, task boxes', () => {
    const { ladder, warnings } = compileChecked(sources(`${W}/handbook`), { name: 'handbook' });
    assert.equal(ladder.title, 'Northwind Engineering Career Ladder');
    assert.equal(
      ladder.description,
      'This page describes how engineers grow at Northwind. Read it with your manager.\n\n- Levels are cumulative unless a level says otherwise.\n- Each level lists what we expect, not a checklist to finish.\n\n## How to read this\n\nEvery level starts with a short summary, then what we expect.',
    );
    assert.deepEqual(levelsOf(ladder), [
      ['engineer-i', 'Engineer I', null],
      ['engineer-ii', 'Engineer II', 'engineer-i'],
    ]);
    assert.equal(ladder.levels[0]?.summary, 'Usually one to two years at this level. Works on well-defined tasks with guidance.');
    assert.equal(ladder.levels[1]?.summary, 'Owns features of moderate size from design to release.');
    assert.deepEqual(itemsOf(ladder, 'engineer-i'), {
      delivery: [
        'Ships small, well-tested changes',
        'Breaks a task into steps before starting: [details: writes the steps in the ticket | asks for a review of the plan]',
        'Keeps the team board up to date',
      ],
      collaboration: ['Asks for help after trying for a while', 'Reviews pull requests of teammates'],
    });
    assert.deepEqual(itemsOf(ladder, 'engineer-ii'), {
      delivery: ['Ships features that span several services', 'Estimates their own work and flags risks early'],
      'red-flags': ['Leaves broken builds for others to fix'],
    });
    assert.equal(ladder.levels[1]?.items.delivery?.[0]?.replaces, 'ship-small');
    assert.deepEqual(
      ladder.sections.map((s) => [s.id, s.kind]),
      [
        ['delivery', 'expectation'],
        ['collaboration', 'expectation'],
        ['red-flags', 'red-flag'],
      ],
    );
    assert.deepEqual(warnings, []);
  });

  test('2: ### levels under ## group headings; the groups are named in warnings', () => {
    const { ladder, warnings } = compileChecked(sources(`${W}/groups`), { name: 'groups' });
    assert.equal(ladder.title, 'Platform Team Levels');
    assert.deepEqual(levelsOf(ladder), [
      ['SE1', 'Software Engineer', null],
      ['SE2', 'Senior Software Engineer', 'SE1'],
      ['EM1', 'Engineering Manager', 'SE2'],
    ]);
    assert.deepEqual(itemsOf(ladder, 'SE1'), {
      craft: ['Writes readable code with tests'],
      ownership: ['Follows up on incidents they were part of'],
    });
    assert.deepEqual(itemsOf(ladder, 'SE2'), { craft: ['Designs systems that other teams can build on'] });
    assert.deepEqual(itemsOf(ladder, 'EM1'), { ownership: ["Runs the team's on-call rotation", 'Holds regular one-on-ones'] });
    assert.deepEqual(warnings, [
      'test/fixtures/ladders-in-the-wild/groups/ladder.md:3: ignored heading "Individual contributors": it groups levels, and the ladder format has no level groups',
      'test/fixtures/ladders-in-the-wild/groups/ladder.md:22: ignored heading "Managers": it groups levels, and the ladder format has no level groups',
    ]);
  });

  test('4: one file per level with YAML front matter; the level number orders them over the file names', () => {
    const { ladder, warnings } = compileChecked(sources(`${W}/jekyll`), { name: 'jekyll' });
    assert.deepEqual(levelsOf(ladder), [
      ['associate-engineer', 'Associate Engineer', null],
      ['engineer', 'Engineer', 'associate-engineer'],
      ['senior-engineer', 'Senior Engineer', 'engineer'],
      ['staff', 'Staff Engineer', 'senior-engineer'],
      ['P5', 'Principal Engineer', 'staff'],
    ]);
    assert.equal(ladder.levels[0]?.summary, "Learning the codebase and the team's practices.");
    assert.equal(ladder.levels[1]?.summary, 'Works independently on most tasks.');
    assert.deepEqual(itemsOf(ladder, 'associate-engineer'), {
      responsibilities: ['Fixes bugs in one area with a mentor', 'Writes tests for their own changes'],
      skills: ['Reads and follows the style guide'],
    });
    assert.deepEqual(itemsOf(ladder, 'senior-engineer'), {
      responsibilities: ['Leads the design of larger features'],
      skills: ['Coaches others on testing'],
    });
    assert.deepEqual(itemsOf(ladder, 'P5'), { responsibilities: ['Sets the technical direction of the organisation'] });
    const dir = 'test/fixtures/ladders-in-the-wild/jekyll';
    assert.deepEqual(warnings, [
      `${dir}/associate.md:5: ignored front matter "layout": a level's front matter has title, id, level (or order), inherits and summary`,
      `${dir}/principal.md:4: level "P5" comes after "staff" and last by its level number 5, not where its file name sorts it`,
      `${dir}/senior.md:3: level "senior-engineer" comes after "engineer" and before "staff" by its level number 3, not where its file name sorts it`,
      `${dir}/staff.md:4: level "staff" comes after "senior-engineer" and before "P5" by its level number 4, not where its file name sorts it`,
    ]);
  });

  test('5: the progression-framework matrix in front matter; examples stay attached to their item', () => {
    const { ladder, warnings } = compileChecked(sources(`${W}/progression/web.md`));
    assert.equal(ladder.title, 'Web Engineering');
    assert.equal(ladder.description, 'This framework describes how web engineers progress.\nIt is updated every quarter.');
    assert.deepEqual(levelsOf(ladder), [
      ['L1', 'Level 1', null],
      ['L2', 'Level 2', null],
      ['L3', 'Level 3', null],
    ]);
    assert.deepEqual(
      ladder.sections.map((s) => s.id),
      ['browsers', 'accessibility'],
    );
    assert.deepEqual(itemsOf(ladder, 'L1'), {
      browsers: [
        'Explains how a page is loaded and rendered',
        'Uses the developer tools to debug layout',
        'Finds the cause of a slow page [examples: Profiled the checkout page and removed a blocking script | Spotted an oversized image in the network panel]',
      ],
      accessibility: ['Uses semantic HTML elements'],
    });
    assert.deepEqual(itemsOf(ladder, 'L2'), { browsers: ['Chooses between rendering strategies for a feature'] });
    assert.deepEqual(itemsOf(ladder, 'L3'), {
      accessibility: ['Sets the accessibility standards for the web teams [examples: Wrote the checklist every web pull request follows]'],
    });
    assert.equal(warnings.length, 4);
    assert.match(warnings[0] ?? '', /web\.md:2: ignored front matter "path": not part of a ladder/);
  });

  test('6: labelled content: **Label:** paragraphs and "- Label: text" bullets are sections; "- Scope:" splits its nested bullets', () => {
    const { ladder } = compileChecked(sources(`${W}/labelled/ladder.md`));
    assert.equal(ladder.title, 'Data Engineering Levels');
    assert.deepEqual(levelsOf(ladder), [
      ['level-1', 'Level 1', null],
      ['level-2', 'Level 2', null],
    ]);
    assert.deepEqual(itemsOf(ladder, 'level-1'), {
      'technical-knowledge': ['Knows SQL and one programming language well enough to change pipelines.'],
      communication: ['Writes clear updates in the team channel.'],
      impact: ['Their work improves one pipeline at a time.'],
      scope: ['A single task', 'Bugs in code they know'],
    });
    assert.deepEqual(itemsOf(ladder, 'level-2'), {
      'technical-knowledge': ["Designs new pipelines and reviews others' designs."],
      impact: ['Their work improves the reliability of a whole domain.'],
    });
  });

  test('7: competency-first: regrouped by level, levels in the order first given, descriptions kept', () => {
    const { ladder } = compileChecked(sources(`${W}/competency-first/matrix.md`));
    assert.equal(ladder.description, 'Each competency lists what we look for at each level.');
    assert.deepEqual(levelsOf(ladder), [
      ['beginner', 'Beginner', null],
      ['intermediate', 'Intermediate', null],
      ['expert', 'Expert', null],
    ]);
    assert.deepEqual(
      ladder.sections.map((s) => [s.id, s.description]),
      [
        ['communication', 'Sharing information so that others can act on it.'],
        ['troubleshooting', 'Finding the cause of a problem and fixing it.'],
      ],
    );
    assert.deepEqual(itemsOf(ladder, 'beginner'), {
      communication: ['Writes clear ticket updates', 'Asks questions when a request is unclear'],
      troubleshooting: ['Reproduces a reported problem'],
    });
    assert.deepEqual(itemsOf(ladder, 'intermediate'), {
      communication: ['Explains technical causes to customers in plain words'],
      troubleshooting: ['Reads logs across several services: [details: correlates request ids | narrows down the time window]'],
    });
    assert.deepEqual(itemsOf(ladder, 'expert'), { troubleshooting: ['Builds tools that shorten investigations for the whole team'] });
  });

  test('12: cumulative from _ladder.md front matter: "All levels" is the base, sections in the declared order, empty sections warned', () => {
    const { ladder, warnings } = compileChecked(sources(`${W}/cumulative`), { name: 'cumulative' });
    assert.deepEqual(levelsOf(ladder), [
      ['all-levels', 'All levels', null],
      ['level-1', 'Level 1', 'all-levels'],
      ['level-2', 'Level 2', 'level-1'],
    ]);
    assert.deepEqual(
      ladder.sections.map((s) => s.id),
      ['technical-skills', 'teamwork', 'red-flags'],
    );
    assert.deepEqual(itemsOf(ladder, 'all-levels'), {
      teamwork: ['Treats colleagues with respect'],
      'red-flags': ['Blames others for incidents'],
    });
    assert.deepEqual(itemsOf(ladder, 'level-2'), {
      'technical-skills': ['Designs small components'],
      teamwork: ['Helps teammates when they are blocked'],
    });
    assert.deepEqual(warnings, [
      'test/fixtures/ladders-in-the-wild/cumulative/levels.md:14: ignored section heading "Red flags": it has no items (a list under it)',
    ]);
  });

  test('12: --cumulative as an option, for a house-style ladder without "Same as" lines', () => {
    const text = '# L1\n## Do\n* a\n# L2\n## Do\n* b\n# L3\n## Do\n* c\n';
    const ladder = compileLadder([{ path: 'a.md', text }], { cumulative: true }).ladder;
    assert.deepEqual(
      ladder?.levels.map((l) => l.inherits ?? null),
      [null, 'L1', 'L2'],
    );
    assert.deepEqual(
      compileLadder([{ path: 'a.md', text }]).ladder?.levels.map((l) => l.inherits ?? null),
      [null, null, null],
    );
  });
});

describe('tables and spreadsheets', () => {
  test('10: a Markdown table with levels as rows; <br> separates items', () => {
    const { ladder } = compileChecked(sources(`${W}/tables/levels-as-rows.md`));
    assert.equal(ladder.title, 'Mobile Ladder');
    assert.deepEqual(levelsOf(ladder), [
      ['junior', 'Junior', null],
      ['mid', 'Mid', null],
      ['senior', 'Senior', null],
    ]);
    assert.deepEqual(itemsOf(ladder, 'junior'), { craft: ['Builds screens from designs', 'Writes unit tests'], impact: ['Their team'] });
    assert.deepEqual(ladder.levels[2]?.items.craft, [{ id: 'app-arch', text: 'Sets the app architecture' }]);
  });

  test('10: an HTML table with levels as columns, unclosed <li>, nested lists as details, <p> items', () => {
    const { ladder, warnings } = compileChecked(sources(`${W}/tables/levels-as-columns.html`));
    assert.equal(ladder.title, 'Quality Engineering Matrix');
    assert.equal(ladder.description, 'Exported from the team wiki.');
    assert.deepEqual(levelsOf(ladder), [
      ['QA1', 'QA1', null],
      ['QA2', 'QA2', null],
    ]);
    assert.deepEqual(itemsOf(ladder, 'QA1'), {
      testing: ['Writes test cases from stories', 'Reports bugs with steps'],
      tooling: ['Runs the existing suites'],
    });
    assert.deepEqual(itemsOf(ladder, 'QA2'), {
      testing: ['Designs a test strategy for a feature [details: risk-based | automated first]', "Reviews others' test plans"],
      tooling: ['Adds tests to the CI pipeline', 'Keeps the suites fast'],
    });
    assert.deepEqual(warnings, [
      'test/fixtures/ladders-in-the-wild/tables/levels-as-columns.html:3: ignored HTML text "QA ladder export": only tables are read from HTML',
    ]);
  });

  test('11: a long CSV with a byte order mark, CRLF, a quoted multi-line cell, ids and examples', () => {
    const { ladder } = compileChecked(sources(`${W}/csv/long.csv`));
    assert.deepEqual(levelsOf(ladder), [
      ['L1', 'L1', null],
      ['L2', 'L2', null],
    ]);
    assert.deepEqual(itemsOf(ladder, 'L1'), { delivery: ['Ships small changes with tests', 'Asks for a review\nbefore merging'] });
    assert.deepEqual(itemsOf(ladder, 'L2'), {
      delivery: ['Ships features end to end [examples: Shipped the export feature | Ran the launch checklist]'],
      mentoring: ['Pairs with new joiners'],
    });
    assert.equal(ladder.levels[0]?.items.delivery?.[0]?.id, 'd1');
    assert.doesNotMatch(JSON.stringify(ladder), /\\r|\uFEFF/);
  });

  test('11: a ;-delimited matrix CSV with multi-line cells and a description column, and a TSV', () => {
    const { ladder } = compileChecked(sources(`${W}/csv/matrix-semicolon.csv`));
    assert.deepEqual(levelsOf(ladder), [
      ['junior', 'Junior', null],
      ['senior', 'Senior', null],
    ]);
    assert.deepEqual(
      ladder.sections.map((s) => [s.id, s.description]),
      [
        ['coding', 'Writing code others can change'],
        ['operations', 'Keeping services running'],
      ],
    );
    assert.deepEqual(itemsOf(ladder, 'junior'), {
      coding: ['Writes readable code', 'Adds tests'],
      operations: ['Joins the on-call rotation'],
    });
    assert.deepEqual(itemsOf(ladder, 'senior'), {
      coding: ['Refactors for clarity', 'Sets coding standards'],
      operations: ['Leads incident reviews'],
    });
    const tsv = compileChecked(sources(`${W}/csv/matrix.tsv`)).ladder;
    assert.deepEqual(itemsOf(tsv, 'E2'), { design: ['Writes design docs'], reviews: ['Reviews architecture changes'] });
  });

  test('a table or spreadsheet that cannot be mapped says why and what to do', () => {
    const msg =
      'cannot map the table: neither its header row nor its first column names levels; name the first header cell "Level" (rows are levels) or "Competency" (columns are levels)';
    assert.deepEqual(compileLadder([{ path: 't.md', text: '| Foo | Bar |\n|---|---|\n| x | y |\n' }]).errors.map(formatCompileError), [
      `t.md:1: ${msg}`,
    ]);
    assert.deepEqual(compileLadder([{ path: 's.csv', text: '' }]).errors.map(formatCompileError), [
      's.csv:1: empty spreadsheet: expected a header row and one row per expectation or competency',
    ]);
  });
});

describe('what cannot be read is reported', () => {
  test('front matter that is not YAML: its line and the parser’s reason', () => {
    const errors = compileLadder([{ path: 'x.md', text: '---\ntitle: [unclosed\n---\n## Do\n- a\n' }]).errors.map(formatCompileError);
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /^x\.md:\d: cannot read the front matter: YAML error: /);
    assert.deepEqual(compileLadder([{ path: 'x.md', text: '---\ntitle: x\n' }]).errors.map(formatCompileError), [
      'x.md:1: front matter starts with "---" but has no closing "---" line',
    ]);
  });

  test('no levels at all: the error says what a level is', () => {
    assert.deepEqual(compileLadder([{ path: 'x.md', text: 'Just prose.\n' }]).errors.map(formatCompileError), [
      'x.md:1: no levels found: a level is a heading followed by sections or lists, a front matter title, a table row or a CSV row',
    ]);
  });
});
