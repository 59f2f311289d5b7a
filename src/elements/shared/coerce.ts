/**
 * Property values as frameworks pass them. React 19 and Vue 3 set a custom element's property
 * whenever the element has one of that name, so a template's `levels="L3 L4"` or `compact="false"`
 * arrives as the attribute's string; these turn such values into what the property holds.
 */

/** `true`, `''` (a bare attribute) and any string but `"false"` are true; `false`, `"false"`, null and undefined are false. */
export function toBoolean(value: unknown): boolean {
  if (typeof value === 'string') return value.trim().toLowerCase() !== 'false';
  return Boolean(value);
}

/**
 * Boolean attributes: present is true, as in HTML, except `="false"`, which is what Vue writes for
 * `:compact="false"` and what a reader of the markup would expect.
 */
export const booleanConverter = {
  fromAttribute: (value: string | null): boolean => value !== null && toBoolean(value),
  toAttribute: (value: boolean): string | null => (value ? '' : null),
};

/** `'L3 L4'`, `'L3,L4'` or `['L3', 'L4']` → `['L3', 'L4']`; nothing (or only separators) → undefined. */
export function toIdList(value: unknown): string[] | undefined {
  const parts = typeof value === 'string' ? value.split(/[\s,]+/) : Array.isArray(value) ? value.map((v) => String(v).trim()) : [];
  const ids = parts.filter(Boolean);
  return ids.length ? ids : undefined;
}

/** An id list attribute (`levels="L3 L4"`) ⇄ the list. */
export const idListConverter = {
  fromAttribute: (value: string | null): string[] | undefined => toIdList(value),
  toAttribute: (value: readonly string[] | undefined): string | null => (value?.length ? value.join(' ') : null),
};
