// `npm run test:node`: every test/node/*.test.ts (or the files named on the command line), in two
// processes (`node --import tsx`, whose flags the runner passes on): one per core of the 2-core
// machine the suite is sized for.
//
// Each process is a lane: an entry file (in a temporary directory) that imports its test files, which
// then run one after the other. Started one by one, each file's process cost ~1.3 cpu-s of starting
// Node, tsx and playwright-core: 21 plain-Node files spent more on that than on their tests (37 vs
// 20 cpu-s), and the 14 files that drive Chromium ~18 cpu-s more.
//
// The lanes are filled longest first, each file going to the lane with less to do so far, by SECONDS
// (each file's duration in npm test on that machine; a file missing from it counts as SHORT and still
// runs). The plain-Node files (the model, compiler, CLI, schema…) go together, as PLAIN seconds.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { run } from 'node:test';
import { chromium } from 'playwright-core';
import { spec } from 'node:test/reporters';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from './chromium.mjs';

const DIR = fileURLToPath(new URL('node/', import.meta.url));

const SECONDS = {
  'storybook.test.ts': 51,
  'hosts.test.ts': 29,
  'store-e2e.test.ts': 24,
  'consumers.test.ts': 20,
  'hardening-embed.test.ts': 17,
  'playground.test.ts': 15,
  'e2e.test.ts': 11,
  'ssr.test.ts': 7,
  'dev-server.test.ts': 6,
  'size.test.ts': 6,
  'clobbering.test.ts': 5,
  'trusted-types.test.ts': 3,
  'squeeze-css.test.ts': 2,
};
const PLAIN = 27;
const SHORT = 3;

const named = process.argv.slice(2);
const files = named.length
  ? named.map((f) => join(process.cwd(), f))
  : readdirSync(DIR)
      .filter((name) => name.endsWith('.test.ts'))
      .sort()
      .map((name) => join(DIR, name));

/** Does this test file drive a browser? */
const usesBrowser = (file) => /from '(\.\.\/support\/browser\.js|playwright-core)'/.test(readFileSync(file, 'utf8'));

/** Runs of files: the plain-Node ones as one unit, each browser file as its own; each with its seconds. */
const plain = files.filter((file) => !usesBrowser(file));
const units = [
  ...files.filter(usesBrowser).map((file) => ({ files: [file], seconds: SECONDS[basename(file)] ?? SHORT })),
  ...(plain.length ? [{ files: plain, seconds: PLAIN }] : []),
].sort((a, b) => b.seconds - a.seconds);

/** Two lanes, longest unit first, each to the lane with less so far. */
const lanes = [
  { files: [], seconds: 0 },
  { files: [], seconds: 0 },
];
for (const unit of units) {
  const lane = lanes[0].seconds <= lanes[1].seconds ? lanes[0] : lanes[1];
  lane.files.push(...unit.files);
  lane.seconds += unit.seconds;
}

/** The temporary directory of the lanes' entry files, removed at the end. */
let entryDir;

/** A lane's file to run: its one file, or an entry file that imports each of them in turn. */
function entryOf(lane, i) {
  if (lane.files.length < 2) return lane.files;
  entryDir ??= mkdtempSync(join(tmpdir(), 'ladder-node-tests-'));
  const entry = join(entryDir, `lane-${i + 1}.test.mjs`);
  writeFileSync(entry, lane.files.map((file) => `import ${JSON.stringify(pathToFileURL(file).href)};\n`).join(''));
  return [entry];
}

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
const browserServer = files.some(usesBrowser) ? await startChromium() : undefined;

const stream = run({ files: lanes.flatMap(entryOf), concurrency: 2 });
stream.on('test:fail', (event) => {
  if (!event.todo) process.exitCode = 1;
});
stream.on('end', () => {
  if (entryDir) rmSync(entryDir, { recursive: true, force: true });
  browserServer?.close();
});
stream.compose(new spec()).pipe(process.stdout);
