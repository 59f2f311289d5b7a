import type { Ladder, LadderError } from '../model/types.js';
import { parseLadderJson } from '../model/validate.js';

/** Why a ladder could not be shown, in plain words, with the validation problems when there are any. */
export class LadderLoadError extends Error {
  constructor(
    message: string,
    /** Validation problems (JSON path + message) when the ladder was read but is not valid. */
    readonly problems: readonly LadderError[] = [],
    /** The `src` URL, bundled id or "property" the ladder came from. */
    readonly source = '',
  ) {
    super(message);
    this.name = 'LadderLoadError';
  }
}

/** How long a `src` request may take before it is reported as timed out. */
export const FETCH_TIMEOUT_MS = 15_000;

interface Shared {
  promise: Promise<Ladder>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

// One request and one parse per URL, shared by every element that asks for it. Successes stay
// cached for the page's lifetime; failures are forgotten so that a later attempt tries again.
const shared = new Map<string, Shared>();

/** Forgets cached ladders (all, or one URL), so the next request fetches again. */
export function clearLadderCache(url?: string): void {
  if (url === undefined) shared.clear();
  else shared.delete(new URL(url, document.baseURI).href);
}

async function fetchAndParse(url: string, signal: AbortSignal): Promise<Ladder> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch {
    if (signal.aborted) throw signal.reason;
    throw new LadderLoadError(
      `Could not load the ladder from ${url}: the request failed (offline, blocked by the server's CORS policy, or the server cannot be reached).`,
      [],
      url,
    );
  }
  if (!response.ok) {
    throw new LadderLoadError(
      `Could not load the ladder from ${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      [],
      url,
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    if (signal.aborted) throw signal.reason;
    throw new LadderLoadError(`Could not load the ladder from ${url}: the connection broke while the ladder was being received.`, [], url);
  }
  const result = parseLadderJson(text);
  if (!result.ok) {
    const [first] = result.errors;
    if (result.errors.length === 1 && first?.path === '$' && first.message.startsWith('invalid JSON')) {
      const detail = first.message.replace(/^invalid JSON at (line \d+, column \d+): /, '($1): ').replace(/^invalid JSON: /, ': ');
      throw new LadderLoadError(`The ladder at ${url} is not valid JSON ${detail}`.replace(' :', ':'), [], url);
    }
    const n = result.errors.length;
    throw new LadderLoadError(`The ladder at ${url} is not valid: ${n} problem${n === 1 ? '' : 's'} found.`, result.errors, url);
  }
  return result.ladder;
}

/**
 * Fetches, parses and validates the ladder at `src` (relative to the page). Callers asking for the
 * same URL share one request; aborting `signal` releases this caller, and the request itself is
 * aborted only when no caller is left waiting. Rejects with a LadderLoadError, or with the abort reason.
 */
export function loadLadder(src: string, signal?: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<Ladder> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.reject(new LadderLoadError(`"${src}" is not a valid URL.`, [], src));
  }
  if (signal?.aborted) return Promise.reject(signal.reason);

  let entry = shared.get(url);
  if (!entry) {
    const controller = new AbortController();
    const timer = setTimeout(
      () =>
        controller.abort(new LadderLoadError(`Could not load the ladder from ${url}: no answer within ${timeoutMs / 1000} s.`, [], url)),
      timeoutMs,
    );
    const created: Shared = { controller, users: 0, settled: false, promise: fetchAndParse(url, controller.signal) };
    created.promise
      .catch(() => {
        if (shared.get(url) === created) shared.delete(url);
      })
      .finally(() => {
        created.settled = true;
        clearTimeout(timer);
      });
    shared.set(url, created);
    entry = created;
  }
  const current = entry;
  current.users++;
  if (!signal) return current.promise;
  return new Promise<Ladder>((resolve, reject) => {
    const onAbort = () => {
      current.users--;
      if (current.users === 0 && !current.settled) {
        current.controller.abort(signal.reason);
        if (shared.get(url) === current) shared.delete(url);
      }
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (ladder) => {
        signal.removeEventListener('abort', onAbort);
        resolve(ladder);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
