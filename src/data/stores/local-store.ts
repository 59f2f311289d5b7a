/**
 * The browser's own storage (localStorage) as a RatingsStore: the default store of every checklist,
 * under `ladder-elements:ratings:<ladderId>:<storage-key>`. Synchronous, and every failure is a
 * StoreError the checklist shows while it keeps working in memory.
 *
 * - Blocked storage (reading `localStorage` throws: cookies off, a sandboxed or third-party frame)
 *   → `blocked`; full storage (QuotaExceededError) → `full`. Nothing is written; the next change retries.
 * - Another tab's write between this page's load and save is a conflict (the text under the key is
 *   the version), so every save is read, merge, write.
 * - Data this version cannot read is never written over unless an identical copy of it is kept:
 *   it is copied once per distinct value to `<key>:corrupt-<ms>`, at most `SET_ASIDE_MAX_COPIES`
 *   copies and `SET_ASIDE_MAX_CHARS` characters per key. When it cannot be copied, and whenever the
 *   data is a ratings file of a *newer* version (another tab running a newer ladder-elements), it is
 *   left exactly as it is, and this page's ratings are saved under `<key>:fallback` instead, read
 *   back and merged on every load, and moved back under the key once the key can be written again.
 * - Changes reach the store's subscribers: from other tabs through the `storage` event, from other
 *   stores of the same key on this page directly (the `storage` event does not fire in the page that wrote).
 */
import type { RatingsFile } from '../../model/ratings.js';
import { parseRatingsJson, serializeRatingsFile } from '../../model/ratings-file.js';
import { fileIncludes, mergeRatingsFiles } from '../../model/ratings-history.js';
import { type RatingsStore, type SaveResult, type StoredRatings, StoreError } from './ratings-store.js';

/** `ladder-elements:ratings:<ladderId>:<storageKey>` */
export function ratingsStorageKey(ladderId: string, storageKey: string): string {
  return `ladder-elements:ratings:${ladderId}:${storageKey}`;
}

/** At most this many copies of unreadable data are kept per key… */
export const SET_ASIDE_MAX_COPIES = 3;
/** …holding at most this many characters together (localStorage holds about 5 million per site). */
export const SET_ASIDE_MAX_CHARS = 2_000_000;

