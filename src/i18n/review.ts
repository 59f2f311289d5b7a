/** Strings of <ladder-review>, prefixed `review`; part of LadderStrings (see strings.ts). */
const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export interface ReviewStrings {
  reviewTitle: (levelTitle: string) => string;
  /** The title before a level is known (no files yet). */
  reviewTitleNoLevel: string;
  reviewIntro: string;
  reviewActionsLabel: string;
  reviewOpenFiles: string;
  reviewCopyMarkdown: string;
  reviewMarkdownCopied: string;
  reviewMarkdownCopyFailed: string;
  reviewAssessmentsHeading: string;
  /** The label of an assessment's name field. */
  reviewLabelField: (position: number) => string;
  /** The column heading of an assessment whose name was left empty. */
  reviewUnnamed: (position: number) => string;
  reviewRemove: string;
  reviewRemoveLabel: (label: string) => string;
  /** What a file says about itself: its level and export date, when it names them. */
  reviewFileMeta: (level: string | undefined, exportedAt: string | undefined, rated: number) => string;
  reviewOtherLadder: (ladderId: string) => string;
  reviewBroken: (label: string) => string;
  reviewUnreadable: (fileName: string) => string;
  reviewTooMany: (max: number, dropped: number) => string;
  reviewEmpty: string;
  reviewOnlyOne: string;
  reviewLevelsDiffer: (levels: string) => string;
  reviewAgendaHeading: (count: number) => string;
  reviewAgendaEmpty: string;
  reviewRestHeading: string;
  reviewRestOmitted: (count: number) => string;
  reviewSummaryHeading: string;
  reviewItemHeader: string;
  reviewDiffers: string;
  reviewNotRated: string;
  reviewNotMarked: string;
  reviewApplies: string;
  reviewDone: string;
  reviewRatedCount: (rated: number, total: number) => string;
  reviewApplyingCount: (applying: number, total: number) => string;
  reviewDoneCount: (done: number, total: number) => string;
  /** A section's line in the Markdown summary: "Skills: Self 3 of 4 rated · Manager 4 of 4 rated". */
  reviewSummaryLine: (section: string, counts: readonly { label: string; count: string }[]) => string;
  reviewSaysNothing: string;
}

export const reviewStrings: ReviewStrings = {
  reviewTitle: (title) => `Review: ${title}`,
  reviewTitleNoLevel: 'Review',
  reviewIntro: 'Assessments of one person against one level, side by side. Read-only: nothing here changes anyone’s saved ratings.',
  reviewActionsLabel: 'Review actions',
  reviewOpenFiles: 'Open files…',
  reviewCopyMarkdown: 'Copy agenda as Markdown',
  reviewMarkdownCopied: 'Copied as Markdown.',
  reviewMarkdownCopyFailed: 'Copying is not allowed here. Select the text below and copy it.',
  reviewAssessmentsHeading: 'Assessments',
  reviewLabelField: (n) => `Name of assessment ${n}`,
  reviewUnnamed: (n) => `Assessment ${n}`,
  reviewRemove: 'Remove',
  reviewRemoveLabel: (label) => `Remove “${label}”`,
  reviewFileMeta: (level, exportedAt, rated) =>
    [level ? `for ${level}` : 'no level named', exportedAt ? `exported ${exportedAt}` : '', `${rated} ${s(rated, 'item', 'items')} marked`]
      .filter(Boolean)
      .join(' · '),
  reviewOtherLadder: (id) => `Made for another ladder (“${id}”).`,
  reviewBroken: (label) => `“${label}” cannot be read:`,
  reviewUnreadable: (name) => `“${name}” could not be read by the browser; pick it again, or a copy of it.`,
  reviewTooMany: (max, dropped) =>
    `Only ${max} assessments can be shown side by side; ${dropped} more ${s(dropped, 'was', 'were')} left out.`,
  reviewEmpty: 'Open two or more ratings files (“Download JSON” in a checklist) to see them side by side.',
  reviewOnlyOne: 'Open another assessment to compare with this one.',
  reviewLevelsDiffer: (levels) => `The assessments are for different levels (${levels}): set the level attribute to choose one.`,
  reviewAgendaHeading: (n) => `Worth talking about: ${n} ${s(n, 'item', 'items')} where you differ`,
  reviewAgendaEmpty: 'You agree on every item you both rated.',
  reviewRestHeading: 'Everything else',
  reviewRestOmitted: (n) => `${n} ${s(n, 'item', 'items')} nobody rated or noted ${s(n, 'is', 'are')} left out.`,
  reviewSummaryHeading: 'Per section',
  reviewItemHeader: 'Item',
  reviewDiffers: 'You differ',
  reviewNotRated: 'Not rated',
  reviewNotMarked: 'Not marked',
  reviewApplies: 'Applies',
  reviewDone: 'Done',
  reviewRatedCount: (rated, total) => `${rated} of ${total} rated`,
  reviewApplyingCount: (n, total) => `${n} of ${total} red ${s(total, 'flag applies', 'flags apply')}`,
  reviewDoneCount: (n, total) => `${n} of ${total} ${s(total, 'example', 'examples')} done`,
  reviewSummaryLine: (section, counts) => `${section}: ${counts.map((c) => `${c.label} ${c.count}`).join(' · ')}`,
  reviewSaysNothing: 'Nothing marked',
};
