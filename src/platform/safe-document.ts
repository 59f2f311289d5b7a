/**
 * The document as the platform defines it, whatever the page puts on it. `Document` lets named
 * elements override its built-in members (DOM clobbering): on a page with `<img name="createElement">`,
 * `document.createElement` is that image, and an own property cannot be defined over it afterwards.
 * `safeDocument` reads every member from the prototypes (where the page's elements cannot reach)
 * and calls methods on the real document; the drop-in's copy of Lit uses it for `document`
 * (vite.config.ts), and the elements' own code does too. No global is read by name: `document` and
 * `Object`/`Reflect` are own, unforgeable properties of the window.
 */
// Also imported where there is no DOM (Node: the loaders' tests); nothing is read until used.
const real = typeof document === 'undefined' ? undefined : document;

function member(key: PropertyKey): PropertyDescriptor | undefined {
  for (let proto = Object.getPrototypeOf(real); proto; proto = Object.getPrototypeOf(proto)) {
    const found = Object.getOwnPropertyDescriptor(proto, key);
    if (found) return found;
  }
  return undefined;
}

const methods = new Map<PropertyKey, unknown>();

export const safeDocument: Document = new Proxy((real ?? {}) as Document, {
  get(target, key) {
    const known = methods.get(key);
    if (known) return known;
    const found = member(key);
    if (!found) return undefined;
    if (found.get) return found.get.call(target);
    if (typeof found.value !== 'function') return found.value;
    const method = found.value as (...args: unknown[]) => unknown;
    // Calls on the real document; the proxy passed as an argument (`createTreeWalker(d, …)`) is the real one too.
    const bound = (...args: unknown[]) =>
      method.apply(
        target,
        args.map((a) => (a === safeDocument ? target : a)),
      );
    methods.set(key, bound);
    return bound;
  },
});

/**
 * `root.querySelectorAll(selector)`, read from the platform. Element, Document and DocumentFragment
 * each have their own; a <form> lets its named controls override its members as a document does.
 */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const { prototype } = root instanceof Element ? Element : root instanceof Document ? Document : DocumentFragment;
  return [...(prototype.querySelectorAll.call(root, selector) as NodeListOf<Element>)];
}

/** `el.matches(selector)`, read from the platform. */
export const matches = (el: Element, selector: string): boolean => Element.prototype.matches.call(el, selector);
