/**
 * A RatingsStore on a host's HTTP server: one URL per person's ratings file.
 *
 * | request | answer |
 * |---|---|
 * | `GET <url>` | `200` + the ratings file (the JSON "Download JSON" writes) + `ETag`; `404`: nothing saved yet |
 * | `PUT <url>` + `If-Match: <etag>` (`If-None-Match: *` for the first write) + the whole file | `2xx` + the new `ETag`; `412` when someone else wrote in between |
 * | either | `401`/`403`: not signed in (nothing is lost; saved once the person signs in) |
 *
 * Requests carry the page's cookies for the server (`credentials: 'include'`) unless `requestInit`
 * says otherwise; `requestInit` (an object, or a function called before each request, which may
 * be async: a fresh token) adds headers such as `Authorization`. Every request times out after
 * `timeoutMs` by its own timer, whatever the signal does.
 */
import { safeDocument } from '../../platform/safe-document.js';
import type { RatingsFile } from '../../model/ratings.js';
import { parseRatingsJson, serializeRatingsFile } from '../../model/ratings-file.js';
import { type MaybePromise, type RatingsStore, type SaveResult, type StoredRatings, StoreError } from './ratings-store.js';

/** What a host adds to each request: an object, or a function returning one (maybe a promise). */
export type StoreRequestInit = RequestInit | (() => MaybePromise<RequestInit | undefined>);

export interface HttpStoreOptions {
  requestInit?: StoreRequestInit;
  /** Default 15000. */
  timeoutMs?: number;
  timing?: RatingsStore['timing'];
}

export { storeUrlProblem } from './store-url.js';

function statusError(res: Response): StoreError {
  const { status } = res;
  const what = `the server answered ${status}${res.statusText ? ` ${res.statusText}` : ''}`;
  if (status === 401 || status === 403) return new StoreError('auth', what, false, status);
  if (status >= 500 || status === 408 || status === 425 || status === 429) return new StoreError('server', what, true, status);
  return new StoreError('rejected', what, false, status);
}

export class HttpRatingsStore implements RatingsStore {
  readonly id: string;
  /** The URL, shown in the page. */
  readonly location: string;
  readonly timing?: RatingsStore['timing'];
  private readonly timeoutMs: number;

  constructor(
    url: string,
    private readonly options: HttpStoreOptions = {},
  ) {
    this.location = new URL(url, safeDocument.baseURI).href;
    this.id = `http:${this.location}`;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.timing = options.timing;
  }

  /** One request with the host's additions, timed out by its own timer; `read` runs before the timer stops (body included). */
  private async request<T>(
    method: string,
    headers: Record<string, string>,
    body: string | undefined,
    read: (res: Response) => Promise<T>,
  ): Promise<T> {
    const given = this.options.requestInit;
    let init: RequestInit | undefined;
    try {
      init = typeof given === 'function' ? await given() : given;
    } catch (e) {
      throw new StoreError('config', `the page's storeRequestInit failed: ${e instanceof Error ? e.message : String(e)}`, false);
    }
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(
          new StoreError(
            'timeout',
            `no answer within ${this.timeoutMs < 1000 ? `${this.timeoutMs} ms` : `${Math.round(this.timeoutMs / 1000)} s`}`,
          ),
        );
      }, this.timeoutMs);
    });
    const signal = init?.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
    const extra = new Headers(init?.headers);
    for (const [name, value] of Object.entries(headers)) extra.set(name, value);
    const run = async () => {
      let res: Response;
      try {
        res = await fetch(this.location, { credentials: 'include', cache: 'no-store', ...init, method, headers: extra, body, signal });
      } catch (e) {
        throw new StoreError('offline', `no connection to the server (${e instanceof Error ? e.message : String(e)})`);
      }
      try {
        return await read(res);
      } catch (e) {
        if (e instanceof StoreError) throw e;
        throw new StoreError('offline', `the answer was cut off (${e instanceof Error ? e.message : String(e)})`);
      }
    };
    try {
      return await Promise.race([run(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  load(): Promise<StoredRatings> {
    return this.request('GET', { Accept: 'application/json' }, undefined, async (res) => {
      if (res.status === 404) return {};
      if (!res.ok) throw statusError(res);
      const text = await res.text();
      const parsed = parseRatingsJson(text);
      if (!parsed.ok) {
        if (parsed.newerVersion !== undefined) {
          throw new StoreError('newer', `the server holds ratings of version ${parsed.newerVersion}, newer than this page reads`, false);
        }
        const first = parsed.errors[0];
        throw new StoreError(
          'unreadable',
          `the server’s ratings cannot be read (${first ? `${first.path}: ${first.message}` : 'unreadable'})`,
        );
      }
      const etag = res.headers.get('ETag');
      if (!etag) {
        throw new StoreError(
          'config',
          'the server’s answer has no ETag this page can read (send one, and expose it: Access-Control-Expose-Headers: ETag)',
          false,
        );
      }
      return { file: parsed.file, version: etag };
    });
  }

  save(file: RatingsFile, previousVersion: string | undefined): Promise<SaveResult> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (previousVersion === undefined) headers['If-None-Match'] = '*';
    else headers['If-Match'] = previousVersion;
    return this.request('PUT', headers, serializeRatingsFile(file), async (res): Promise<SaveResult> => {
      if (res.status === 412 || res.status === 409) return { ok: false };
      if (!res.ok) throw statusError(res);
      // Without an ETag the next save loads first (and says so if the server never sends one).
      return { ok: true, version: res.headers.get('ETag') ?? undefined };
    });
  }
}
