/**
 * A checklist's ratings file: what is shown, saved and submitted. Uses the page's engine
 * (RatingsSync) for the current store, which loads, saves, retries and merges other tabs' and
 * elements' changes, and makes every change: an edit, clearing, an import, a restored form state, a
 * snapshot. Destructive changes keep a copy in the history first and can be undone until the undo
 * lapses. The host re-renders on each change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type RatingsSync, ratingsSyncFor, type SyncStatus } from '../../data/stores/ratings-sync.js';
import type { StoreRequestInit } from '../../data/stores/http-store.js';
import type { RatingsStore } from '../../data/stores/ratings-store.js';
import { type StoreChoice, storeFor } from '../../data/stores/store-for.js';
import {
  copyRatings,
  entryOf,
  isEmptyEntry,
  mergeRatings,
  nextUpdatedAt,
  type RatingEntry,
  type Ratings,
  type RatingsFile,
  type RatingsSnapshot,
  type SnapshotReason,
  sameContent,
  withContent,
} from '../../model/ratings.js';
import {
  emptyRatingsFile,
  makeSnapshot,
  mergeRatingsFiles,
  oldestToDrop,
  restoreSnapshots,
  unchangedSinceLatest,
  withSnapshot,
} from '../../model/ratings-history.js';
import { parseRatingsJson } from '../../model/ratings-file.js';
import { Memo } from '../shared/memo.js';

/** What the last destructive change can give back. */
export interface Undo {
  kind: 'clear' | 'import' | 'drop';
  /** The entries before the change, by id (undefined: there was none). */
  entries: Map<string, RatingEntry | undefined>;
  /** Snapshots the change dropped. */
  dropped: RatingsSnapshot[];
}

/**
 * `saved`: a snapshot was added; `unchanged`: the newest one already says the same; `empty`: nothing is
 * rated (only a snapshot the person asks for is kept then); `full`: the oldest must go first (ask).
 */
export type SnapshotResult =
  | { kind: 'saved' | 'unchanged'; snapshot: RatingsSnapshot }
  | { kind: 'empty' }
  | { kind: 'full'; oldest: RatingsSnapshot };

/** The user's last edit: the ratings before and after it, the item, and its entry before. */
export interface LastEdit {
  from: Ratings;
  to: Ratings;
  id: string;
  before: RatingEntry | undefined;
}

export class RatingsController implements ReactiveController {
  /** How long an undo stays offered (ms), unless the person changes something first. */
  static undoMs = 60_000;
  private readonly host: ReactiveControllerHost;
  private store?: RatingsStore;
  private sync?: RatingsSync;
  private detach?: () => void;
  private connected = false;
  private undoTimer?: ReturnType<typeof setTimeout>;
  private readonly choice = new Memo<RatingsStore>();
  /** The whole file: ratings by item id (no prototype) and the history. A new object on every change. */
  file: RatingsFile = emptyRatingsFile();
  /** The last destructive change, while it can be undone. */
  undo?: Undo;
  /** The user's last edit (the counts move by its difference alone: checklist-counts.ts). */
  lastEdit?: LastEdit;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Ratings by item id (no prototype). */
  get entries(): Ratings {
    return this.file.ratings;
  }

  /** How saving goes, and what the store noticed. */
  get status(): SyncStatus {
    return this.sync?.status ?? { state: 'saved', unsaved: false, keptLocally: false };
  }

  /** The store in use, if any. */
  get current(): RatingsStore | undefined {
    return this.store;
  }

  hostConnected(): void {
    this.connected = true;
    if (this.store) this.attach();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.detach?.();
    this.detach = this.sync = undefined;
    this.lapse();
  }

  /** Switches to the store these inputs name (see storeFor); the HTTP store reads `host.storeRequestInit` before each request. */
  choose(inputs: Omit<StoreChoice, 'requestInit'>, host: { storeRequestInit?: StoreRequestInit }): void {
    // Only in a page: a disconnected element (or one rendered on a server) keeps what it holds until it is connected.
    if (!this.connected) return;
    const { store, storeUrl, ladderId, storageKey } = inputs;
    const requestInit = () => host.storeRequestInit;
    this.useStore(this.choice.get([store, storeUrl, ladderId, storageKey], () => storeFor({ ...inputs, requestInit })));
  }

  /** Switches to `store` (same id: no change). Ratings given before the first store (a restored form state) are kept. */
  useStore(store: RatingsStore): void {
    if (this.store && (store.id ?? store) === (this.store.id ?? this.store)) return;
    if (this.store) this.file = emptyRatingsFile();
    this.detach?.();
    this.detach = this.sync = undefined;
    this.store = store;
    this.lapse();
    if (this.connected) this.attach();
    this.host.requestUpdate();
  }

  /** Joins the store's engine; what this element holds that the engine lacks (a restored form, changes while detached) is merged in. */
  private attach(): void {
    const sync = ratingsSyncFor(this.store!);
    this.sync = sync;
    this.detach = sync.attach(() => this.pull());
    const merged = mergeRatingsFiles(sync.file, this.file);
    if (merged !== sync.file) sync.change(merged);
    this.pull();
  }

  private pull(): void {
    if (this.sync) this.file = this.sync.file;
    this.host.requestUpdate();
  }

  private commit(next: RatingsFile): void {
    this.file = next;
    if (this.sync) this.sync.change(next);
    this.host.requestUpdate();
  }

  private commitRatings(ratings: Ratings): void {
    this.commit({ ...this.file, ratings });
  }

  /** Tries to save again now. */
  retry(): void {
    this.sync?.retryNow();
  }

  /** The entry of an item, if it has one. */
  entry(id: string): RatingEntry | undefined {
    return entryOf(this.entries, id);
  }

