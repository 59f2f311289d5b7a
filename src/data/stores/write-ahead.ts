/**
 * The write-ahead copy of a remote store's unsaved changes, in this browser's localStorage under
 * `ladder-elements:pending:<store id>`: written on every change, before the request goes out, and
 * removed once the store holds everything it holds. Closing the tab or going offline loses nothing;
 * the next page to open the store merges the copy in and sends it. Where localStorage is blocked the
 * copy cannot be kept (`keep` says so), and the changes live only in the page until the store has them.
 */
import type { RatingsFile } from '../../model/ratings.js';
import { fileIncludes, mergeRatingsFiles } from '../../model/ratings-history.js';
import { LocalRatingsStore } from './local-store.js';

export const writeAheadKey = (storeId: string) => `ladder-elements:pending:${storeId}`;

export class WriteAhead {
  private readonly local: LocalRatingsStore;

  constructor(storeId: string) {
    this.local = new LocalRatingsStore(writeAheadKey(storeId));
  }

  /** The kept changes, if any (undefined also where storage is blocked). */
  read(): RatingsFile | undefined {
    try {
      return this.local.load().file;
    } catch {
      return undefined;
    }
  }

  /** Keeps `file`, merged with what is kept (another tab's unsaved changes stay too). False where the browser does not allow it. */
  keep(file: RatingsFile): boolean {
    try {
      for (let attempt = 0; attempt < 3; attempt++) {
        const kept = this.local.load();
        if (this.local.save(mergeRatingsFiles(file, kept.file), kept.version).ok) return true;
      }
    } catch {
      // blocked or full: said by the caller
    }
    return false;
  }

  /** The store confirmed `saved`: the copy goes if `saved` holds all of it. */
  settle(saved: RatingsFile): void {
    try {
      const kept = this.local.load();
      if (!kept.notice && (!kept.file || fileIncludes(saved, kept.file))) this.local.remove();
    } catch {
      // It stays, and is merged in (to no effect) next time.
    }
  }
}
