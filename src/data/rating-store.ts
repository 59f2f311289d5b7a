/**
 * Where a checklist's ratings are saved: localStorage, with every failure caught. The checklist
 * keeps working in memory whatever happens here, and shows `problem` / `corrupt` to the user.
 *
 * - Blocked storage (a SecurityError reading `localStorage`, e.g. cookies disabled): nothing saved.
 * - Full storage (QuotaExceededError from `setItem`): that change is not saved; the next one retries.
 * - Unreadable saved data is never overwritten silently: it is first copied to
 *   `<key>:corrupt-<ms timestamp>`; only once that copy exists is the key written again. When the copy
 *   fails too, the store does not write at all (`problem: 'corrupt'`).
 * - Every save reads what is stored, merges it with the caller's ratings (per item, last change
 *   wins) and writes the result, so another tab's changes are never written over.
 * - Changes reach the other stores of the same key: in other tabs through the `storage` event, on
 *   the same page directly (the `storage` event does not fire in the page that wrote).
 */
import { emptyRatings, mergeRatings, type Ratings } from '../model/ratings.js';
import { parseRatingsJson, serializeRatings } from '../model/ratings-file.js';

/** `ladder-elements:ratings:<ladderId>:<storageKey>` */
export function ratingsStorageKey(ladderId: string, storageKey: string): string {
  return `ladder-elements:ratings:${ladderId}:${storageKey}`;
}

export type StorageProblem = 'blocked' | 'full' | 'corrupt';

export interface CorruptData {
  /** Why it could not be read (the first validation error). */
  reason: string;
  /** The key the unreadable text was copied to, if the copy succeeded. */
  keptAs?: string;
}

function area(): Storage | undefined {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const samePage = new Map<string, Set<RatingStore>>();

export class RatingStore {
  /** Why the last save (or load) could not write; undefined once a write succeeds. */
  problem?: StorageProblem;
  /** Unreadable data found under the key, if any. */
  corrupt?: CorruptData;
  /** The unreadable text already copied away: the key may be written over it. */
  private keptText?: string;

  constructor(
    readonly key: string,
    /** Called with the ratings another store (tab or element) saved under the same key. */
    private readonly onRemoteChange: (ratings: Ratings) => void,
  ) {}

  private readonly onStorage = (event: StorageEvent) => {
    // key null: the whole storage was cleared; newValue null: the key was removed. Either way the
    // caller still holds its ratings and writes them back (nothing it has is newer than nothing).
    if (event.key === null || (event.key === this.key && event.newValue === null)) return this.onRemoteChange(emptyRatings());
    if (event.key !== this.key || event.newValue === null) return;
    // Unreadable text from elsewhere is dealt with (kept) by the next read; nothing to take from it.
    const parsed = parseRatingsJson(event.newValue);
    if (parsed.ok) this.onRemoteChange(parsed.file.ratings);
  };

  connect(): void {
    window.addEventListener('storage', this.onStorage);
    let stores = samePage.get(this.key);
    if (!stores) samePage.set(this.key, (stores = new Set()));
    stores.add(this);
  }

  disconnect(): void {
    window.removeEventListener('storage', this.onStorage);
    samePage.get(this.key)?.delete(this);
  }

  /** What is saved, or undefined when nothing can be read (blocked, or unreadable and not kept). */
  private read(storage: Storage): Ratings | undefined {
    let text: string | null;
    try {
      text = storage.getItem(this.key);
    } catch {
      this.problem = 'blocked';
      return undefined;
    }
    if (text === null || text === this.keptText) return emptyRatings();
    const parsed = parseRatingsJson(text);
    if (parsed.ok) return parsed.file.ratings;
    const first = parsed.errors[0];
    const reason = first ? `${first.path}: ${first.message}` : 'unreadable';
    const keptAs = `${this.key}:corrupt-${Date.now()}`;
    try {
      storage.setItem(keptAs, text);
      this.keptText = text;
      this.corrupt = { reason, keptAs };
      return emptyRatings();
    } catch {
      this.corrupt = { reason };
      this.problem = 'corrupt';
      return undefined;
    }
  }

  /** The saved ratings ({} when there are none or they cannot be read). */
  load(): Ratings {
    const storage = area();
    if (!storage) this.problem = 'blocked';
    return (storage && this.read(storage)) ?? emptyRatings();
  }

  /**
   * Merges `ratings` with what is saved, writes the result and returns it (the caller's new state).
   * Never throws; see `problem`.
   */
  save(ratings: Ratings): Ratings {
    const storage = area();
    const saved = storage ? this.read(storage) : undefined;
    let merged = ratings;
    if (!storage) this.problem = 'blocked';
    else if (saved) {
      merged = mergeRatings(ratings, saved);
      try {
        storage.setItem(this.key, serializeRatings(merged));
        this.problem = undefined;
        // Unreadable data that could not be kept is gone (replaced from another tab): nothing left to warn about.
        if (!this.corrupt?.keptAs) this.corrupt = undefined;
      } catch (e) {
        this.problem = e instanceof DOMException && e.name === 'QuotaExceededError' ? 'full' : 'blocked';
      }
    }
    for (const other of samePage.get(this.key) ?? []) if (other !== this) other.onRemoteChange(merged);
    return merged;
  }
}
