/** Which addresses a checklist may save ratings to (`store-url`), checked before anything is sent. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why `value` cannot be a store URL, or undefined when it can: only `https:`, or `http:` on the
 * page's own origin or a loopback address (both never leave the machine unencrypted), without
 * user name or password.
 */
export function storeUrlProblem(value: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return 'it is not a URL';
  }
  if (url.username || url.password) return 'it must not hold a user name or password (use cookies or a token)';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && (url.origin === new URL(base).origin || LOOPBACK.has(url.hostname))) return undefined;
  return 'it must be an https: URL (or http: on this page’s own origin)';
}