  /** A user's change to one item: the fields given replace the entry's, which is stamped with a new time. The undo lapses. */
  edit(id: string, change: Partial<Omit<RatingEntry, 'updatedAt'>>): void {
    this.lapse();
    const previous = entryOf(this.entries, id);
    const merged = { ...previous, ...change };
    const entry: RatingEntry = { updatedAt: nextUpdatedAt(previous) };
    if (merged.value !== undefined) entry.value = merged.value;
    if (merged.applies) entry.applies = true;
    if (merged.done) entry.done = true;
    if (merged.note) entry.note = merged.note;
    const next = copyRatings(this.entries);
    next[id] = entry;
    const from = this.entries;
    this.commitRatings(next);
    this.lastEdit = { from, to: this.entries, id, before: previous };
  }

  /** Of `ids`, those with something to clear. */
  withContent(ids: readonly string[]): string[] {
    return ids.filter((id) => !isEmptyEntry(entryOf(this.entries, id)));
  }

  /** How many of `incoming`'s entries would replace something different that is entered here. */
  replacing(incoming: Ratings): number {
    return Object.entries(incoming).filter(([id, entry]) => {
      const mine = entryOf(this.entries, id);
      return !isEmptyEntry(mine) && !sameContent(mine, entry);
    }).length;
  }

  /** Merges a ratings file's JSON in (the later change wins per item), as for a restored form state; ignores what is not one. */
  mergeJson(json: string): void {
    const parsed = parseRatingsJson(json);
    if (parsed.ok) this.commitRatings(mergeRatings(this.entries, parsed.file.ratings));
  }

  /* ---------------------------------------------------------------------------- history */

  /** The snapshot that keeping a copy now would need dropped (the history is full and the copy would be new), if any. */
  get oldestToDrop(): RatingsSnapshot | undefined {
    if (unchangedSinceLatest(this.file) || !Object.keys(withContent(this.entries)).length) return undefined;
    return oldestToDrop(this.file);
  }

  /** Keeps a dated copy of the ratings, unless the newest snapshot says the same. With `drop`, the oldest goes if the history is full. */
  snapshot(reason: SnapshotReason, level?: string, drop = false): SnapshotResult {
    const same = unchangedSinceLatest(this.file);
    if (same) return { kind: 'unchanged', snapshot: same };
    if (reason !== 'manual' && !Object.keys(withContent(this.entries)).length) return { kind: 'empty' };
    const oldest = oldestToDrop(this.file);
    if (oldest && !drop) return { kind: 'full', oldest };
    const snapshot = makeSnapshot(this.entries, reason, Date.now(), level);
    this.commit(withSnapshot(this.file, snapshot, oldest ? [oldest] : []));
    if (oldest && reason === 'manual') this.offerUndo({ kind: 'drop', entries: new Map(), dropped: [oldest] });
    return { kind: 'saved', snapshot };
  }

  /* ------------------------------------------------------------------ destructive changes */

  /** Before a destructive change: a copy in the history (dropping the oldest only when `drop`, which the person confirmed). */
  private keepCopy(reason: SnapshotReason, level: string | undefined, drop: boolean): RatingsSnapshot[] {
    const oldest = this.oldestToDrop;
    if (oldest && !drop) return [];
    this.snapshot(reason, level, drop);
    return oldest ? [oldest] : [];
  }

  /** Clears the entries of `ids` (an entry with only a time records the clearing, so it wins merges), keeping a copy first. Undoable. */
  clear(ids: readonly string[], level?: string, dropOldest = false): void {
    const dropped = this.keepCopy('before-clear', level, dropOldest);
    const before = new Map(ids.map((id) => [id, entryOf(this.entries, id)] as const));
    const next = copyRatings(this.entries);
    for (const id of ids) next[id] = { updatedAt: nextUpdatedAt(entryOf(next, id)) };
    this.commitRatings(next);
    this.offerUndo({ kind: 'clear', entries: before, dropped });
  }

  /** Takes `incoming`'s entries over the ones here, each stamped as a change made now; keeps a copy first when it replaces anything. Undoable. */
  import(incoming: Ratings, level?: string, dropOldest = false): number {
    const entries = Object.entries(withContent(incoming));
    const dropped = this.replacing(incoming) ? this.keepCopy('before-import', level, dropOldest) : [];
    const before = new Map(entries.map(([id]) => [id, entryOf(this.entries, id)] as const));
    const next = copyRatings(this.entries);
    for (const [id, entry] of entries) next[id] = { ...entry, updatedAt: nextUpdatedAt(entryOf(next, id)) };
    this.commitRatings(next);
    this.offerUndo({ kind: 'import', entries: before, dropped });
    return entries.length;
  }

  private offerUndo(undo: Undo): void {
    this.lapse();
    this.undo = undo;
    this.undoTimer = setTimeout(() => this.lapse(), RatingsController.undoMs);
  }

  /** The undo is no longer offered (the copy in the history stays). */
  lapse(): void {
    clearTimeout(this.undoTimer);
    if (!this.undo) return;
    this.undo = undefined;
    this.host.requestUpdate();
  }

  /** Gives back what the last destructive change took: entries stamped as changes made now (so they win every merge), dropped snapshots as copies. */
  undoLast(): Undo['kind'] | undefined {
    const undo = this.undo;
    if (!undo) return undefined;
    this.lapse();
    const next = copyRatings(this.entries);
    for (const [id, entry] of undo.entries) {
      const stamp = nextUpdatedAt(entryOf(next, id));
      next[id] = entry && !isEmptyEntry(entry) ? { ...entry, updatedAt: stamp } : { updatedAt: stamp };
    }
    this.commit(restoreSnapshots({ ...this.file, ratings: next }, undo.dropped));
    return undo.kind;
  }
}
