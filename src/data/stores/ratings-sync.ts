/**
 * Keeps one ratings file in step with a RatingsStore, so that no change is lost on the way:
 *
 * - loads once, merging in what the page already holds (a write-ahead copy, a restored form);
 * - saves by compare-and-swap: `save(file, version)`; on a conflict it loads again, merges item by
 *   item (the later change wins, snapshots of both) and saves again;
 * - writes to remote stores are coalesced (`timing.coalesceMs`): at most one request in flight, and
 *   the next one carries every change made meanwhile; synchronous stores are written at once;
 * - retryable failures are retried with backoff (`retryMinMs` doubling to `retryMaxMs`) and at
 *   once when the page comes back online; the others at the next change or when the page is shown again;
 * - until a remote store has a change, it is kept in localStorage (WriteAhead) where allowed;
 * - changes from elsewhere (`subscribe`) are merged in, and when this page holds something newer
 *   than what arrived, the merge is written back at once.
 *
 * One engine per store (by `id`) on a page: every checklist using the store shares it, so they stay
 * in step. It lives while a checklist uses it, and after that until its last change is saved.
 */
import { safeDocument } from '../../platform/safe-document.js';
import type { RatingsFile } from '../../model/ratings.js';
import { emptyRatingsFile, fileIncludes, mergeRatingsFiles } from '../../model/ratings-history.js';
import { asStoreError, isPromise, type RatingsStore, type StoredRatings, type StoreError, type StoreNotice } from './ratings-store.js';
import { WriteAhead } from './write-ahead.js';

/**
 * `loading` (the first load of a remote store), `saving`, `saved`, `pending` (not saved yet: a retryable
 * failure, retried by itself), `failed` (not saved: retried at the next change, or when the page is shown again).
 */
export type SaveState = 'loading' | 'saving' | 'saved' | 'pending' | 'failed';

export interface SyncStatus {
  state: SaveState;
  /** Why the last attempt failed (pending, failed). */
  error?: StoreError;
  /** What the store noticed (data set aside, ratings saved under another key). */
  notice?: StoreNotice;
  /** Whether this page holds changes the store does not have yet. */
  unsaved: boolean;
  /** Whether the changes not saved yet have a write-ahead copy in this browser. */
  keptLocally: boolean;
}

/** Consecutive conflicts before the engine backs off (someone writing in a tight loop). */
const MAX_CONFLICTS = 5;

export class RatingsSync {
  /** The file as this page holds it: everything loaded, merged and changed. A new object on every change. */
  file: RatingsFile;
  status: SyncStatus = { state: 'saved', unsaved: false, keptLocally: false };
  private remote: StoredRatings = {};
  private loaded = false;
  private running = false;
  private again = false;
  private timer?: ReturnType<typeof setTimeout>;
  private attempt = 0;
  private used = false;
  private readonly listeners = new Set<() => void>();
  private readonly wal?: WriteAhead;
  private readonly unsubscribe?: () => void;
  private readonly coalesceMs: number;
  private readonly retry: [number, number];

  constructor(
    readonly store: RatingsStore,
    private readonly onIdle: (sync: RatingsSync) => void = () => {},
  ) {
    const { coalesceMs, retryMinMs = 1000, retryMaxMs = 60_000 } = store.timing ?? {};
    this.coalesceMs = coalesceMs ?? (store.location ? 500 : 0);
    this.retry = [retryMinMs, retryMaxMs];
    if ((store.writeAhead ?? !!store.location) && store.id) this.wal = new WriteAhead(store.id);
    this.file = this.wal?.read() ?? emptyRatingsFile();
    this.unsubscribe = store.subscribe?.((stored) => this.takeRemote(stored));
    window.addEventListener('online', this.onOnline);
    safeDocument.addEventListener('visibilitychange', this.onVisible);
    if (store.location) this.status = { ...this.status, state: 'loading' };
    void this.run();
  }

