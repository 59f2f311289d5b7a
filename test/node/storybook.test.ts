// Storybook as a test: builds it (storybook-static/), serves it on 127.0.0.1 and opens every story in
// Debian's headless Chromium. A story fails on any console error or page error, or on any serious or
// critical axe violation inside #storybook-root (axe sees into shadow roots). Docs pages are opened
// too, for console and page errors (their chrome is Storybook's, so axe is not run on them).
// SKIP_STORYBOOK=1 skips it for quick local runs; CI never skips it.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from '../chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'storybook-static');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES_AT_ONCE = 3;

/** Console errors a story causes on purpose, by story or docs id, each with its reason. Any other error fails. */
const EXPECTED_CONSOLE_ERRORS: Record<string, { pattern: RegExp; reason: string }[]> = {
  'elements-level-card--error-http': [
    { pattern: /Failed to load resource: .*404/, reason: 'the story loads a file that does not exist, to show the HTTP error' },
  ],
  'elements-level-card--docs': [{ pattern: /Failed to load resource: .*404/, reason: 'the Docs page renders the ErrorHttp story' }],
};

/**
 * Runs in the page: waits for every Lit element's pending updates (shadow roots included), the fonts
 * and two frames. A string, because tsx would wrap named functions in a helper the page lacks.
 */
const SETTLE = `(async () => {
  const all = (node) => [...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
  for (let round = 0; round < 3; round++) await Promise.all(all(document).map((el) => el.updateComplete));
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
})()`;

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const skip = process.env.SKIP_STORYBOOK === '1' && !process.env.CI;

function buildStorybook(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['--no-install', 'storybook', 'build', '--quiet', '--disable-telemetry', '-o', 'storybook-static'], {
      cwd: ROOT,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`storybook build exited with ${code}:\n${output}`))));
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
  '.md': 'text/markdown',
};

/** storybook-static/ as a static site: files as they are, 404 for anything else. */
function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // The browser asks for it on its own; Storybook's pages name their icon (favicon.svg) themselves.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

/** Opens one story or docs page; returns what went wrong, in words (empty when all is well). */
async function check(browser: Browser, base: string, entry: IndexEntry): Promise<string[]> {
  const problems: string[] = [];
  const expected = EXPECTED_CONSOLE_ERRORS[entry.id] ?? [];
  const seen = new Set<RegExp>();
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = `${message.text()} (${message.location().url})`;
      const allowed = expected.find((e) => e.pattern.test(text));
      if (allowed) seen.add(allowed.pattern);
      else problems.push(`console error: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));

    // a11y.manual: the a11y addon would run axe itself after each story, and two runs at once clash.
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}&globals=a11y.manual:!true`, {
      waitUntil: 'load',
    });
    const root = entry.type === 'story' ? '#storybook-root' : '#storybook-docs';
    // Storybook shows the story (body.sb-show-main) or its error display once the story has rendered.
    await page.waitForFunction(
      (rootSelector) =>
        document.body.classList.contains('sb-show-errordisplay') ||
        (document.body.classList.contains('sb-show-main') && (document.querySelector(rootSelector)?.childElementCount ?? 0) > 0),
      root,
      { timeout: 15_000 },
    );
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      problems.push(
        `Storybook error display: ${(await page.textContent('#error-message'))?.trim()} ${(await page.textContent('#error-stack'))?.trim()}`,
      );
      return problems;
    }
    // Requests done (src, JSON), then every Lit element's pending update, fonts and two frames.
    await page.waitForLoadState('networkidle');
    await page.evaluate(SETTLE);
    if (entry.type === 'story') {
      const rendered = await page.evaluate(() => {
        const root = document.querySelector('#storybook-root');
        return (
          (root?.textContent?.trim().length ?? 0) > 0 ||
          [...(root?.querySelectorAll('*') ?? [])].some((el) => el.shadowRoot?.childElementCount)
        );
      });
      if (!rendered) problems.push('the story rendered nothing');
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: string, options: object) => Promise<{ violations: AxeViolation[] }> } })
          .axe;
        const result = await axe.run('#storybook-root', { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
        }));
      });
      for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
        const where = v.nodes.slice(0, 5).map((n) => `    ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`);
        if (v.nodes.length > 5) where.push(`    … and ${v.nodes.length - 5} more`);
        problems.push(`axe ${v.impact} ${v.id}: ${v.help}\n${where.join('\n')}`);
      }
    }
    for (const e of expected)
      if (!seen.has(e.pattern))
        problems.push(`expected console error ${e.pattern} (${e.reason}) did not occur: update EXPECTED_CONSOLE_ERRORS`);
    return problems;
  } finally {
    await context.close();
  }
}

test('Storybook: every story renders with no console error and no serious axe violation', {
  skip: skip && 'SKIP_STORYBOOK=1 is set: Storybook not built nor checked (CI ignores SKIP_STORYBOOK)',
  timeout: 240_000,
  concurrency: PAGES_AT_ONCE,
}, async (t) => {
  const executablePath = findChromium();
  assert.ok(executablePath, MISSING_CHROMIUM);

  const started = Date.now();
  await buildStorybook();
  t.diagnostic(`storybook build: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const index = JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  const entries = Object.values(index.entries);
  assert.ok(
    entries.some((e) => e.type === 'story'),
    'index.json lists no story',
  );
  for (const id of Object.keys(EXPECTED_CONSOLE_ERRORS))
    assert.ok(index.entries[id], `EXPECTED_CONSOLE_ERRORS names "${id}", which is no longer in Storybook`);

  const { server, base } = await serve(OUT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    await Promise.all(
      entries.map((entry) =>
        t.test(`${entry.type === 'docs' ? 'docs' : 'story'}: ${entry.title} / ${entry.name} (${entry.id})`, async () => {
          const problems = await check(browser, base, entry);
          if (problems.length)
            assert.fail(
              `${entry.id} (npm run storybook, then http://localhost:6006/?path=/${entry.type}/${entry.id}):\n${problems.join('\n')}`,
            );
        }),
      ),
    );
  } finally {
    await browser.close();
    server.close();
  }
  t.diagnostic(`storybook build and ${entries.length} pages: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
