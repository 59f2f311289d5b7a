// `npm run test:node`: every test/node/*.test.ts (or the files named on the command line), each in
// its own process (`node --import tsx`, whose flags the runner passes on), two at a time: one per
// core of the 2-core machine the suite is sized for.
//
// The longest files start first. node --test sorts its files by name, which started the longest
// (storybook.test.ts, over 30 s) among the last, alone for its final half-minute while the other
// slot had nothing left to do. LONGEST_FIRST lists them by their duration on that machine; every
// other file follows, by name. A file missing from the list still runs, only later than it could.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('node/', import.meta.url));

const LONGEST_FIRST = [
  'storybook.test.ts',
  'hosts.test.ts',
  'store-e2e.test.ts',
  'consumers.test.ts',
  'hardening-embed.test.ts',
  'playground.test.ts',
  'e2e.test.ts',
  'size.test.ts',
  'ssr.test.ts',
  'clobbering.test.ts',
  'hardening-cli.test.ts',
  'trusted-types.test.ts',
];

const rank = (name) => (LONGEST_FIRST.includes(name) ? LONGEST_FIRST.indexOf(name) : LONGEST_FIRST.length);
const named = process.argv.slice(2);
const files = named.length
  ? named.map((f) => join(process.cwd(), f))
  : readdirSync(DIR)
      .filter((name) => name.endsWith('.test.ts'))
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
      .map((name) => join(DIR, name));

const stream = run({ files, concurrency: 2 });
stream.on('test:fail', (event) => {
  if (!event.todo) process.exitCode = 1;
});
stream.compose(new spec()).pipe(process.stdout);
