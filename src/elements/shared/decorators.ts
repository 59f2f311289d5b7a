/**
 * `@property` and `@state` for the decorators this project compiles (TypeScript's
 * experimentalDecorators, see vite.config.ts), doing what Lit's own do in that form. Lit's also
 * carry the path for standard decorators, which the drop-in would ship on every page and never run.
 * The custom elements manifest reads these by name, as it reads Lit's.
 */
import type { PropertyDeclaration, ReactiveElement } from 'lit';

/** A reactive property, declared on the class with `options` (Lit's `property()`, legacy form). */
export const property =
  (options?: PropertyDeclaration) =>
  // biome-ignore lint/suspicious/noExplicitAny: a legacy decorator returns an accessor's descriptor, or nothing for a field.
  (proto: object, name: PropertyKey): any => {
    const own = Object.hasOwn(proto, name);
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
    return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
  };

/** Internal reactive state: re-renders on change, no attribute (Lit's `state()`). */
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true, attribute: false });
