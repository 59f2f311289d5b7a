/**
 * A checklist's ratings: what is shown, saved and submitted. Owns the store for the current key
 * (loading, saving, other tabs' and elements' changes merged in) and every way ratings change:
 * an edit, clearing, an import, a restored form state. The host re-renders on each change.
 *
 * A user's edit costs the same however many items the checklist lists: the entry is replaced in
 * place (no copy of every rating), `editsSince` lets the host update its counts by the difference,
 * and `rowsRevision` (ratings changed elsewhere) stays as it was. Saving is coalesced: once per host
 * update (`persist`, the one seam to the store, which the host calls before it renders).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { downloadText, readFileText } from '../../data/file-io.js';
import { RatingStore } from '../../data/rating-store.js';
import type { LadderStrings } from '../../i18n/strings.js';
import {
  copyRatings,
  emptyRatings,
  entryOf,
  isEmptyEntry,
  mergeRatings,
  nextUpdatedAt,
  type RatingEntry,
  type Ratings,
  sameContent,
  withContent,
} from '../../model/ratings.js';
import { parseRatingsJson, serializeRatings } from '../../model/ratings-file.js';
import type { LadderError } from '../../model/types.js';

export class RatingsController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private store?: RatingStore;
  private connected = false;
  /** Ratings by item id (no prototype). Replaced on changes from elsewhere; a user's edit changes it in place. */
  entries: Ratings = emptyRatings();
  /** Counts every change. */
  revision = 0;
  /** Counts every change but the user's edits: ratings that came from elsewhere. */
  rowsRevision = 0;
  /** The user's edits since the last change from elsewhere: item id and the entry before, by revision. */
  private edits: { revision: number; id: string; before: RatingEntry | undefined }[] = [];
  /** Changes made since the store last saved. */
  private unsaved = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.store) {
      this.store.connect();
      this.set(mergeRatings(this.entries, this.store.load()));
    }
  }

  hostDisconnected(): void {
    this.persist();
    this.connected = false;
    this.store?.disconnect();
  }

  /** The storage key in use, if any. */
  get key(): string | undefined {
    return this.store?.key;
  }

  /** Why saving does not work now, if it does not; and unreadable saved data found, if any. */
  get storeState(): Pick<RatingStore, 'problem' | 'corrupt'> {
    return { problem: this.store?.problem, corrupt: this.store?.corrupt };
  }

  /** Switches to the ratings saved under `key`. Ratings given before the first key (a restored form state) are kept. */
  useKey(key: string): void {
    if (key === this.store?.key) return;
    const pending = this.store ? emptyRatings() : this.entries;
    this.store?.disconnect();
    this.store = new RatingStore(key, (theirs) => this.takeRemote(theirs));
    if (this.connected) this.store.connect();
    this.entries = this.store.load();
    if (Object.keys(pending).length) this.commit(mergeRatings(this.entries, pending));
    this.host.requestUpdate();
  }

  private set(next: Ratings): void {
    if (next === this.entries) return;
    this.entries = next;
    this.revision++;
    this.rowsRevision++;
    this.edits = [];
    this.host.requestUpdate();
  }

  /** Shows the new ratings and saves them (merged with what is saved) before the host's next update. */
  private commit(next: Ratings): void {
    this.set(next);
    this.unsaved = true;
  }

  /**
   * Writes what changed since the last save, merged with what is saved (another tab's changes come in
   * here). The host calls it at the start of each update, so edits made before it are saved once.
   */
  persist(): void {
    if (!this.unsaved) return;
    this.unsaved = false;
    if (this.store) this.set(this.store.save(this.entries));
  }

  /**
   * The user's edits made since `revision` (item id and the entry before), oldest first; undefined when
   * anything else changed meanwhile (the host then counts everything again).
   */
  editsSince(revision: number): { id: string; before: RatingEntry | undefined }[] | undefined {
    if (revision === this.revision) return [];
    const first = this.edits[0];
    if (!first || first.revision > revision + 1) return undefined;
    return this.edits.filter((e) => e.revision > revision);
  }

  /**
   * Another tab (or element) saved under the same key. Its ratings are merged in; when this page
   * holds something newer that the saved data lacks (two tabs saved at once, or the key was removed),
   * the merge is written back at once, so closing this page loses nothing.
   */
  private takeRemote(theirs: Ratings): void {
    const merged = mergeRatings(this.entries, theirs);
    this.set(merged);
    if (mergeRatings(theirs, merged) !== theirs && this.store) this.set(this.store.save(merged));
  }

  /** The entry of an item, if it has one. */
  entry(id: string): RatingEntry | undefined {
    return entryOf(this.entries, id);
  }

  /** A user's change to one item: the fields given replace the entry's, which is stamped with a new time. */
  edit(id: string, change: Partial<Omit<RatingEntry, 'updatedAt'>>): void {
    const previous = entryOf(this.entries, id);
    const merged = { ...previous, ...change };
    const entry: RatingEntry = { updatedAt: nextUpdatedAt(previous) };
    if (merged.value !== undefined) entry.value = merged.value;
    if (merged.applies) entry.applies = true;
    if (merged.done) entry.done = true;
    if (merged.note) entry.note = merged.note;
    this.entries[id] = entry;
    this.revision++;
    this.edits.push({ revision: this.revision, id, before: previous });
    if (this.edits.length > 1000) this.edits = [];
    this.unsaved = true;
    this.host.requestUpdate();
  }

  /** Of `ids`, those with something to clear. */
  withContent(ids: readonly string[]): string[] {
    return ids.filter((id) => !isEmptyEntry(entryOf(this.entries, id)));
  }

  /** Clears the entries of `ids` (an entry with only a time records the clearing, so it wins merges). */
  clear(ids: readonly string[]): void {
    const next = copyRatings(this.entries);
    for (const id of ids) next[id] = { updatedAt: nextUpdatedAt(entryOf(next, id)) };
    this.commit(next);
  }

  /** How many of `incoming`'s entries would replace something different that is entered here. */
  replacing(incoming: Ratings): number {
    return Object.entries(incoming).filter(([id, entry]) => {
      const mine = entryOf(this.entries, id);
      return !isEmptyEntry(mine) && !sameContent(mine, entry);
    }).length;
  }

  /** Takes `incoming`'s entries over the ones here, each stamped as a change made now. */
  import(incoming: Ratings): number {
    const next = copyRatings(this.entries);
    const entries = Object.entries(withContent(incoming));
    for (const [id, entry] of entries) next[id] = { ...entry, updatedAt: nextUpdatedAt(entryOf(next, id)) };
    this.commit(next);
    return entries.length;
  }

  /** Merges `incoming` in (the later change wins per item), as for a restored form state. */
  merge(incoming: Ratings): void {
    this.commit(mergeRatings(this.entries, incoming));
  }

  /** A picked ratings file: what it would import (for the confirmation), or its problems. */
  async readImport(
    file: File,
    t: LadderStrings,
  ): Promise<{ kind: 'import'; ratings: Ratings; replacing: number; ladder?: string } | { name: string; errors: readonly LadderError[] }> {
    const text = await readFileText(file);
    const parsed = text === undefined ? undefined : parseRatingsJson(text);
    if (!parsed?.ok) return { name: file.name, errors: parsed?.errors ?? [{ path: '$', message: t.checklistImportUnreadable }] };
    const ratings = withContent(parsed.file.ratings);
    return { kind: 'import', ratings, replacing: this.replacing(ratings), ladder: parsed.file.ladder };
  }

  /** Offers the ratings (empty entries left out) as `ratings-<ladder>-<level>.json`. */
  download(ladderId: string, levelId: string): void {
    const meta = { ladder: ladderId, level: levelId, exportedAt: new Date().toISOString() };
    downloadText(serializeRatings(withContent(this.entries), meta, 2), `ratings-${ladderId}-${levelId}.json`);
  }
}
