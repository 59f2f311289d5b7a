/**
 * Registers a tag once. A page may load the library twice (two script tags, two copies, two
 * versions): the first definition wins and later loads neither throw nor redefine.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
