// `npm run test:node`: every test/node/*.test.ts (or the files named on the command line), two
// processes at a time (`node --import tsx`, whose flags the runner passes on): one per core of the
// 2-core machine the suite is sized for.
//
// A file that drives Chromium (it imports the browser harness or playwright-core) runs in a process
// of its own. The others — the model, compiler, CLI, schema… in plain Node — run together in one
// process, through an entry file that imports them all: started one by one, their 21 processes
// spent more on starting Node and compiling TypeScript than on their tests (37 vs 20 cpu-s).
//
// The longest files start first. node --test sorts its files by name, which started the longest
// (storybook.test.ts, over 30 s) among the last, alone for its final half-minute while the other
// slot had nothing left to do. LONGEST_FIRST lists them by their duration on that machine; every
// other file follows, by name. A file missing from the list still runs, only later than it could.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from 'node:test';
import { chromium } from 'playwright-core';
import { spec } from 'node:test/reporters';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from './chromium.mjs';

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

/** Does this test file drive a browser (and so get a process of its own)? */
const usesBrowser = (file) => /from '(\.\.\/support\/browser\.js|playwright-core)'/.test(readFileSync(file, 'utf8'));

/** The temporary directory of the plain-Node entry file, removed at the end. */
let entryDir;

/** The plain-Node files as one: an entry file (in a temporary directory) that imports each of them. */
function together(plain) {
  if (plain.length < 2) return plain;
  entryDir = mkdtempSync(join(tmpdir(), 'ladder-node-tests-'));
  const entry = join(entryDir, 'plain-node.test.mjs');
  writeFileSync(entry, plain.map((file) => `import ${JSON.stringify(pathToFileURL(file).href)};\n`).join(''));
  return [entry];
}

const browserFiles = files.filter(usesBrowser);
// One Chromium for every file that drives one (test/support/browser.ts, `testChromium`): each file
// connects to it, and works in browser contexts of its own. Launching one per file cost ~1.2 cpu-s each.
async function startChromium() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(MISSING_CHROMIUM);
    process.exit(1);
  }
  const server = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
  process.env.LADDER_CHROMIUM_WS = server.wsEndpoint();
  return server;
}
const browserServer = browserFiles.length ? await startChromium() : undefined;

// The plain-Node process (about 15 s) starts second, beside the longest browser file.
const stream = run({
  files: [...browserFiles.slice(0, 1), ...together(files.filter((file) => !usesBrowser(file))), ...browserFiles.slice(1)],
  concurrency: 2,
});
stream.on('test:fail', (event) => {
  if (!event.todo) process.exitCode = 1;
});
stream.on('end', () => {
  if (entryDir) rmSync(entryDir, { recursive: true, force: true });
  browserServer?.close();
});
stream.compose(new spec()).pipe(process.stdout);
