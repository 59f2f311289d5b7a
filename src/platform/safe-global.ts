/**
 * The global object as the drop-in's copy of Lit sees it (vite.config.ts rewrites Lit's `globalThis`
 * to this): only the global object's own properties. (For `document`, see safe-document.ts.) An element with an id or a name becomes a
 * property of the window's prototype chain (named access, "DOM clobbering"), so without this a page's
 * `<img name="litHtmlPolyfillSupport">` would reach Lit as a polyfill to call and blank every element.
 * Everything the platform defines on the window (document, trustedTypes, ShadowRoot…) is an own property.
 */
export const safeGlobal: typeof globalThis = new Proxy(globalThis, {
  get: (target, key) => (typeof key === 'symbol' || Object.hasOwn(target, key) ? Reflect.get(target, key) : undefined),
  set: (target, key, value) => Reflect.set(target, key, value),
});
