/**
 * Runs before every browser test file (web-test-runner.config.mjs loads it first, in testRunnerHtml).
 *
 * A failed assertion whose actual or expected value is a DOM node is reported with the node as
 * text. The runner sends both values to Node for its diff, and a node (with the whole document
 * reachable from it) made that hang: the file then ended only at testsFinishTimeout (5 minutes),
 * reported as "did not finish", without saying which assertion failed.
 */
// The side-effect-free entry: the full one registers fixture cleanup only if mocha is already there,
// and it is not yet when this runs (test files import the full one later, when it is).
import * as pure from '@open-wc/testing/pure';
import { chaiA11yAxe } from 'chai-a11y-axe';
import { lowContrastText } from '../layout-helpers.js';

interface ChaiWithAssert {
  use(
    plugin: (chai: { Assertion: { prototype: { assert: (...args: unknown[]) => void } }; AssertionError: ErrorConstructor }) => void,
  ): void;
}
// Its type declarations leave chai out, but the module exports it (the same chai the tests use).
const { chai } = pure as unknown as { chai: ChaiWithAssert };

/** A node as a short line of text; arrays are looked into; anything else is left as it is. */
function describeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(describeValue);
  if (!(value instanceof Node)) return value;
  if (value instanceof Element) {
    const html = value.outerHTML.replace(/<!--[^>]*-->/g, '');
    return html.length > 500 ? `${html.slice(0, 500)}…` : html;
  }
  return `#${value.nodeName}${value.textContent ? ` ${JSON.stringify(value.textContent.slice(0, 200))}` : ''}`;
}

chai.use(({ Assertion, AssertionError }) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: unknown, ...args: unknown[]) {
    try {
      assert.apply(this, args);
    } catch (error) {
      if (error instanceof AssertionError) {
        const values = error as unknown as { actual?: unknown; expected?: unknown };
        values.actual = describeValue(values.actual);
        values.expected = describeValue(values.expected);
      }
      throw error;
    }
  };
});

/**
 * `expect(el).to.be.accessible()` runs axe without its colour-contrast rule, then checks the contrast
 * of every text in `el` with lowContrastText (../layout-helpers.ts: 4.5:1, large text 3:1, as WCAG AA
 * and axe ask): the same check, a tenth of the time (axe asks the browser what is under each text,
 * point by point; this composites the backgrounds of its ancestors). The browser suite ran axe's rule
 * in every state of every element, and it was 9 of its 81 cpu-s.
 */
interface AccessibleOptions {
  ignoredRules?: string[];
}
interface ChaiWithPlugins {
  use(plugin: unknown): void;
  Assertion: {
    overwriteMethod(
      name: string,
      fn: (original: (options?: AccessibleOptions) => unknown) => (options?: AccessibleOptions) => unknown,
    ): void;
  };
  AssertionError: new (message: string) => Error;
  util: { flag(assertion: unknown, key: string): unknown };
}
const plugins = chai as unknown as ChaiWithPlugins;
plugins.use(chaiA11yAxe);
plugins.Assertion.overwriteMethod(
  'accessible',
  (original) =>
    async function (this: unknown, options?: AccessibleOptions) {
      const el = plugins.util.flag(this, 'object') as HTMLElement;
      await original.call(this, { ...options, ignoredRules: [...(options?.ignoredRules ?? []), 'color-contrast'] });
      if (plugins.util.flag(this, 'negate') || options?.ignoredRules?.includes('color-contrast')) return;
      const low = lowContrastText(el, 4.5, 3);
      if (low.length)
        throw new plugins.AssertionError(
          `Accessibility Violations\n---\nRule: color-contrast (text under 4.5:1, large text under 3:1)\n${low.join('\n')}`,
        );
    },
);
