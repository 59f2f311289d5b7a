// The drop-in's style squeeze (scripts/squeeze-css.ts) over every style module in src/: each exported
// style's text, as the source writes it and as squeezed, read by Chromium's own CSS parser, gives
// the same rules (CSSOM's serialisation) — so no selector, value or word changed — and is shorter.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, type Plugin } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { squeezeCss } from '../../scripts/squeeze-css.js';
import { testChromium } from '../support/browser.js';

const STYLE_MODULES = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.styles.ts'))
  .map((f) => join('src', f));

/** As the drop-in's build does: *.styles.ts squeezed as they load. */
const squeezing: Plugin = {
  name: 'squeeze-css',
  setup(b) {
    b.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: squeezeCss(await readFile(args.path, 'utf8')), loader: 'ts' };
    });
  },
};

/** The cssText of every style a module exports (a CSSResult, or an array of them), by export name. */
async function exportedStyles(file: string, squeeze: boolean): Promise<Map<string, string>> {
  const out = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: squeeze ? [squeezing] : [],
  });
  const code = out.outputFiles[0]!.text;
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, unknown>;
  const styles = new Map<string, string>();
  const text = (value: unknown): string | undefined =>
    Array.isArray(value)
      ? value.map(text).join('\n')
      : value && typeof value === 'object' && 'cssText' in value
        ? String((value as { cssText: unknown }).cssText)
        : undefined;
  for (const [name, value] of Object.entries(module)) {
    const css = text(value);
    if (css !== undefined) styles.set(name, css);
  }
  return styles;
}

/**
 * The rules Chromium reads from `css`, each as CSSOM serialises it, with no space after a comma: a
 * var() fallback keeps its text verbatim (`var(--a, #fff)` is serialised with the space), and the
 * property that finally takes the value trims it, so that space is the one difference that means nothing.
 */
const rules = async (page: Page, css: string) =>
  (
    await page.evaluate((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules].map((r) => r.cssText);
    }, css)
  ).map((rule) => rule.replace(/, /g, ','));

describe('squeezing styles for the drop-in', () => {
  let browser: Browser;
  let page: Page;
  before(async () => {
    browser = await testChromium();
    page = await (await browser.newContext()).newPage();
  });
  after(() => browser?.close());

  it('gives Chromium the same rules from every style in src/, in fewer bytes', async () => {
    assert.ok(STYLE_MODULES.length >= 5, `style modules found: ${STYLE_MODULES.join(', ')}`);
    let sourceBytes = 0;
    let squeezedBytes = 0;
    let styles = 0;
    for (const file of STYLE_MODULES) {
      const [source, squeezed] = await Promise.all([exportedStyles(file, false), exportedStyles(file, true)]);
      assert.deepEqual([...squeezed.keys()], [...source.keys()], `${file}: other exports`);
      for (const [name, css] of source) {
        const now = squeezed.get(name)!;
        // A style that is a list of declarations (buttonLook, put inside rules) is read inside one.
        const fragment = (await rules(page, css)).length === 0;
        const read = (text: string) => rules(page, fragment ? `x{${text}}` : text);
        const expected = await read(css);
        assert.ok(expected.length > 0 && !/^x \{ \}$/.test(expected[0]!), `${file} ${name}: Chromium read nothing from the source`);
        assert.deepEqual(await read(now), expected, `${file} ${name}: the squeezed text reads differently`);
        assert.ok(now.length <= css.length, `${file} ${name}: grew`);
        sourceBytes += css.length;
        squeezedBytes += now.length;
        styles++;
      }
    }
    assert.ok(styles >= 10, `only ${styles} styles checked`);
    assert.ok(squeezedBytes < sourceBytes * 0.9, `squeezed ${squeezedBytes} of ${sourceBytes} characters: little was squeezed`);
  });
});
