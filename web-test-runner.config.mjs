import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, MISSING_CHROMIUM, findChromium } from './test/chromium.mjs';
import { startRatingsServer } from './test/support/ratings-server.mjs';

const executablePath = findChromium();
if (!executablePath) {
  console.error(MISSING_CHROMIUM);
  process.exit(1);
}

/**
 * The ratings server the HTTP-store tests save to: a real loopback server of its own (not the test
 * runner's middleware), started and stopped with the runner. Tests find its origin at /__ratings-server.json.
 * @type {Awaited<ReturnType<typeof startRatingsServer>> | undefined}
 */
let ratingsServer;
const ratingsServerPlugin = {
  name: 'ratings-server',
  async serverStart() {
    ratingsServer = await startRatingsServer();
  },
  async serverStop() {
    await ratingsServer?.close();
  },
  serve(context) {
    if (context.path === '/__ratings-server.json') return { body: JSON.stringify({ origin: ratingsServer?.origin }), type: 'json' };
  },
};

const LONGEST_FIRST = [
  'test/scale.test.ts',
  'test/review.test.ts',
  'test/compare.test.ts',
  'test/checklist.test.ts',
  'test/hardening/xss.test.ts',
  'test/checklist-ux.test.ts',
  'test/level-card.test.ts',
  'test/stores/http-store.test.ts',
];

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // The longest files first (each over 4 s on the 2-core machine), the rest by name: a long file
  // started last would run alone at the end.
  files: [...LONGEST_FIRST, 'test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // Legacy decorators (tsconfig's experimentalDecorators) are transformed by esbuild here and by Vite in the build.
  // Target esnext keeps `import … with { type: 'json' }`, so Chromium loads the ladders as native JSON modules
  // and a test may still fetch() the same files as plain JSON.
  // a11ySnapshotPlugin: accessible names as the browser computes them (`a11ySnapshot` in tests).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'esnext' }), ratingsServerPlugin, a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      // Site isolation off: these pages are one origin (and same-origin iframes), and with it on
      // Chromium spent ~40 % more CPU on the same 27 files (109 → 68 cpu-s, 58 → 40 s on 2 cores).
      // Cross-site behaviour (third-party storage, cross-origin frames) is tested in test/node/
      // with Chromium's defaults, where it changes what a page can do.
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS, '--disable-site-isolation-trials', '--disable-features=site-per-process,IsolateOrigins'],
      },
      // Each test file's page in a browser context of its own: its own window, so it is never a
      // background tab (which gets no requestAnimationFrame and no focus, and tests use both), and
      // its own storage, so two files running at once cannot see each other's saved ratings.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  // Two files at once: one per core of the 2-core machine the suite is sized for.
  concurrency: 2,
  testFramework: { config: { timeout: 10_000 } },
  // test/support/root-hooks.ts runs before each test file (see there why).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><body><script type="module" src="/test/support/root-hooks.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 300_000,
  // The model and data layers must stay fully covered by tests written against real behaviour.
  coverageConfig: { include: ['src/**/*.ts'] },
};
