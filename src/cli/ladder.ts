#!/usr/bin/env node
/**
 * The `ladder` command: `ladder build` compiles ladder Markdown to JSON, `ladder validate` checks
 * ladder JSON. Exit codes: 0 success, 1 compile or validation errors, 2 usage errors.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileLadder, formatCompileError, formatSummary, ladderJson } from '../markdown/compile/index.js';
import { precompileLadder } from '../markdown/precompile.js';
import { parseJsonText } from '../model/json-text.js';
import type { Ladder } from '../model/types.js';
import { parseLadder } from '../model/validate.js';
import { parseArgs } from './args.js';
import { checkOut, collectSources, UsageError } from './sources.js';

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Inputs and --out are resolved against it; messages show paths as given. */
  cwd: string;
}

export const HELP = `Usage: ladder <command> [options]

Commands:
  build <file|folder>...     Compile a ladder to ladder JSON: Markdown (.md; levels at any heading
                             depth, front matter, progression-framework YAML, labelled or
                             competency-first content, tables), spreadsheets (.csv, .tsv: long or
                             matrix) and HTML tables (.html). A folder contributes its *.md files
                             (or, without any, its .csv/.tsv/.html files) in natural order (L2
                             before L10); README.md or _ladder.md in it gives the ladder title
                             ("# Title") and description (the text below).
                             Prints what it understood (levels, what each builds on, items per
                             section) and every warning to stderr; the ladder JSON to stdout.
    --out <file>             Write the JSON to <file> instead of stdout (never one of the inputs)
    --json                   Print the build summary as JSON to stdout (needs --out):
                             {"out", "summary": {ladder, files, sections, levels, items, warnings},
                             "warnings": [{file, line, message}]}; on errors {"errors", "warnings"}
    --cumulative             Each level builds on the one before it (a level titled "All levels"
                             is the shared base); front matter "cumulative: true" says the same
    --id <slug>              Ladder id (default: slug of the first folder's or file's name)
    --title <text>           Ladder title (default: README.md/_ladder.md title, else the name)
    --precompile             Add each Markdown text's precompiled form ("precompiled"), so that
                             pages show the ladder without loading a Markdown parser
  validate <ladder.json>...  Check ladder JSON files against the format
  render <element>           Write an element's HTML with its shadow root as declarative shadow DOM
                             (readable before any script runs; the page's script then takes over).
                             <element>: card, compare or checklist
    --ladder <file.json|id>  The ladder (default: the bundled "engineering")
    --level <id>             The level (card, checklist)
    --levels "<id> <id>"     The levels to compare (compare; default: all)
    --mode <delta|cumulative>   (compare)
    --show-inherited, --compact (card)
    --storage-key <key>      (checklist)
    --theme <light|dark>
    --src <url>              Where the page will serve the ladder JSON (written as src="…"; without
                             it the element says ladder="<id>", which must be bundled or registered)
    --script <url>           Write a whole page that loads the elements from <url>
    --out <file>             Write to <file> instead of stdout

Options:
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 success (also with warnings), 1 compile or validation errors, 2 usage errors.
`;

function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ladder-elements') return pkg.version ?? 'unknown';
    }
    if (dirname(dir) === dir) return 'unknown';
    dir = dirname(dir);
  }
}

const countItems = (ladder: Ladder): number =>
  ladder.levels.reduce((n, level) => n + Object.values(level.items).reduce((m, items) => m + items.length, 0), 0);

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

async function build(args: string[], io: Io): Promise<number> {
  const { inputs, flags } = parseArgs(args, ['--out', '--id', '--title'], ['--json', '--cumulative', '--precompile']);
  if (inputs.length === 0) throw new UsageError('build needs at least one Markdown file or folder');
  const out = flags.get('--out');
  const json = flags.has('--json');
  if (json && out === undefined) throw new UsageError('--json prints the build summary to stdout, so the ladder needs --out <file>');
  const sources = await collectSources(inputs, io.cwd, (message) => io.stderr.write(`ladder: ${message}\n`));
  const target = out === undefined ? undefined : await checkOut(out, io.cwd, sources);
  const id = flags.get('--id');
  const title = flags.get('--title');
  const { ladder, errors, warnings, summary } = compileLadder(sources.files, {
    ...(sources.name !== undefined ? { name: sources.name } : {}),
    ...(id !== undefined ? { id } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(flags.has('--cumulative') ? { cumulative: true } : {}),
  });
  for (const w of warnings) io.stderr.write(`${formatCompileError(w)}\n`);
  if (!ladder || !summary) {
    for (const e of errors) io.stderr.write(`${formatCompileError(e)}\n`);
    if (json) io.stdout.write(`${JSON.stringify({ errors, warnings }, null, 2)}\n`);
    return 1;
  }
  const text = ladderJson(flags.has('--precompile') ? precompileLadder(ladder) : ladder);
  if (target === undefined || out === undefined) {
    io.stdout.write(text);
    io.stderr.write(formatSummary(summary));
    return 0;
  }
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  if (json) io.stdout.write(`${JSON.stringify({ out, summary, warnings }, null, 2)}\n`);
  else {
    io.stdout.write(`wrote ${out} (${plural(ladder.levels.length, 'level')}, ${plural(countItems(ladder), 'item')})\n`);
    io.stderr.write(formatSummary(summary));
  }
  return 0;
}

async function validate(args: string[], io: Io): Promise<number> {
  const { inputs } = parseArgs(args, []);
  if (inputs.length === 0) throw new UsageError('validate needs at least one ladder JSON file');
  const texts: string[] = [];
  for (const input of inputs) {
    const bytes = await readFile(resolve(io.cwd, input)).catch(() => undefined);
    if (bytes === undefined) throw new UsageError(`no such file: ${input}`);
    // Decoded as a browser decodes a fetched ladder (a leading byte order mark dropped, bad bytes
    // replaced), then read as the elements read it (one more byte order mark allowed).
    texts.push(new TextDecoder().decode(bytes));
  }
  let failed = false;
  inputs.forEach((input, i) => {
    const text = texts[i] ?? '';
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      failed = true;
      // The same words and place as the elements give (JSON.parse's own message differs between
      // Node versions and quotes the file's text, escape sequences and all, to the terminal).
      const { line, column, reason } = parsed.error;
      io.stderr.write(
        reason === 'the text is empty'
          ? `${input}:1: invalid JSON: the file is empty\n`
          : `${input}:${line}: invalid JSON: ${reason} (column ${column})\n`,
      );
      return;
    }
    const result = parseLadder(parsed.value);
    if (result.ok) {
      const { ladder } = result;
      io.stdout.write(`${input}: ok (${plural(ladder.levels.length, 'level')}, ${plural(countItems(ladder), 'item')})\n`);
    } else {
      failed = true;
      for (const e of result.errors) io.stderr.write(`${input}: ${e.path}: ${e.message}\n`);
    }
  });
  return failed ? 1 : 0;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === '-h' || command === '--help' || command === 'help' || (command && args.includes('--help'))) {
      io.stdout.write(HELP);
      return 0;
    }
    if (command === '-v' || command === '--version') {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (command === 'build') return await build(args, io);
    if (command === 'validate') return await validate(args, io);
    if (command === 'render') return await (await import('./render.js')).renderCommand(args, io);
    throw new UsageError(command === undefined ? 'missing command' : `unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`ladder: ${e.message}; run \`ladder --help\`\n`);
      return 2;
    }
    io.stderr.write(`ladder: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
}
