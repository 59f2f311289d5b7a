/**
 * Fetches, parses and validates ladders by URL. Callers asking for the same URL share one request and
 * one parse; a caller's abort releases it, and the request itself is aborted only when nobody waits.
 */
import type { Ladder } from '../model/types.js';
import { safeDocument } from '../platform/safe-document.js';
import { LadderLoadError } from './ladder-source.js';
import { loadValidator } from './validator.js';

/** How long a `src` request may take before it is reported as timed out. */
export const FETCH_TIMEOUT_MS = 15_000;

/** Loaded ladders kept for later elements asking for the same URL; the least recently used goes first. */
export const LADDER_CACHE_SIZE = 16;

interface Shared {
  promise: Promise<Ladder>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

// In flight and loaded, by absolute URL. Failures are forgotten so that a later attempt tries again;
// successes stay until LADDER_CACHE_SIZE newer URLs were loaded (a page that adds a cache-busting
// query to every `src` must not keep every copy).
const shared = new Map<string, Shared>();

/** Forgets cached ladders (all, or one URL), so the next request fetches again. */
export function clearLadderCache(url?: string): void {
  if (url === undefined) shared.clear();
  else {
    const absolute = absoluteUrl(url);
    if (typeof absolute === 'string') shared.delete(absolute);
  }
}

/** The absolute URL of `src`, against the page when there is one; a LadderLoadError otherwise. */
function absoluteUrl(src: string): string | LadderLoadError {
  const base = typeof document === 'undefined' ? undefined : safeDocument.baseURI;
  try {
    return new URL(src, base).href;
  } catch {
    return new LadderLoadError(base === undefined && !URL.canParse(src) ? { kind: 'relative-url', src } : { kind: 'bad-url', src });
  }
}

async function fetchAndParse(url: string, signal: AbortSignal): Promise<Ladder> {
  // The validator loads (on demand, in the drop-in) while the ladder is fetched.
  const validating = loadValidator();
  validating.catch(() => undefined);
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    if (signal.aborted) throw signal.reason;
    throw new LadderLoadError({ kind: 'network', url });
  }
  if (!response.ok) throw new LadderLoadError({ kind: 'http', url, status: response.status, statusText: response.statusText });
  let text: string;
  try {
    text = await response.text();
  } catch {
    if (signal.aborted) throw signal.reason;
    throw new LadderLoadError({ kind: 'broken', url });
  }
  let validator: Awaited<typeof validating>;
  try {
    validator = await validating;
  } catch {
    throw new LadderLoadError({ kind: 'network', url });
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // Not JSON (or nested too deeply for JSON.parse): the reader that says where and why loads only now.
    const { parseJsonText } = await import('../model/json-text.js');
    const parsed = parseJsonText(text);
    if (!parsed.ok) {
      const { reason } = parsed.error;
      // Another attempt may help only when this was not JSON at all (a proxy's page) or was cut off.
      const json = /^[\s\uFEFF]*[[{]/.test(text.slice(0, 1024));
      const cutOff = reason.startsWith('the text ends too early') || reason === 'a string is never closed';
      throw new LadderLoadError({ kind: 'not-json', url, error: parsed.error, passing: !json || cutOff });
    }
    value = parsed.value;
  }
  const result = validator.parseLadder(value);
  if (!result.ok) throw new LadderLoadError({ kind: 'invalid', url, count: result.errors.length }, result.errors);
  return result.ladder;
}

/** Rejects after `ms` whatever `fetch` does with its signal (a host's wrapper may ignore it). */
function withTimeout(url: string, work: Promise<Ladder>, controller: AbortController, ms: number): Promise<Ladder> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new LadderLoadError({ kind: 'timeout', url, seconds: ms / 1000 });
      controller.abort(error);
      reject(error);
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function forget(url: string, entry: Shared): void {
  if (shared.get(url) === entry) shared.delete(url);
}

/**
 * Fetches, parses and validates the ladder at `src` (relative to the page; absolute where there is
 * no page, as in Node). Callers asking for the same URL share one request: each gets the same
 * promise, which settles when the request does, also for a caller that aborted meanwhile (its
 * answer is then stale, and the caller's own bookkeeping drops it). Aborting `signal` releases this
 * caller; the request is aborted when no caller is left. Rejects with a LadderLoadError, or with
 * the abort reason once the request was aborted.
 */
export function loadLadder(src: string, signal?: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<Ladder> {
  const url = absoluteUrl(src);
  if (typeof url !== 'string') return Promise.reject(url);
  if (signal?.aborted) return Promise.reject(signal.reason);

  let entry = shared.get(url);
  if (entry) {
    // Most recently used last: the map's order is the eviction order.
    shared.delete(url);
    shared.set(url, entry);
  } else {
    const controller = new AbortController();
    const created: Shared = { controller, users: 0, settled: false, promise: Promise.resolve(undefined as never) };
    created.promise = withTimeout(url, fetchAndParse(url, controller.signal), controller, timeoutMs);
    created.promise.then(
      () => {
        created.settled = true;
        for (const [key, old] of shared) {
          if (shared.size <= LADDER_CACHE_SIZE) break;
          if (old.settled && key !== url) shared.delete(key);
        }
      },
      () => {
        created.settled = true;
        forget(url, created);
      },
    );
    shared.set(url, created);
    entry = created;
  }
  const current = entry;
  current.users++;
  signal?.addEventListener(
    'abort',
    () => {
      current.users--;
      if (current.users === 0 && !current.settled) {
        current.controller.abort(signal.reason);
        forget(url, current);
      }
    },
    { once: true },
  );
  return current.promise;
}
