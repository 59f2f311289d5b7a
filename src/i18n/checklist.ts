/** Strings of <ladder-checklist>, prefixed `checklist`; part of LadderStrings (see strings.ts). */
import type { RatingPoint } from '../model/ratings.js';
import type { SectionKind } from '../model/types.js';

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface ChecklistStrings {
  checklistNotApplicable: string;
  checklistNotRated: string;
  checklistRedFlagApplies: string;
  checklistNoteLabel: string;
  checklistTitle: (levelTitle: string) => string;
  checklistIntro: string;
  /** The default scale, lowest first (a `.scale` property replaces it). */
  checklistScale: readonly RatingPoint[];
  checklistExampleDone: string;
  checklistNotePlaceholder: string;
  /** An inherited group's heading: the level it comes from, and how far it has come (`checklistGroupProgress`). */
  checklistFromLevel: (levelId: string, levelTitle: string, progress: string) => string;
  /** "4 of 5 rated": expectations rated, red flags applying or examples done in a group. */
  checklistGroupProgress: (done: number, total: number, kind: SectionKind) => string;
  /** The button that opens an item's note box; its accessible name adds the item's text. */
  checklistAddNote: string;
  /** The button that clears one expectation's rating; its accessible name adds the item's text. */
  checklistClearRating: string;
  /** Said when one rating was cleared. */
  checklistRatingCleared: string;
  /** The name of the sticky progress bar. */
  checklistProgressLabel: string;
  checklistOnlyUnrated: string;
  checklistNextUnrated: string;
  /** Said when the "Only unrated" filter is turned on (`count` unrated expectations) or off. */
  checklistFilterOn: (count: number) => string;
  checklistFilterOff: string;
  /** Said by "Next unrated" when there is none. */
  checklistAllRated: string;
  /** Under "What <next level> adds": what is shown, with the level rated. */
  checklistGapIntro: (levelTitle: string) => string;
  /** Reset with nothing to clear. */
  checklistResetNothing: string;
  /** A linked view (`sync-url`) names levels the ladder does not have. */
  checklistLinkStale: (ids: string) => string;
  checklistSummaryHeading: string;
  checklistRatedCount: (rated: number, total: number) => string;
  checklistApplyingCount: (applying: number, total: number) => string;
  checklistDoneCount: (done: number, total: number) => string;
  checklistPointCount: (label: string, count: number) => string;
  checklistReadinessMet: (levelTitle: string) => string;
  checklistReadinessTopics: (levelTitle: string) => string;
  checklistReadinessUnrated: (count: number) => string;
  checklistReadinessLowest: (count: number, label: string) => string;
  checklistReadinessTopShare: (percent: number, needed: number, label: string) => string;
  checklistReadinessRedFlags: (count: number) => string;
  checklistReadinessNote: string;
  checklistCompareNext: string;
  checklistGapHeading: (levelTitle: string) => string;
  checklistGapNothing: string;
  checklistGapBack: (levelTitle: string) => string;
  checklistActionsLabel: string;
  checklistCopyMarkdown: string;
  checklistMarkdownCopied: string;
  checklistMarkdownCopyFailed: string;
  /** The line under the title in the Markdown export and the print view: the person's level and the date. */
  checklistExportMeta: (level: string, date: string) => string;
  /** A section's line in the Markdown export's summary. */
  checklistExportSectionLine: (section: string, counts: string) => string;
  /** Said in the Markdown export when nothing is rated or noted. */
  checklistExportNothing: string;
  checklistDownloadJson: string;
  checklistImportJson: string;
  checklistPrint: string;
  checklistReset: string;
  checklistCancel: string;
  checklistImportInvalid: (fileName: string) => string;
  /** The picked file could not be read at all (removed, unreadable, too large). */
  checklistImportUnreadable: string;
  checklistImportConfirm: (count: number, replacing: number) => string;
  checklistImportOtherLadder: (ladderId: string) => string;
  checklistImportConfirmButton: string;
  /** Before an import: whose file it is (its name, the level it names, its export date). */
  checklistImportWhose: (fileName: string, level: string | undefined, exportedAt: string | undefined) => string;
  /** Before an import: how many of the listed items the file rates differently (as a review would list them). */
  checklistImportDiffering: (count: number) => string;
  checklistOpenSideBySide: string;
  checklistSideBySideTitle: (fileName: string) => string;
  /** The label of the checklist's own ratings in the side-by-side review. */
  checklistSideBySideYours: string;
  checklistImportInstead: string;
  checklistClose: string;
  checklistImported: (count: number) => string;
  checklistResetConfirm: (count: number) => string;
  checklistResetConfirmButton: string;
  checklistResetDone: string;
  checklistStorageBlocked: string;
  checklistStorageFull: string;
  checklistStorageCorruptKept: (reason: string, key: string) => string;
  /** Unreadable saved data could not be set aside: left as it is, ratings saved under `key` instead. */
  checklistStorageCorruptLeft: (reason: string, key: string) => string;
  /** A newer version of ladder-elements saved under the key: left as it is, ratings saved under `key` instead. */
  checklistStorageNewer: (version: number, key: string) => string;
  checklistOrphans: (count: number) => string;
  /** Where a remote store saves, shown in the page: `url` is the store's address. */
  checklistSaveLocation: (url: string) => string;
  checklistSaveLoading: string;
  checklistSaveSaved: string;
  checklistSaveSaving: string;
  checklistSavePending: (reason: string) => string;
  checklistSaveFailed: (reason: string) => string;
  checklistSaveUnauthorized: (status: number) => string;
  checklistSaveKeptLocally: string;
  checklistSaveNotKept: string;
  checklistSaveRetry: string;
  checklistUndo: string;
  checklistUndone: string;
  checklistImportKeptCopy: string;
  checklistConfirmMove: (button: string) => string;
  checklistConfirmHidden: string;
  /** The confirmation's code could not be loaded (offline): nothing was changed. */
  checklistConfirmUnavailable: string;
  checklistSnapshotSave: string;
  checklistSnapshotSaved: (label: string) => string;
  checklistSnapshotUnchanged: (label: string) => string;
  checklistSnapshotFull: (cap: number, oldest: string) => string;
  checklistSnapshotDropButton: string;
  checklistSnapshotDropped: (label: string) => string;
  checklistSnapshotFullSkipped: (cap: number) => string;
  checklistSnapshotDropNote: (oldest: string) => string;
  /** How a snapshot is named in lists: its date, and why it was taken. */
  checklistSnapshotName: (date: string, reason: string | undefined) => string;
  checklistSnapshotReasons: Readonly<Record<string, string>>;
  checklistHistoryHeading: (count: number) => string;
  checklistChangesSince: string;
  checklistChangesNone: string;
  checklistChangeKinds: Readonly<Record<string, string>>;
  checklistChangeNote: string;
  checklistTrendHeading: string;
  checklistTrendCaption: (top: string) => string;
  checklistTrendNow: string;
  checklistTrendCount: (what: string, from: number, to: number, total: number) => string;
}