  /** Calls `listener` after every change of `file` or `status`; returns the detach function. */
  attach(listener: () => void): () => void {
    this.used = true;
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      this.disposeIfIdle();
    };
  }

  /** This page's change: shown at once, kept ahead where it must be, and saved. */
  change(next: RatingsFile): void {
    this.setFile(next);
    if (this.wal) this.status = { ...this.status, keptLocally: this.wal.keep(next) };
    // While backing off after a failure, the retry carries this change too.
    if (this.status.state === 'pending' && this.timer) this.again = true;
    else if (this.coalesceMs <= 0) void this.run();
    else {
      if (!this.timer && !this.running) this.timer = setTimeout(() => this.run(), this.coalesceMs);
      else this.again = true;
      if (this.status.state !== 'loading') this.setStatus('saving');
    }
    this.notify();
  }

  /** Tries again now (after a failure the person may have fixed: signed in, freed storage). */
  retryNow(): void {
    this.attempt = 0;
    void this.run();
  }

  private setFile(next: RatingsFile): void {
    if (next === this.file) return;
    this.file = next;
    this.notify();
  }

  private setStatus(state: SaveState, error?: StoreError): void {
    this.status = { ...this.status, state, error, unsaved: !fileIncludes(this.remote.file ?? emptyRatingsFile(), this.file) };
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private takeNotice(notice: StoreNotice | undefined): void {
    // Data set aside stays said for as long as the page uses the store; the other notices describe the present.
    if (notice || this.status.notice?.kind !== 'set-aside') this.status = { ...this.status, notice };
  }

  /** Another tab (or store of the same key) saved: take it in, and write back at once what it lacks. */
  private takeRemote(stored: StoredRatings): void {
    const theirs = stored.file;
    // What the store holds changed: load it again before the next save (its version is unknown here).
    this.loaded = false;
    this.setFile(mergeRatingsFiles(this.file, theirs));
    if (!theirs || !fileIncludes(theirs, this.file)) void this.run();
  }

  /** Loads (when needed) and saves until the store holds everything this page does. Synchronous for synchronous stores. */
  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running = true;
    try {
      for (let conflicts = 0; ; ) {
        this.again = false;
        if (!this.loaded) {
          const pending = this.store.load();
          const stored = isPromise(pending) ? await pending : pending;
          this.loaded = true;
          this.remote = stored;
          this.takeNotice(stored.notice);
          this.setFile(mergeRatingsFiles(this.file, stored.file));
        }
        if (fileIncludes(this.remote.file ?? emptyRatingsFile(), this.file)) {
          if (this.again) continue;
          this.wal?.settle(this.file);
          this.attempt = 0;
          this.setStatus('saved');
          break;
        }
        const sending = this.file;
        this.setStatus('saving');
        const pending = this.store.save(sending, this.remote.version);
        const result = isPromise(pending) ? await pending : pending;
        if (result.ok) {
          this.remote = { file: sending, version: result.version };
          if (result.notice) this.takeNotice(result.notice);
          // A store that names no version is loaded again before the next save.
          if (result.version === undefined) this.loaded = false;
          continue;
        }
        this.loaded = false;
        if (++conflicts >= MAX_CONFLICTS) throw asStoreError(new Error('others kept writing at the same moment'));
      }
    } catch (e) {
      const error = asStoreError(e);
      this.setStatus(error.retryable ? 'pending' : 'failed', error);
      if (error.retryable) this.schedule();
    } finally {
      this.running = false;
      if (this.again && !this.timer && this.status.state !== 'pending') void this.run();
      this.disposeIfIdle();
    }
  }

  private schedule(): void {
    const [min, max] = this.retry;
    const delay = Math.min(max, min * 2 ** this.attempt++) * (0.8 + Math.random() * 0.4);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delay);
  }

  private readonly onOnline = () => {
    if (this.status.state === 'pending' || this.status.state === 'failed') this.retryNow();
  };

  private readonly onVisible = () => {
    if (safeDocument.visibilityState === 'visible' && this.status.state === 'failed') this.retryNow();
  };

  /** Gone once no checklist uses it and nothing is left to save. */
  private disposeIfIdle(): void {
    if (!this.used || this.listeners.size || this.running || this.timer) return;
    this.unsubscribe?.();
    window.removeEventListener('online', this.onOnline);
    safeDocument.removeEventListener('visibilitychange', this.onVisible);
    this.onIdle(this);
  }
}

const engines = new Map<unknown, RatingsSync>();

/** The page's engine for `store` (shared by id), created on first use. */
export function ratingsSyncFor(store: RatingsStore): RatingsSync {
  const key = store.id ?? store;
  let sync = engines.get(key);
  if (!sync) {
    sync = new RatingsSync(store, (s) => engines.get(key) === s && engines.delete(key));
    engines.set(key, sync);
  }
  return sync;
}
