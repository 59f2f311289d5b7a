/**
 * The one fetch double of the browser tests and the stories: `window.fetch` replaced by a server
 * whose answers the caller decides. Each request either has a fixed answer (`answer(url, …)`, what
 * stories use to show states no real server gives on demand), goes to the real network
 * (`passThrough`), or waits in `calls` until the test answers it — so races, aborts and failures
 * can be played out in any order.
 *
 * What an aborted request does is a choice (`onAbort`):
 * - `'reject'` (default): it rejects with the signal's reason at once, as a browser's fetch does;
 * - `'ignore'`: the "server" ignores the abort and the answer the test gives later still arrives,
 *   as with a host page's fetch wrapper that drops `signal`. Only the element's own guard then keeps
 *   a stale answer from showing: race tests use this mode to exercise that guard for real.
 */

export type FixedAnswer =
  /** The request stays pending for ever, whatever its signal does (a loading state that never ends). */
  | 'never'
  /** `fetch` rejects the way it does offline or on a CORS refusal. */
  | 'network-error'
  /** A response with this body (status 200 unless given). */
  | { status?: number; statusText?: string; body: string };

export interface FetchCall {
  /** The URL as the caller passed it. */
  url: string;
  signal?: AbortSignal | null;
  /**
   * Answers with `body` (JSON content type unless `init.headers` says otherwise). The promise it
   * returns resolves once the caller has read the body with `text()` and everything it chained on
   * that has run: the event a test can wait for to know a (possibly stale) answer has been taken in,
   * instead of sleeping.
   */
  respond(body: string, init?: ResponseInit): Promise<void>;
  /** Answers 200, then the connection breaks while the body is read. */
  breakBody(): void;
  /** Rejects, as fetch does on a network error (`new TypeError('Failed to fetch')`). */
  fail(error: Error): void;
}

export interface FetchDoubleOptions {
  onAbort?: 'reject' | 'ignore';
  /** Requests without a fixed answer go to the real fetch instead of waiting in `calls`. */
  passThrough?: boolean;
}

export interface FetchDouble {
  /** Requests waiting for (or given) the test's answer, in order. */
  readonly calls: FetchCall[];
  /** Fixes the answer to `url` (relative to the page); returns `url`, for use as a `src`. */
  answer(url: string, answer: FixedAnswer): string;
  /** Puts the real fetch back. */
  restore(): void;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

const absolute = (url: string) => new URL(url, document.baseURI).href;

/** Replaces `window.fetch` with a double until `restore()`. */
export function installFetchDouble(options: FetchDoubleOptions = {}): FetchDouble {
  const original = window.fetch;
  const calls: FetchCall[] = [];
  const answers = new Map<string, FixedAnswer>();

  window.fetch = ((input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const fixed = answers.get(absolute(url));
    if (fixed === 'never') return new Promise<Response>(() => {});
    if (fixed === undefined && options.passThrough) return original.call(window, input, init);
    return new Promise<Response>((resolve, reject) => {
      if (signal && options.onAbort !== 'ignore') {
        if (signal.aborted) return reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      }
      if (fixed === 'network-error') return reject(new TypeError('Failed to fetch'));
      if (fixed) {
        const { body, status = 200, statusText = '' } = fixed;
        return resolve(new Response(body, { status, statusText, headers: JSON_HEADERS }));
      }
      calls.push({
        url,
        signal,
        respond: (body, responseInit = {}) =>
          new Promise<void>((read) => {
            const response = new Response(body, { headers: JSON_HEADERS, ...responseInit });
            // Resolved a task after the caller's read (text(), json()…) did: by then every step the
            // caller chained on the body (parse, validate, its own handlers, all promise jobs) has run.
            for (const name of ['text', 'json', 'arrayBuffer', 'blob'] as const) {
              const reader = response[name].bind(response) as () => Promise<unknown>;
              Object.defineProperty(response, name, {
                value: () =>
                  reader().then((value) => {
                    setTimeout(read);
                    return value;
                  }),
              });
            }
            resolve(response);
          }),
        breakBody: () => {
          const body = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1, "ti'));
              controller.error(new TypeError('network error'));
            },
          });
          resolve(new Response(body, { headers: JSON_HEADERS }));
        },
        fail: reject,
      });
    });
  }) as typeof fetch;

  return {
    calls,
    answer(url, answer) {
      answers.set(absolute(url), answer);
      return url;
    },
    restore() {
      window.fetch = original;
    },
  };
}

let pageDouble: FetchDouble | undefined;

/**
 * For stories: makes `fetch` answer `path` (relative to the page) with `answer` for the page's
 * lifetime, every other request going to the network; returns `path`, for use as a `src`.
 */
export function fakeFetch(path: string, answer: FixedAnswer): string {
  pageDouble ??= installFetchDouble({ passThrough: true });
  return pageDouble.answer(path, answer);
}
