/**
 * One harness for the Node tests that drive the built site in Chromium (playwright-core, Debian's
 * browser): a static server (./static-server.ts) and a Chromium (`testChromium`), started in
 * `before` and stopped in `after`; each test opens pages in a fresh context (its own storage and
 * cache), closed after the test (after each of its subtests too, unless the page is opened
 * `keepOpen`). Pages report what went wrong — page errors, console errors (and warnings, by default:
 * CSP violations are warnings), dialogs — as lines in `problems`. `launchChromium` is the one place
 * that starts the browser, for the benchmarks too.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type LaunchOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from '../chromium.mjs';
import { type StaticServer, type StaticServerOptions, startStaticServer } from './static-server.js';

export interface PageOptions {
  /** Scripts run in every frame before the page's own (after the `__name` shim below). */
  initScripts?: string[];
  /** Console message types reported as problems. Default: error and warning. */
  consoleTypes?: string[];
  viewport?: { width: number; height: number };
  /** Anything else for the new context: colorScheme, javaScriptEnabled, acceptDownloads… */
  context?: BrowserContextOptions;
  /** Keep the page's context open after the current test (and its subtests): it closes with the browser. */
  keepOpen?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** What went wrong so far, one line each; a test ends with `assert.deepEqual(problems, [])`. */
  problems: string[];
}

export interface BrowserHarness {
  /** `http://127.0.0.1:<port>` of the static server. */
  readonly origin: string;
  /** `http://localhost:<port>`: the same server as another site. */
  readonly otherOrigin: string;
  readonly server: StaticServer;
  readonly browser: Browser;
  /** A page in a new context, with its problems watched; not navigated yet. */
  newPage(options?: PageOptions): Promise<OpenedPage>;
  /** A page in a new context, navigated to `path` on the static server (waits for `load`). */
  open(path: string, options?: PageOptions): Promise<OpenedPage>;
}

// tsx (esbuild keepNames) wraps named functions in __name(); functions sent to page.evaluate need it.
const NAME_SHIM = 'window.__name = (f) => f;';

/** Launches Debian's Chromium headless, with the flags every test uses (and `extra` ones). */
export async function launchChromium(extra: string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  assert.ok(executablePath, MISSING_CHROMIUM);
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extra], headless: true, ...options });
}

/**
 * The Chromium a test file drives: the one test/node-tests.mjs started for every file of the run
 * (its address in LADDER_CHROMIUM_WS; `close()` then only disconnects), else one of its own. Each
 * test still works in browser contexts of its own (own storage, cache, permissions); one launch per
 * run instead of one per file saved about 1.2 cpu-s a file.
 */
export async function testChromium(): Promise<Browser> {
  const shared = process.env.LADDER_CHROMIUM_WS;
  return shared ? chromium.connect(shared) : launchChromium();
}

/** Chromium with a profile of its own (preferences written in `dir` beforehand): a browser and its one context. */
export async function launchChromiumWithProfile(dir: string): Promise<BrowserContext> {
  const executablePath = findChromium();
  assert.ok(executablePath, MISSING_CHROMIUM);
  return chromium.launchPersistentContext(dir, { executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Starts the server and the browser before the tests of the calling suite, and stops both after them. */
export function useBrowser(serverOptions: StaticServerOptions): BrowserHarness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const contexts = new Set<BrowserContext>();

  before(async () => {
    [server, browser] = await Promise.all([startStaticServer(serverOptions), testChromium()]);
  });
  afterEach(async () => {
    await Promise.all([...contexts].map((c) => c.close()));
    contexts.clear();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const harness: BrowserHarness = {
    get origin() {
      assert.ok(server, 'the static server is not started: use the harness inside a test');
      return server.origin;
    },
    get otherOrigin() {
      return harness.server.otherOrigin;
    },
    get server() {
      assert.ok(server, 'the static server is not started: use the harness inside a test');
      return server;
    },
    get browser() {
      assert.ok(browser, 'Chromium is not started: use the harness inside a test');
      return browser;
    },
    async newPage(options = {}) {
      const context = await harness.browser.newContext({ ...options.context, ...(options.viewport ? { viewport: options.viewport } : {}) });
      if (!options.keepOpen) contexts.add(context);
      for (const script of [NAME_SHIM, ...(options.initScripts ?? [])]) await context.addInitScript(script);
      const page = await context.newPage();
      const problems = watchProblems(page, options.consoleTypes ?? ['error', 'warning']);
      return { page, context, problems };
    },
    async open(path, options) {
      const opened = await harness.newPage(options);
      await opened.page.goto(`${harness.origin}${path}`);
      return opened;
    },
  };
  return harness;
}

/** Collects page errors, console messages of the given types and dialogs (dismissed) as lines. */
export function watchProblems(page: Page, consoleTypes: string[]): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.stack ?? e.message}`));
  page.on('console', (m) => {
    if (consoleTypes.includes(m.type())) problems.push(`console.${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}
