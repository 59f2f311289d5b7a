/**
 * The drop-in file, `dist/ladder-elements.js`: the one `<script type="module">` a page adds. It defines
 * no element itself. It watches the page for ladder tags and imports an element's code the first time
 * its tag appears (files in `chunks/`, next to this one: imports resolve against this file's own URL),
 * so a page with one card loads the card's code and the shared core, and nothing else.
 *
 * The first copy on a page serves it: a second copy (another tag, another version) finds the first
 * one's claim and stands down, so one copy of Lit runs and creates its Trusted Types policy once. The
 * claim is a symbol-keyed property of the global object (an element's id or name cannot shadow it) and
 * holds only this `discover` function.
 *
 * `discover(root)` loads what a subtree the page's observer cannot see needs (a host component's
 * shadow root, a template's content); it resolves once those elements are defined.
 */

import { matches, queryAll, safeDocument } from '../platform/safe-document.js';

type Discover = (root: ParentNode) => Promise<void>;

const LOADERS = new Map<string, () => Promise<unknown>>([
  ['ladder-provider', () => import('../elements/provider/provider.js')],
  ['ladder-level-card', () => import('../elements/level-card/level-card.js')],
  ['ladder-compare', () => import('../elements/compare/compare.js')],
  ['ladder-checklist', () => import('../elements/checklist/checklist.js')],
  ['ladder-review', () => import('../elements/review/review.js')],
]);
const SELECTOR = [...LOADERS.keys()].join(',');

const CLAIM = Symbol.for('ladder-elements.autoloader');
const scope = globalThis as typeof globalThis & { [CLAIM]?: Discover };

const loading = new Map<string, Promise<unknown>>();

function load(tag: string): Promise<unknown> | undefined {
  const loader = LOADERS.get(tag);
  if (!loader || customElements.get(tag)) return undefined;
  let promise = loading.get(tag);
  if (!promise) {
    promise = loader().catch((error: unknown) => {
      loading.delete(tag);
      console.error(`ladder-elements: could not load <${tag}>:`, error);
    });
    loading.set(tag, promise);
  }
  return promise;
}

function tagsIn(root: ParentNode): Set<string> {
  const tags = new Set<string>();
  // Read from the platform: the root may be a <form> whose named controls shadow its members.
  if (root instanceof Element && matches(root, SELECTOR)) tags.add(root.localName);
  for (const el of queryAll(root, SELECTOR)) tags.add(el.localName);
  return tags;
}

function ownDiscover(root: ParentNode): Promise<void> {
  return Promise.all([...tagsIn(root)].map(load)).then(() => undefined);
}

function start(): Discover {
  const claimed = scope[CLAIM];
  if (typeof claimed === 'function') return claimed;
  Object.defineProperty(scope, CLAIM, { value: ownDiscover });
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) ownDiscover(node);
    }
    // Every element defined (by this copy or by any other): nothing left to watch for.
    if ([...LOADERS.keys()].every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(safeDocument.documentElement, { childList: true, subtree: true });
  ownDiscover(document);
  return ownDiscover;
}

/** Loads the code of every ladder element in `root` (and `root` itself); resolves once they are defined. */
export const discover: Discover = start();
