/**
 * How the drop-in's copy of Lit gets its Trusted Types policy (vite.config.ts routes Lit's
 * `createPolicy("lit-html", …)` here): as "lit-html", the name every Lit uses, or, when the page
 * already has that policy (another Lit app) and its CSP forbids duplicates, as "ladder-elements". The
 * policy stays inside Lit's module: nothing is put on the global object for other scripts to use.
 * Two copies of the drop-in never both ask: the second one stands down (see ladder-elements.ts).
 */
interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

export function createLitPolicy(factory: PolicyFactory, rules: object): unknown {
  try {
    return factory.createPolicy('lit-html', rules);
  } catch {
    return factory.createPolicy('ladder-elements', rules);
  }
}
