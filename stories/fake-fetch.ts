// Made-up answers for a few URLs, so that stories can show states no real server gives on demand: a
// request that never ends (Loading), a network failure, a file that is not JSON or not a valid
// ladder. Every other request goes to the real `fetch`. Not a story: imported by stories.

export type FakeAnswer =
  /** The request stays pending for ever (the element's own timeout cannot end it either). */
  | 'never'
  /** `fetch` rejects the way it does offline or on a CORS refusal. */
  | 'network-error'
  /** A response with this body (status 200 unless given). */
  | { status?: number; body: string };

const answers = new Map<string, FakeAnswer>();
let realFetch: typeof fetch | undefined;

function urlOf(input: RequestInfo | URL): string {
  return new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
}

/**
 * Makes `fetch` answer `path` (relative to the page) with `answer`, and returns `path` for use as a
 * `src`. The first call wraps `window.fetch` for the page's lifetime.
 */
export function fakeFetch(path: string, answer: FakeAnswer): string {
  answers.set(new URL(path, document.baseURI).href, answer);
  if (!realFetch) {
    const real = window.fetch.bind(window);
    realFetch = real;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const answer = answers.get(urlOf(input));
      if (answer === undefined) return real(input, init);
      if (answer === 'never') return new Promise<Response>(() => {});
      if (answer === 'network-error') return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(new Response(answer.body, { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } }));
    };
  }
  return path;
}
