/** Ladder and section ids: lowercase letters and digits in groups joined by single dashes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Level and item ids: usable in a URL fragment (`#L4-<itemId>`) without escaping. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Lowercase, every run of other characters becomes one dash, no dash at either end. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
