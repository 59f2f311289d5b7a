/**
 * Which store a checklist uses: the host's `.store`, else an HTTP store for `store-url`, else the
 * browser's localStorage under the ladder and `storage-key`. A `store-url` that may not be used
 * gives a store that saves nothing and says why (the ratings stay in the page: nothing is sent
 * where the host did not mean to, and nothing falls back silently to another place).
 * The HTTP store's code loads with its first request: a page that saves in the browser never loads it.
 */
import { safeDocument } from '../../platform/safe-document.js';
import type { StoreRequestInit } from './http-store.js';
import { LocalRatingsStore, ratingsStorageKey } from './local-store.js';
import { type RatingsStore, StoreError } from './ratings-store.js';
import { storeUrlProblem } from './store-url.js';

export interface StoreChoice {
  store?: RatingsStore;
  storeUrl?: string;
  /** Read before each request of the HTTP store. */
  requestInit: () => StoreRequestInit | undefined;
  ladderId: string;
  storageKey: string;
}

/** A store that cannot be used: every load and save fails with `message`, and it says where it would have saved. */
export function unusableStore(location: string, message: string): RatingsStore {
  const fail = () => {
    throw new StoreError('config', message, false);
  };
  return { id: `unusable:${location}`, location, writeAhead: false, load: fail, save: fail };
}

export function storeFor({ store, storeUrl, requestInit, ladderId, storageKey }: StoreChoice): RatingsStore {
  if (store) return store;
  if (storeUrl) {
    const problem = storeUrlProblem(storeUrl, safeDocument.baseURI);
    if (problem) return unusableStore(storeUrl, `store-url "${storeUrl}" cannot be used: ${problem}`);
    return lazyHttpStore(new URL(storeUrl, safeDocument.baseURI).href, () => {
      const init = requestInit();
      return typeof init === 'function' ? init() : init;
    });
  }
  return new LocalRatingsStore(ratingsStorageKey(ladderId, storageKey || 'default'));
}

/** An HttpRatingsStore for `location` whose code loads with its first request (offline: a retryable failure, tried again later). */
function lazyHttpStore(location: string, requestInit: StoreRequestInit): RatingsStore {
  let real: Promise<RatingsStore> | undefined;
  const store = () =>
    (real ??= import('./http-store.js').then(
      (m) => new m.HttpRatingsStore(location, { requestInit }),
      () => {
        real = undefined;
        throw new StoreError('offline', 'the code that saves to a server could not be loaded');
      },
    ));
  return {
    id: `http:${location}`,
    location,
    load: async () => (await store()).load(),
    save: async (file, previousVersion) => (await store()).save(file, previousVersion),
  };
}
