// Storybook as a test: builds it (storybook-static/), serves it on 127.0.0.1 and opens every story
// and docs page in Debian's headless Chromium. A story fails on any console error or page error, or
// on any serious or critical axe violation inside #storybook-root (axe sees into shadow roots; colour
// contrast only in stories that bring colours of their own: the elements' palettes are
// test/theme.test.ts's job). Docs pages are checked for console and page errors (their chrome is
// Storybook's, so axe is not run on them).
// SKIP_STORYBOOK=1 skips it for quick local runs; CI never skips it.
//
// Speed: two preview pages (iframe.html) are loaded once each, with axe injected once, and each
// goes from story to story the way Storybook's own sidebar does (a `setCurrentStory` message on the
// preview's channel); a story is checked once Storybook says it has rendered, its requests are done
// and every Lit element has updated — no fixed waits.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from 'playwright-core';
import { useBrowser } from '../support/browser.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'storybook-static');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Preview pages working at once: one per core of the 2-core machine the suite is sized for. */
const PAGES = 2;

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

/** A preview page that goes from story to story; `problems` collects what went wrong while showing the current one. */
interface Preview {
  page: Page;
  problems: string[];
  /** The entry shown last, whose late messages may still arrive. */
  last?: IndexEntry;
  /** Resolves once no request of the page is in flight; says which are left if that takes more than 15 s. */
  requestsDone(): Promise<string | undefined>;
}

async function openPreview(site: ReturnType<typeof useBrowser>): Promise<Preview> {
  const { page, problems } = await site.newPage({ viewport: { width: 1000, height: 800 }, consoleTypes: ['error'], keepOpen: true });
  const inFlight = new Set<Request>();
  const idle: (() => void)[] = [];
  const done = (request: Request) => {
    if (inFlight.delete(request) && inFlight.size === 0) for (const resolve of idle.splice(0)) resolve();
  };
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  await page.goto(`${site.origin}/iframe.html`);
  // The preview is ready once its project annotations and story index are loaded.
  await page.waitForFunction(() => '__STORYBOOK_PREVIEW__' in window);
  await page.evaluate(() => (window as unknown as { __STORYBOOK_PREVIEW__: { ready(): Promise<void> } }).__STORYBOOK_PREVIEW__.ready());
  // No a11y addon run (a11y.manual): it would run axe itself after each story, as much work again.
  // (The URL's globals= would do it only when the URL also names a story.)
  const manual = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const channel = (
          window as unknown as {
            __STORYBOOK_ADDONS_CHANNEL__: {
              once(event: string, fn: (arg: { globals: { a11y?: { manual?: boolean } } }) => void): void;
              emit(event: string, arg: unknown): void;
            };
          }
        ).__STORYBOOK_ADDONS_CHANNEL__;
        channel.once('globalsUpdated', ({ globals }) => resolve(globals.a11y?.manual));
        channel.emit('updateGlobals', { globals: { a11y: { manual: true } } });
      }),
  );
  assert.equal(manual, true, 'the a11y addon could not be set to manual');
  await page.addScriptTag({ content: `${AXE}\nwindow.__axe = window.axe;` });
  return {
    page,
    problems,
    requestsDone: async () => {
      if (inFlight.size === 0) return undefined;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`requests still in flight after 15 s: ${[...inFlight].map((r) => r.url()).join(', ')}`), 15_000);
      });
      const result = await Promise.race([new Promise<undefined>((resolve) => idle.push(() => resolve(undefined))), late]);
      clearTimeout(timer);
      return result;
    },
  };
}