/** The page's localStorage, or undefined where reading it throws (blocked). */
function area(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function storageError(e: unknown): StoreError {
  const full = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
  return new StoreError(full ? 'full' : 'blocked', e instanceof Error ? e.message : String(e), false);
}

function read(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch (e) {
    throw storageError(e);
  }
}

function parseFile(text: string | null): RatingsFile | undefined {
  if (text === null) return undefined;
  const parsed = parseRatingsJson(text);
  return parsed.ok ? parsed.file : undefined;
}

const samePage = new Map<string, Set<LocalRatingsStore>>();

/**
 * Versions are the text under the key, prefixed `m` (this store writes the key) or `f` (the key holds
 * data this version must not write over: it writes `<key>:fallback`).
 */
export class LocalRatingsStore implements RatingsStore {
  readonly id: string;
  readonly fallbackKey: string;
  private readonly listeners = new Set<(stored: StoredRatings) => void>();

  constructor(readonly key: string) {
    this.id = `local:${key}`;
    this.fallbackKey = `${key}:fallback`;
  }

  private storage(): Storage {
    const storage = area();
    if (!storage) throw new StoreError('blocked', 'localStorage is not available', false);
    return storage;
  }

  load(): StoredRatings {
    const storage = this.storage();
    const text = read(storage, this.key);
    const fallback = parseFile(read(storage, this.fallbackKey));
    if (text === null) return { file: fallback, version: undefined };
    const parsed = parseRatingsJson(text);
    if (parsed.ok) return { file: fallback ? mergeRatingsFiles(parsed.file, fallback) : parsed.file, version: `m${text}` };
    if (parsed.newerVersion !== undefined) {
      return { file: fallback, version: `f${text}`, notice: { kind: 'newer', version: parsed.newerVersion, savedAs: this.fallbackKey } };
    }
    const first = parsed.errors[0];
    const reason = first ? `${first.path}: ${first.message}` : 'unreadable';
    const keptAs = this.setAside(storage, text);
    if (keptAs) return { file: fallback, version: `m${text}`, notice: { kind: 'set-aside', reason, keptAs } };
    return { file: fallback, version: `f${text}`, notice: { kind: 'left-in-place', reason, savedAs: this.fallbackKey } };
  }

  /** Copies unreadable `text` aside, once per distinct value and within the bounds; the key holding an identical copy, or undefined. */
  private setAside(storage: Storage, text: string): string | undefined {
    const prefix = `${this.key}:corrupt-`;
    let copies = 0;
    let chars = 0;
    try {
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (!k?.startsWith(prefix)) continue;
        const kept = storage.getItem(k);
        if (kept === text) return k;
        copies++;
        chars += kept?.length ?? 0;
      }
      if (copies >= SET_ASIDE_MAX_COPIES || chars + text.length > SET_ASIDE_MAX_CHARS) return undefined;
      let keptAs = `${prefix}${Date.now()}`;
      while (storage.getItem(keptAs) !== null) keptAs += '-';
      storage.setItem(keptAs, text);
      return keptAs;
    } catch {
      return undefined;
    }
  }

  save(file: RatingsFile, previousVersion: string | undefined): SaveResult {
    const storage = this.storage();
    const text = read(storage, this.key);
    if (text === null ? previousVersion !== undefined : previousVersion?.slice(1) !== text) return { ok: false };
    const json = serializeRatingsFile(file);
    try {
      if (previousVersion?.startsWith('f')) {
        storage.setItem(this.fallbackKey, json);
        return { ok: true, version: previousVersion };
      }
      storage.setItem(this.key, json);
    } catch (e) {
      throw storageError(e);
    }
    // Ratings kept aside while the key could not be written are in what was just written: the copy may go.
    try {
      const fallback = storage.getItem(this.fallbackKey);
      if (fallback !== null && fileIncludes(file, parseFile(fallback))) storage.removeItem(this.fallbackKey);
    } catch {
      // It stays; it is merged in again at the next load.
    }
    for (const other of samePage.get(this.key) ?? []) if (other !== this) other.emit({ file, version: `m${json}` });
    return { ok: true, version: `m${json}` };
  }

  /** Removes what is stored under the key and its fallback (the write-ahead copy, once the remote store has it). */
  remove(): void {
    try {
      area()?.removeItem(this.key);
      area()?.removeItem(this.fallbackKey);
    } catch {
      // Nothing to do: it is merged in, and removed, next time.
    }
  }

  private emit(stored: StoredRatings): void {
    for (const listener of this.listeners) listener(stored);
  }

  private readonly onStorage = (event: StorageEvent) => {
    // key null: the whole storage was cleared; newValue null: the key was removed. Either way the
    // subscriber still holds its ratings and writes them back (nothing it has is newer than nothing).
    if (event.key === null || (event.key === this.key && event.newValue === null)) return this.emit({});
    if ((event.key !== this.key && event.key !== this.fallbackKey) || event.newValue === null) return;
    // Unreadable or newer data is dealt with by the next save (a conflict, then a load); nothing to take from it here.
    const file = parseFile(event.newValue);
    if (file) this.emit({ file });
  };

  subscribe(onChange: (stored: StoredRatings) => void): () => void {
    if (!this.listeners.size) {
      window.addEventListener('storage', this.onStorage);
      let stores = samePage.get(this.key);
      if (!stores) samePage.set(this.key, (stores = new Set()));
      stores.add(this);
    }
    this.listeners.add(onChange);
    return () => {
      this.listeners.delete(onChange);
      if (this.listeners.size) return;
      window.removeEventListener('storage', this.onStorage);
      samePage.get(this.key)?.delete(this);
    };
  }
}
