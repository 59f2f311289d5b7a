/**
 * Where a checklist keeps everything it has — ratings, notes, snapshots — as one ratings file.
 *
 * A store is a versioned box for one file; the checklist (through `RatingsSync`, ratings-sync.ts)
 * does the rest: merging item by item, retrying, coalescing writes, a write-ahead copy. So a store
 * of your own is small:
 *
 * ```ts
 * const store: RatingsStore = {
 *   id: 'my-backend:alex-2026',
 *   async load() {
 *     const { file, etag } = await myApi.get('alex-2026');      // file: the JSON "Download JSON" writes
 *     return { file, version: etag };                            // nothing saved yet: {}
 *   },
 *   async save(file, previousVersion) {
 *     const answer = await myApi.put('alex-2026', file, previousVersion);
 *     return answer.conflict ? { ok: false } : { ok: true, version: answer.etag };
 *   },
 * };
 * checklist.store = store;
 * ```
 *
 * The contract:
 * - `load()` returns what is stored (`file` undefined when nothing is) and a `version` naming it.
 * - `save(file, previousVersion)` writes the whole file only if what is stored is still
 *   `previousVersion` (undefined: only if nothing is stored), and returns the new version; if
 *   someone else wrote in between it writes nothing and returns `{ ok: false }` (a conflict). The
 *   checklist then loads again, merges (per item, the later change wins; snapshots of both) and
 *   saves again. A store must never merge or drop anything itself.
 * - Either may throw a `StoreError` (or anything: it counts as a retryable network failure).
 *   Retryable errors are retried with backoff and when the page comes back online; the others
 *   when the person changes something or comes back to the page.
 * - Both may answer synchronously (the localStorage store does, so a change is saved before the
 *   next line of a script runs) or with a promise.
 * - `subscribe(onChange)`, optional, reports changes made elsewhere (another tab); return the
 *   unsubscribe function.
 */
import type { RatingsFile } from '../../model/ratings.js';

export type MaybePromise<T> = T | Promise<T>;

/** Something the store noticed while reading and wants the person told (see LocalRatingsStore). */
export type StoreNotice =
  /** Unreadable data was copied, unchanged, to `keptAs` before being written over. */
  | { kind: 'set-aside'; reason: string; keptAs: string }
  /** Unreadable data could not be copied away, so it is left where it is; ratings are saved under `savedAs` instead. */
  | { kind: 'left-in-place'; reason: string; savedAs: string }
  /** A newer version of ladder-elements saved there; it is left as it is, and this page's ratings are saved under `savedAs`. */
  | { kind: 'newer'; version: number; savedAs: string };

export interface StoredRatings {
  /** What is stored; undefined when nothing is. */
  file?: RatingsFile;
  /** Names what is stored (an ETag, a revision): passed back to `save` as `previousVersion`. */
  version?: string;
  notice?: StoreNotice;
}

export type SaveResult = { ok: true; version?: string; notice?: StoreNotice } | { ok: false };

export interface RatingsStore {
  /** Stores with the same id are the same place: checklists on one page share one copy of it. */
  readonly id?: string;
  /** Where the ratings go, in words shown to the person (a URL); none for the browser's own storage. */
  readonly location?: string;
  /** Timings for the checklist's writes to this store (ms). Defaults: coalesce 500 (0 for synchronous stores), retry 1000 doubling to 60000. */
  readonly timing?: { coalesceMs?: number; retryMinMs?: number; retryMaxMs?: number };
  /** Whether unsaved changes should also be kept in this browser (a write-ahead copy) until the store has them. Default: true when `location` is set. */
  readonly writeAhead?: boolean;
  load(): MaybePromise<StoredRatings>;
  save(file: RatingsFile, previousVersion: string | undefined): MaybePromise<SaveResult>;
  subscribe?(onChange: (stored: StoredRatings) => void): () => void;
}

/**
 * Why a store could not load or save:
 * - `offline` (no answer, a cut connection), `timeout`, `server` (5xx): retryable;
 * - `auth` (401/403): the person must sign in;
 * - `rejected` (another 4xx), `unreadable` (what is stored cannot be read), `newer` (stored by a newer version), `config` (the store cannot be used);
 * - `blocked`, `full`: the browser's storage does not let the page save, or is full.
 */
export type StoreErrorKind =
  | 'offline'
  | 'timeout'
  | 'server'
  | 'auth'
  | 'rejected'
  | 'unreadable'
  | 'newer'
  | 'config'
  | 'blocked'
  | 'full';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
    /** Whether trying again later may work by itself (network failures, 5xx). */
    readonly retryable = kind === 'offline' || kind === 'timeout' || kind === 'server' || kind === 'unreadable',
    /** The HTTP status, if there was an answer. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Any thrown value as a StoreError (an unknown failure counts as a retryable network failure). */
export function asStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  return new StoreError('offline', e instanceof Error ? e.message : String(e));
}

export const isPromise = <T>(v: MaybePromise<T>): v is Promise<T> => typeof (v as Promise<T> | undefined)?.then === 'function';
