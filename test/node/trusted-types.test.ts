// Trusted Types (issue 19 item 3): the drop-in's Lit policy passes strings through unchanged, so no
// script on the page may reach it: nothing on the global object holds a policy. Copies that must share
// still work without 'allow-duplicates': a second copy of the drop-in stands down, and next to another
// Lit app (which holds "lit-html") the drop-in takes "ladder-elements". Needs `npm run build` first.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useBrowser } from '../support/browser.js';

const CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

describe('Trusted Types', { skip: !existsSync('dist/ladder-elements.js') && 'run `npm run build` first' }, () => {
  // Another Lit app, as far as Trusted Types can tell: it holds the "lit-html" policy.
  const site = useBrowser({
    root: 'dist',
    routes: { '/other-lit-app.js': "trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });" },
  });

  async function open(name: string, head: string, csp: string) {
    const path = `/page/${name}.html`;
    site.server.routes.set(path, {
      headers: { 'content-security-policy': csp },
      body: `<!doctype html><html lang="en"><head><title>${name}</title>${head}</head><body><main><ladder-level-card level="L4"></ladder-level-card></main></body></html>`,
    });
    const { page, problems } = await site.open(path);
    const title = page.locator('ladder-level-card >> [part="title"]');
    await title.waitFor({ timeout: 15_000 });
    assert.equal((await title.textContent())?.trim(), 'Engineer L4');
    // No own property or symbol of the window holds a policy (or anything with a createHTML).
    const exposed = await page.evaluate(() =>
      [...Object.getOwnPropertyNames(window), ...Object.getOwnPropertySymbols(window)]
        .filter((key) => {
          try {
            const value = (window as unknown as Record<PropertyKey, unknown>)[key];
            const policy = (window as unknown as { TrustedTypePolicy: new () => object }).TrustedTypePolicy;
            return value instanceof policy || (typeof value === 'object' && value !== null && 'createHTML' in value);
          } catch {
            return false;
          }
        })
        .map(String),
    );
    assert.deepEqual(exposed, []);
    // How many copies of the drop-in the page loaded (each URL once).
    const copies = await page.evaluate(
      () => performance.getEntriesByType('resource').filter((r) => new URL(r.name).pathname === '/ladder-elements.js').length,
    );
    return { problems, copies };
  }

  it('puts no policy on the global object; two copies need no allow-duplicates', async () => {
    const script =
      '<script type="module" src="/ladder-elements.js"></script><script type="module" src="/ladder-elements.js?copy"></script>';
    const { problems, copies } = await open('two-copies', script, `${CSP}; trusted-types lit-html`);
    // Both copies ran: the second found the tags defined and the policy name taken, and stood down.
    assert.equal(copies, 2);
    assert.deepEqual(problems, []);
  });

  it('takes the name "ladder-elements" on a page where another Lit app holds "lit-html"', async () => {
    const scripts = '<script src="/other-lit-app.js"></script><script type="module" src="/ladder-elements.js"></script>';
    const { problems } = await open('other-lit', scripts, `${CSP}; trusted-types lit-html ladder-elements`);
    // The browser may report the refused duplicate (a CSP violation); nothing else goes wrong.
    assert.deepEqual(
      problems.filter((p) => !p.includes("TrustedTypePolicy named 'lit-html'")),
      [],
    );
  });
});