/** Shows one story or docs page in `preview`; returns what went wrong, in words (empty when all is well). */
async function check(preview: Preview, entry: IndexEntry): Promise<string[]> {
  const { page, problems, requestsDone } = preview;
  // What arrived after the previous entry was checked fails this one, naming it.
  const found = lateProblems(preview);
  problems.length = 0;
  preview.last = entry;
  // Storybook's channel says when the story (or docs page) has rendered, or why it could not.
  const outcome = await page.evaluate(
    ({ id, type }) =>
      new Promise<string>((resolve) => {
        const channel = (
          window as unknown as {
            __STORYBOOK_ADDONS_CHANNEL__: {
              on(event: string, fn: (arg: never) => void): void;
              off(event: string, fn: (arg: never) => void): void;
              emit(event: string, arg: unknown): void;
            };
          }
        ).__STORYBOOK_ADDONS_CHANNEL__;
        const handlers: Record<string, (arg: never) => void> = {
          storyRendered: (storyId: string) => type === 'story' && storyId === id && finish(''),
          docsRendered: (docsId: string) => type === 'docs' && docsId === id && finish(''),
          storyErrored: ({ title, description }: { title: string; description: string }) => finish(`${title}: ${description}`),
          storyThrewException: (e: { message: string; stack?: string }) => finish(e.stack ?? e.message),
          playFunctionThrewException: (e: { message: string; stack?: string }) => finish(e.stack ?? e.message),
          storyMissing: (specifier: unknown) => finish(`missing: ${JSON.stringify(specifier)}`),
        };
        const timer = setTimeout(() => finish('it did not render within 30 s'), 30_000);
        const finish = (error: string) => {
          clearTimeout(timer);
          for (const [event, fn] of Object.entries(handlers)) channel.off(event, fn);
          resolve(error);
        };
        for (const [event, fn] of Object.entries(handlers)) channel.on(event, fn);
        channel.emit('setCurrentStory', { storyId: id, viewMode: type });
      }),
    { id: entry.id, type: entry.type },
  );
  if (outcome) return [...found, `Storybook could not show it: ${outcome}`, ...problems.splice(0)];

  // Requests done (src, JSON), then every Lit element's pending update, fonts and two frames.
  const stuck = await requestsDone();
  if (stuck) return [...found, stuck, ...problems.splice(0)];
  await page.evaluate(SETTLE);
  const expected = EXPECTED_CONSOLE_ERRORS[entry.id] ?? [];
  const isExpected = (line: string) => expected.some((e) => e.pattern.test(line));
  // An expected error is reported when its request fails: wait for it (a bounded time) rather than guess.
  for (const e of expected) {
    if (!problems.some((p) => e.pattern.test(p)))
      await page.waitForEvent('console', { predicate: (m) => e.pattern.test(m.text()), timeout: 10_000 }).catch(() => undefined);
    if (!problems.some((p) => e.pattern.test(p)))
      found.push(`expected console error ${e.pattern} (${e.reason}) did not occur: update EXPECTED_CONSOLE_ERRORS`);
  }

  if (entry.type === 'story') {
    const rendered = await page.evaluate(() => {
      const root = document.querySelector('#storybook-root');
      return (
        (root?.textContent?.trim().length ?? 0) > 0 ||
        [...(root?.querySelectorAll('*') ?? [])].some((el) => el.shadowRoot?.childElementCount)
      );
    });
    if (!rendered) found.push('the story rendered nothing');
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { __axe: { run: (context: string, options: object) => Promise<{ violations: AxeViolation[] }> } })
        .__axe;
      // Colour contrast is over half of axe's time here, and the elements' own palettes are checked
      // in both themes, on every row kind, by test/theme.test.ts. A story that brings colours of its
      // own (a <style> or a style attribute in the story, or a colour on the page's body) is checked
      // for it here. (Storybook itself puts `filter: none` on the body.)
      const coloured = (style: CSSStyleDeclaration) => !!(style.color || style.backgroundColor || style.backgroundImage);
      const ownColours =
        !!document.querySelector('#storybook-root style, #storybook-root [style]') ||
        coloured(document.body.style) ||
        coloured(document.documentElement.style);
      const rules = ownColours ? {} : { 'color-contrast': { enabled: false } };
      const result = await axe.run('#storybook-root', { resultTypes: ['violations'], rules });
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
      found.push(`axe ${v.impact} ${v.id}: ${v.help}\n${where.join('\n')}`);
    }
  } else {
    const shown = await page.evaluate(() => (document.querySelector('#storybook-docs')?.childElementCount ?? 0) > 0);
    if (!shown) found.push('the docs page rendered nothing');
  }
  return [...found, ...problems.splice(0).filter((p) => !isExpected(p))];
}

/** What arrived after a page's last entry was checked (unless it was expected there). */
function lateProblems({ problems, last }: Preview): string[] {
  return problems
    .filter((p) => !(EXPECTED_CONSOLE_ERRORS[last?.id ?? ''] ?? []).some((e) => e.pattern.test(p)))
    .map((p) => `after ${last?.id} was checked: ${p}`);
}

describe('Storybook', { skip: skip && 'SKIP_STORYBOOK=1 is set: Storybook not built nor checked (CI ignores SKIP_STORYBOOK)' }, () => {
  const site = useBrowser({ root: OUT });

  it('renders every story with no console error and no serious axe violation', { timeout: 240_000, concurrency: PAGES }, async (t) => {
    const started = Date.now();
    await buildStorybook();
    t.diagnostic(`storybook build: ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const index = JSON.parse(readFileSync(join(OUT, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
    // Stories first, docs pages last: a docs page renders its stories too, and their late messages
    // must not be taken for those of a story shown after it.
    const entries = Object.values(index.entries).sort((a, b) => Number(a.type === 'docs') - Number(b.type === 'docs'));
    assert.ok(
      entries.some((e) => e.type === 'story'),
      'index.json lists no story',
    );
    for (const id of Object.keys(EXPECTED_CONSOLE_ERRORS))
      assert.ok(index.entries[id], `EXPECTED_CONSOLE_ERRORS names "${id}", which is no longer in Storybook`);

    const idle = await Promise.all(Array.from({ length: PAGES }, () => openPreview(site)));
    await Promise.all(
      entries.map((entry) =>
        t.test(`${entry.type === 'docs' ? 'docs' : 'story'}: ${entry.title} / ${entry.name} (${entry.id})`, async () => {
          // node:test runs at most PAGES of these at once, so a page is always free here.
          const preview = idle.pop()!;
          try {
            const problems = await check(preview, entry);
            if (problems.length)
              assert.fail(
                `${entry.id} (npm run storybook, then http://localhost:6006/?path=/${entry.type}/${entry.id}):\n${problems.join('\n')}`,
              );
          } finally {
            idle.push(preview);
          }
        }),
      ),
    );
    assert.deepEqual(idle.flatMap(lateProblems), []);
    t.diagnostic(`storybook build and ${entries.length} pages: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });
});
