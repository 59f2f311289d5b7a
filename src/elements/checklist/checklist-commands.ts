/**
 * What the checklist's actions do: copy as Markdown, download and import JSON, print, reset, save a
 * snapshot, the answer to a confirmation, undo. Holds the feedback they give (the last action's
 * words, an import file's problems, the Markdown to copy by hand). Exports and printing keep a
 * snapshot in the history first; destructive changes ask first, behind the confirmation's guard.
 */
import { copyText, downloadText, readFileText } from '../../data/file-io.js';
import type { LadderStrings } from '../../i18n/strings.js';
import { type ChecklistView, listedIds } from '../../model/checklist-view.js';
import { type Ratings, type SnapshotReason, withContent } from '../../model/ratings.js';
import { parseRatingsJson, serializeRatingsFile } from '../../model/ratings-file.js';
import { SNAPSHOT_CAP } from '../../model/ratings-history.js';
import type { LadderError } from '../../model/types.js';
import { snapshotName } from './checklist-history.js';
import type { ConfirmController } from './confirm-controller.js';
import type { RatingsController } from './ratings-controller.js';

/** What the commands need of the checklist. */
export interface CommandsHost {
  requestUpdate(): void;
  /** The level shown (recorded with snapshots). */
  readonly level?: string;
  toMarkdown(): string;
}

export class ChecklistCommands {
  /** Feedback on the last action ("Copied as Markdown."). */
  feedback = '';
  importErrors?: { name: string; errors: readonly LadderError[] };
  /** The Markdown, shown for copying by hand when the clipboard is not allowed. */
  markdownFallback?: string;

  constructor(
    private readonly host: CommandsHost,
    private readonly ratings: RatingsController,
    private readonly confirm: ConfirmController,
    private readonly view: () => ChecklistView | undefined,
    private readonly strings: () => LadderStrings,
    /** How many listed items a file rates differently from the checklist, as a review would list them (the review model loads with the first file). */
    private readonly differing: (ratings: Ratings) => Promise<number | undefined>,
    /** Prints the page once the checklist shows what it shows now (PrintController). */
    private readonly printPage: () => void,
  ) {}

  /** A question opened (the last feedback goes), or could not open because its code cannot be loaded (offline). */
  confirmChanged(unavailable: boolean): void {
    if (unavailable) this.say(this.strings().checklistConfirmUnavailable);
    else this.feedback = '';
  }

  private say(text: string): void {
    this.feedback = text;
    this.host.requestUpdate();
  }

  /** Keeps a snapshot before an export or a print; says so only when the history is full. */
  private autoSnapshot(reason: SnapshotReason): string {
    const result = this.ratings.snapshot(reason, this.host.level);
    return result.kind === 'full' ? ` ${this.strings().checklistSnapshotFullSkipped(SNAPSHOT_CAP)}` : '';
  }

  /** Ids of the listed items that have something to clear. */
  contentIds(): string[] {
    const view = this.view();
    return view ? this.ratings.withContent(listedIds(view)) : [];
  }

  /** Asks before clearing what the checklist lists (with `focus`, its "Cancel" takes the focus); with nothing to clear, says so. */
  reset(focus = true): void {
    const ids = this.contentIds();
    if (ids.length) this.confirm.ask({ kind: 'reset', ids, oldest: this.ratings.oldestToDrop }, focus);
    else this.say(this.strings().checklistResetNothing);
  }

  async copyMarkdown(): Promise<void> {
    const text = this.host.toMarkdown();
    const full = this.autoSnapshot('export');
    if (await copyText(text)) {
      this.markdownFallback = undefined;
      this.say(`${this.strings().checklistMarkdownCopied}${full}`);
    } else {
      this.markdownFallback = text;
      this.say(full.trim());
    }
  }

  /** Offers everything (ratings without cleared entries, and the history) as `ratings-<ladder>-<level>.json`. */
  download(): void {
    const view = this.view();
    if (!view) return;
    const full = this.autoSnapshot('export');
    const { ladder, level } = { ladder: view.ladder.id, level: view.level.id };
    const file = this.ratings.file;
    const out = { ...file, ladder, level, exportedAt: new Date().toISOString(), ratings: withContent(file.ratings) };
    downloadText(serializeRatingsFile(out, 2), `ratings-${ladder}-${level}.json`);
    if (full) this.say(full.trim());
  }

  print(): void {
    const full = this.autoSnapshot('print');
    if (full) this.say(full.trim());
    this.printPage();
  }

  saveSnapshot(): void {
    const t = this.strings();
    const result = this.ratings.snapshot('manual', this.host.level);
    if (result.kind === 'full') this.confirm.ask({ kind: 'drop', oldest: result.oldest });
    else if (result.kind === 'saved') this.say(t.checklistSnapshotSaved(snapshotName(result.snapshot, t)));
    else if (result.kind === 'unchanged') this.say(t.checklistSnapshotUnchanged(snapshotName(result.snapshot, t)));
  }

  /** The file input's change: the picked file is read (and the input emptied, so the same file can be picked again). */
  readonly onFile = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) void this.importFile(file);
  };

  /** A picked ratings file: asks before importing it, or shows its problems. */
  async importFile(file: File): Promise<void> {
    const t = this.strings();
    const text = await readFileText(file);
    const parsed = text === undefined ? undefined : parseRatingsJson(text);
    if (!parsed?.ok) {
      this.importErrors = { name: file.name, errors: parsed?.errors ?? [{ path: '$', message: t.checklistImportUnreadable }] };
      if (this.confirm.current) this.confirm.close();
      this.host.requestUpdate();
      return;
    }
    this.importErrors = undefined;
    const ratings = withContent(parsed.file.ratings);
    const replacing = this.ratings.replacing(ratings);
    const { ladder, level, exportedAt } = parsed.file;
    // Unknown when its code cannot be loaded (offline): the question is asked without the count.
    const differing = await this.differing(ratings).catch(() => undefined);
    this.confirm.ask({
      kind: 'import',
      ratings,
      replacing,
      ladder,
      level,
      exportedAt,
      name: file.name,
      differing,
      oldest: replacing ? this.ratings.oldestToDrop : undefined,
    });
  }

  /** The open question was confirmed (its guard let the click through). */
  confirmed(): void {
    const c = this.confirm.current;
    const t = this.strings();
    if (!c) return;
    const level = this.host.level;
    this.confirm.close();
    if (c.kind === 'reset') {
      this.ratings.clear(c.ids, level, !!c.oldest);
      this.say(t.checklistResetDone);
    } else if (c.kind === 'import') {
      this.say(t.checklistImported(this.ratings.import(c.ratings, level, !!c.oldest)));
    } else {
      const result = this.ratings.snapshot('manual', level, true);
      if (result.kind === 'saved') this.say(t.checklistSnapshotDropped(snapshotName(c.oldest, t)));
    }
  }

  undo(): void {
    if (this.ratings.undoLast()) this.say(this.strings().checklistUndone);
  }
}
