// The playground page (dist/playground.html) driven in Chromium with playwright-core, as an author uses
// it: open files, break one, paste a table from a wiki, download the JSON — compared byte for byte with
// what `ladder build` writes for the same input. The page carries its strict CSP (no 'unsafe-inline'),
// so any style or script it would inject shows up as a console error here. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { type OpenedPage, useBrowser } from '../support/browser.js';

const ACME = 'test/fixtures/playground/acme.md';
const STORAGE_KEY = 'ladder-elements:playground';

/** `ladder build` of the same input, as the built CLI prints it. */
const cli = (...args: string[]): string =>
  execFileSync(process.execPath, ['dist/cli/ladder.js', 'build', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

const site = useBrowser({ root: 'dist', routes: { '/__axe.js': readFileSync('node_modules/axe-core/axe.min.js', 'utf8') } });

async function openPage(colorScheme: 'light' | 'dark' = 'light'): Promise<OpenedPage> {
  const opened = await site.open('/playground.html', {
    viewport: { width: 1300, height: 900 },
    context: { colorScheme, acceptDownloads: true },
  });
  await opened.page.locator('#preview-card [part="title"]').waitFor();
  return opened;
}

const levelOptions = (page: Page) =>
  page.locator('#preview-level option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
const editorText = (page: Page) => page.locator('#editor .cm-content').evaluate((e) => (e as HTMLElement).innerText);

/** axe-core (served from node_modules, same origin, as the CSP asks) on the whole page, shadow roots included. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: '/__axe.js' });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(c: Document): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
    ).axe;
    return (await axe.run(document)).violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

async function openAcme(page: Page): Promise<void> {
  await page.setInputFiles('#open-files', ACME);
  await page.locator('#preview-card [part="title"]', { hasText: 'Engineer I' }).waitFor();
}

describe('the playground page', { skip: !existsSync('dist/playground.html') && 'run `npm run build` first' }, () => {
  it('opens a Markdown file: the card shows its levels, the summary what was read, the warning listed and marked; the download is what `ladder build` writes, byte for byte, for the file and for a folder', async () => {
    const { page, problems } = await openPage();
    await page.locator('#editor .cm-content').click();
    await openAcme(page);
    assert.deepEqual(await levelOptions(page), ['E1', 'E2', 'E3']);
    assert.match(
      (await page.locator('#summary-body').textContent()) ?? '',
      /Acme engineering ladder \(acme\): 3 levels, 6 items in 3 sections, 1 warning/,
    );
    // The warning is listed as text with its line, and marked in the gutter.
    assert.match((await page.locator('.problem.warning').textContent()) ?? '', /Warning acme\.md:24 ignored paragraph/);
    await page.locator('#editor .cm-lint-marker-warning').waitFor();
    // CodeMirror's styles went into the shadow root as adopted style sheets, not <style> elements the CSP would refuse.
    const styles = await page.evaluate(() => ({
      inDocument: document.querySelectorAll('style').length,
      adopted: document.querySelector('#editor')?.shadowRoot?.adoptedStyleSheets.length ?? 0,
    }));
    assert.equal(styles.inDocument, 0);
    assert.ok(styles.adopted > 0);
    assert.deepEqual(await axeViolations(page), []);

    // Download: the same bytes as `ladder build`, for the file and for a folder.
    const download = async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
      // Read through a stream: the file's path exists only where the test launched Chromium itself.
      const chunks: Buffer[] = [];
      for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
      return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
    };
    const acme = await download();
    assert.equal(acme.name, 'acme.json');
    assert.equal(acme.text, cli(ACME));
    assert.equal(await page.locator('#cli-command').textContent(), 'npx ladder build acme.md --out acme.json');
    // A folder: its Markdown files in natural order, the folder's name as the ladder's id (it asks before replacing the file).
    await page.setInputFiles('#open-folder', 'test/fixtures/md/natural');
    await page.locator('#confirm-yes').click();
    await page.locator('#preview-card [part="title"]', { hasText: 'Level L1' }).waitFor();
    assert.deepEqual(await levelOptions(page), ['L1', 'L2', 'L10']);
    const natural = await download();
    assert.equal(natural.name, 'natural.json');
    assert.equal(natural.text, cli('test/fixtures/md/natural'));
    assert.deepEqual(problems, []);
  });

  it('a broken file (dark scheme): the error is marked at its line and listed; the last good preview stays, marked stale; Enter on the error jumps to its line', async () => {
    const { page } = await openPage('dark');
    await openAcme(page);
    // Line 19 says "Same as E1": make it name a level that does not exist.
    await page.locator('#editor .cm-line', { hasText: 'Same as E1' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('*Same as E9 and…*');
    const error = page.locator('.problem.error .problem-link').first();
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /^Error acme\.md:19 .*E9/);
    await page.locator('#editor .cm-lint-marker-error').waitFor();
    assert.equal(await page.locator('#editor .cm-gutterElement', { has: page.locator('.cm-lint-marker-error') }).count(), 1);
    assert.match((await page.locator('#preview-stale').textContent()) ?? '', /Out of date: this is the last version without errors/);
    assert.ok(await page.locator('#preview.stale').isVisible());
    assert.equal(await page.locator('#preview-card [part="title"]').textContent(), 'Engineer I');
    assert.ok(await page.locator('#download').isDisabled());
    assert.deepEqual(await axeViolations(page), []);
    // Keyboard: to the error, Enter, and the editor has focus on line 19.
    await page.locator('#editor .cm-line').first().click();
    await error.focus();
    await page.keyboard.press('Enter');
    const at = await page.evaluate(() => {
      const root = document.querySelector('#editor')?.shadowRoot;
      return { focused: root?.activeElement?.className ?? '', line: root?.querySelector('.cm-activeLine')?.textContent ?? '' };
    });
    assert.match(at.focused, /cm-content/);
    assert.equal(at.line, '*Same as E9 and…*');
  });

  it('pasting a table copied from a wiki converts it to Markdown in the editor and the levels appear', async () => {
    const { page, problems } = await openPage();
    const html = `<meta charset="utf-8"><h1>Wiki ladder</h1><table><tbody>
      <tr><th><p><strong>Level</strong></p></th><th><p><strong>Craft</strong></p></th><th><p><strong>Impact</strong></p></th></tr>
      <tr><td><p>Associate</p></td><td><ul><li><p>Writes tests</p></li></ul></td><td><p>Delivers tasks</p></td></tr>
      <tr><td><p>Senior</p></td><td><ul><li><p>Designs systems</p><ul><li><p>with reviews</p></li></ul></li></ul></td><td><p>Leads projects</p></td></tr>
      </tbody></table>`;
    await page.locator('#editor .cm-content').click();
    await page.keyboard.press('Control+A');
    await page.locator('#editor .cm-content').evaluate((content, clip) => {
      const data = new DataTransfer();
      data.setData('text/html', clip);
      data.setData('text/plain', 'Level\tCraft\tImpact');
      content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await page.locator('#preview-card [part="title"]', { hasText: 'Associate' }).waitFor();
    assert.deepEqual(await levelOptions(page), ['associate', 'senior']);
    const text = await editorText(page);
    assert.match(text, /^# Wiki ladder\n/);
    assert.match(text, /\n## Senior\n+### Craft\n+\* Designs systems\n {2}\* with reviews\n/);
    assert.match((await page.locator('#status').textContent()) ?? '', /Converted the pasted table to Markdown: 2 levels, 4 items/);
    assert.deepEqual(problems, []);
  });

  it('keeps the text over a reload; "Start over" asks first, and Escape keeps the work', async () => {
    const { page } = await openPage();
    await page.locator('#editor .cm-line', { hasText: 'Asks for help after trying' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' every year');
    await page.waitForFunction((key) => localStorage.getItem(key)?.includes('every year'), STORAGE_KEY);
    await page.reload();
    await page.locator('#editor .cm-line', { hasText: 'on their own for a while every year' }).waitFor();

    await page.locator('#start-over').click();
    assert.ok(await page.locator('#confirm').isVisible());
    assert.match((await page.locator('#confirm-text').textContent()) ?? '', /Start over\?/);
    await page.keyboard.press('Escape');
    assert.ok(!(await page.locator('#confirm').isVisible()));
    assert.match(await editorText(page), /every year/);

    await page.locator('#start-over').click();
    await page.locator('#confirm-yes').click();
    await page.locator('#problem-list', { hasText: 'empty file' }).waitFor();
    assert.doesNotMatch(await editorText(page), /every year/);
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').files?.[0]?.text === '', STORAGE_KEY);
  });
});