export const checklistStrings: ChecklistStrings = {
  checklistTitle: (title) => `Self-assessment: ${title}`,
  checklistIntro:
    'Rate yourself against each expectation to prepare a 1:1 or a promotion conversation. It is a starting point for talking with your manager, not a test: leave what you are unsure about as a question.',
  checklistScale: [
    { value: 'not-yet', label: 'Not yet' },
    { value: 'sometimes', label: 'Sometimes' },
    { value: 'consistently', label: 'Consistently' },
  ],
  checklistNotApplicable: 'Not applicable',
  checklistNotRated: 'Not rated',
  checklistRedFlagApplies: 'Applies to me',
  checklistExampleDone: 'I have done this',
  checklistNoteLabel: 'Note',
  checklistNotePlaceholder: 'Evidence, links…',
  checklistFromLevel: (id, title, progress) => (title.includes(id) ? `From ${id} · ${progress}` : `From ${id} · ${title} · ${progress}`),
  checklistGroupProgress: (done, total, kind) =>
    kind === 'red-flag'
      ? `${done} of ${total} ${s(done, 'applies', 'apply')} to you`
      : `${done} of ${total} ${kind === 'example' ? 'done' : 'rated'}`,
  checklistAddNote: 'Add note',
  checklistClearRating: 'Clear rating',
  checklistRatingCleared: 'Rating cleared.',
  checklistProgressLabel: 'Your progress',
  checklistOnlyUnrated: 'Only unrated',
  checklistNextUnrated: 'Next unrated',
  checklistFilterOn: (n) =>
    n
      ? `Showing the ${n} unrated ${s(n, 'expectation', 'expectations')}; what you rate now stays in view.`
      : 'Every expectation is rated: nothing to show.',
  checklistFilterOff: 'Showing every item.',
  checklistAllRated: 'Every expectation is rated.',
  checklistGapIntro: (title) => `Only what is new or reworded since ${title}; every rating is kept.`,
  checklistResetNothing: 'Nothing to clear: nothing in this checklist is rated or noted yet.',
  checklistLinkStale: (ids) => `The link asks for ${ids}, which this ladder does not have.`,
  checklistSummaryHeading: 'Where you stand',
  checklistRatedCount: (rated, total) => `${rated} of ${total} ${s(total, 'expectation', 'expectations')} rated`,
  checklistApplyingCount: (n, total) => `${n} of ${total} red ${s(total, 'flag applies', 'flags apply')} to you`,
  checklistDoneCount: (n, total) => `${n} of ${total} ${s(total, 'example', 'examples')} done`,
  checklistPointCount: (label, n) => `${label}: ${n}`,
  checklistReadinessMet: (title) =>
    `Your ratings match the readiness rule for ${title}: a good moment to talk it through with your manager.`,
  checklistReadinessTopics: (title) => `Worth talking through for ${title}:`,
  checklistReadinessUnrated: (n) => `${n} ${s(n, 'expectation', 'expectations')} not rated yet`,
  checklistReadinessLowest: (n, label) => `${n} ${s(n, 'expectation', 'expectations')} rated “${label}”`,
  checklistReadinessTopShare: (percent, needed, label) =>
    `“${label}” for ${percent}% of the applicable expectations (the rule looks for ${needed}%)`,
  checklistReadinessRedFlags: (n) => `${n} red ${s(n, 'flag', 'flags')} you feel ${s(n, 'applies', 'apply')}`,
  checklistReadinessNote: 'This is an aid for the conversation, not a score: your team may set the rule differently.',
  checklistCompareNext: 'Compare with the next level',
  checklistGapHeading: (title) => `What ${title} adds`,
  checklistGapNothing: 'The next level adds no new expectations.',
  checklistGapBack: (title) => `Back to ${title}`,
  checklistActionsLabel: 'Checklist actions',
  checklistCopyMarkdown: 'Copy as Markdown',
  checklistMarkdownCopied: 'Copied as Markdown.',
  checklistMarkdownCopyFailed: 'Copying is not allowed here. Select the text below and copy it.',
  checklistExportMeta: (level, date) => `Level: ${level} · ${date}`,
  checklistExportSectionLine: (section, counts) => `${section}: ${counts}`,
  checklistExportNothing: 'Nothing rated or noted yet.',
  checklistDownloadJson: 'Download JSON',
  checklistImportJson: 'Import JSON',
  checklistPrint: 'Print',
  checklistReset: 'Reset',
  checklistCancel: 'Cancel',
  checklistImportUnreadable: 'the browser could not read the file; pick it again, or a copy of it.',
  checklistImportInvalid: (name) => `“${name}” cannot be imported:`,
  checklistImportConfirm: (n, replacing) =>
    `Import ${n} saved ${s(n, 'item', 'items')}? ${replacing ? `${replacing} of them would replace what you have entered.` : 'Nothing you have entered is replaced.'} Everything else stays as it is.`,
  checklistImportOtherLadder: (id) => `The file was made for another ladder (“${id}”).`,
  checklistImportConfirmButton: 'Import',
  checklistImportWhose: (name, level, exportedAt) =>
    `“${name}” holds ratings for ${level ?? 'no level in particular'}, ${exportedAt ? `exported ${exportedAt}` : 'with no export date'}.`,
  checklistImportDiffering: (n) =>
    n ? `${n} ${s(n, 'item is', 'items are')} rated differently from yours.` : 'No item is rated differently from yours.',
  checklistOpenSideBySide: 'Open side by side instead',
  checklistSideBySideTitle: (name) => `Side by side: your ratings and “${name}”`,
  checklistSideBySideYours: 'Yours',
  checklistImportInstead: 'Import instead',
  checklistClose: 'Close',
  checklistImported: (n) => `${n} ${s(n, 'item', 'items')} imported.`,
  checklistResetConfirm: (n) =>
    `Clear your ratings and notes for the ${n} ${s(n, 'item', 'items')} of this checklist? A copy is kept in your history, and you can undo it.`,
  checklistResetConfirmButton: 'Clear ratings',
  checklistResetDone: 'Ratings cleared.',
  checklistStorageBlocked:
    'This browser does not let the page save data: your ratings stay only while the page is open. Download JSON to keep them.',
  checklistStorageFull: 'This browser’s storage for the site is full: your latest changes are not saved. Download JSON to keep them.',
  checklistStorageCorruptKept: (reason, key) =>
    `Your saved ratings could not be read (${reason}). They were set aside, unchanged, under “${key}” in this browser’s storage; new ratings are saved as usual.`,
  checklistStorageCorruptLeft: (reason, key) =>
    `Your saved ratings could not be read (${reason}), and there is no room to set them aside, so they are left as they are. New ratings are saved under “${key}” instead.`,
  checklistStorageNewer: (version, key) =>
    `A newer version of this page (ratings version ${version}) saved here, in another tab or window. Its data is left as it is; your ratings from this page are saved under “${key}”.`,
  checklistSaveLocation: (url) => `Saves to ${url}:`,
  checklistSaveLoading: 'Loading…',
  checklistSaveSaved: 'Saved',
  checklistSaveSaving: 'Saving…',
  checklistSavePending: (reason) => `Not saved yet — will retry (${reason}).`,
  checklistSaveFailed: (reason) => `Cannot save: ${reason}.`,
  checklistSaveUnauthorized: (status) => `You are not signed in to save (the server answered ${status})`,
  checklistSaveKeptLocally: 'Your changes are kept in this browser until then.',
  checklistSaveNotKept: 'This browser does not let the page keep a copy: keep the page open, or download JSON.',
  checklistSaveRetry: 'Try again',
  checklistUndo: 'Undo',
  checklistUndone: 'Undone.',
  checklistImportKeptCopy: 'A copy of your ratings before the import is kept in your history.',
  checklistConfirmMove: (button) => `To confirm, move the pointer onto “${button}”, then click it.`,
  checklistConfirmHidden:
    'This checklist is not fully visible on the page (it is covered, transparent or moving), so it does not change anything. Make it fully visible, then confirm.',
  checklistConfirmUnavailable:
    'This cannot be confirmed right now: part of the checklist could not be loaded (offline?). Nothing was changed; try again.',
  checklistSnapshotSave: 'Save a snapshot',
  checklistSnapshotSaved: (label) => `Snapshot saved: ${label}.`,
  checklistSnapshotUnchanged: (label) => `Nothing changed since the snapshot of ${label}.`,
  checklistSnapshotFull: (cap, oldest) => `Your history holds ${cap} snapshots. Drop the oldest (${oldest}) to save this one?`,
  checklistSnapshotDropButton: 'Drop the oldest and save',
  checklistSnapshotDropped: (label) => `Snapshot saved; the oldest (${label}) was dropped.`,
  checklistSnapshotFullSkipped: (cap) =>
    `No snapshot was kept: your history holds ${cap}. Use “Save a snapshot” to drop the oldest and keep a new one.`,
  checklistSnapshotDropNote: (oldest) => `To keep that copy, the oldest snapshot (${oldest}) is dropped.`,
  checklistSnapshotName: (date, reason) => (reason ? `${date} · ${reason}` : date),
  checklistSnapshotReasons: {
    manual: 'saved by you',
    export: 'when exported',
    print: 'when printed',
    'before-clear': 'before clearing',
    'before-import': 'before an import',
  },
  checklistHistoryHeading: (n) => `History: ${n} ${s(n, 'snapshot', 'snapshots')}`,
  checklistChangesSince: 'Changes since',
  checklistChangesNone: 'Nothing in this checklist changed since then.',
  checklistChangeKinds: {
    up: 'Moved up',
    down: 'Moved down',
    new: 'Newly rated',
    unrated: 'No longer rated',
    changed: 'Changed',
    applies: 'Red flags that now apply',
    'no-longer-applies': 'Red flags that no longer apply',
    done: 'Examples now done',
    undone: 'Examples no longer done',
    note: 'Only the note changed',
  },
  checklistChangeNote: 'note changed',
  checklistTrendHeading: 'Trend per section',
  checklistTrendCaption: (top) => `Each column is a snapshot, oldest first, then now; the darkest part is “${top}”.`,
  checklistTrendNow: 'now',
  checklistTrendCount: (what, from, to, total) => `${what}: ${from} → ${to} of ${total}`,
  checklistOrphans: (n) =>
    `${n} saved ${s(n, 'rating refers', 'ratings refer')} to expectations that are no longer in this ladder. ${s(n, 'It is', 'They are')} kept, and included when you download JSON.`,
};
