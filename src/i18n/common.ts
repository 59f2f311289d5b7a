/** Strings every element uses: status, errors, level references, item kinds, copy link. No prefix. */
export interface CommonStrings {
  loading: string;
  errorHeading: string;
  /** Heading of the list of validation problems. */
  problemsHeading: string;
  /** The last line of a cut list of problems. */
  moreProblems: (count: number) => string;
  /** The button of a failed `src` request. */
  retry: string;
  unknownLevel: (level: string, known: string) => string;
  noLevel: string;
  buildsOn: string;
  inheritedFrom: (level: string) => string;
  replaces: string;
  kindLabel: { expectation: string; 'red-flag': string; example: string };
  copyLink: string;
  copyLinkLabel: (itemText: string) => string;
  linkCopied: string;
  /** Shown next to the item, above the link to copy by hand, where the clipboard is not allowed. */
  copyFallback: string;
  emptySection: string;
  /** Label of the examples attached to an item. */
  itemExamples: string;
  /** The title of a link whose URL was refused (it stays visible as text). */
  linkRemoved: string;
  /** Under a list cut for length: how many items are shown, and the button that shows more. */
  shownOf: (shown: number, total: number) => string;
  showMore: (count: number) => string;
}

let numbers: Intl.NumberFormat | undefined;
/** 100000 → "100,000" (one formatter for the page: making one per call is slow). */
export const count = (n: number): string => (numbers ??= new Intl.NumberFormat('en')).format(n);

export const commonStrings: CommonStrings = {
  loading: 'Loading ladder…',
  errorHeading: 'This ladder cannot be shown',
  problemsHeading: 'Problems found',
  moreProblems: (n) => `… ${n} more`,
  retry: 'Try again',
  unknownLevel: (level, known) => `There is no level "${level}" in this ladder. Known levels: ${known}.`,
  noLevel: 'No level chosen: set the level attribute, for example level="L3".',
  buildsOn: 'Builds on',
  inheritedFrom: (level) => `From ${level}`,
  replaces: 'Replaces',
  kindLabel: { expectation: 'Expectation', 'red-flag': 'Red flag', example: 'Example' },
  copyLink: 'Copy link',
  copyLinkLabel: (itemText) => `Copy link to "${itemText.length > 60 ? `${itemText.slice(0, 57)}…` : itemText}"`,
  linkCopied: 'Link copied.',
  copyFallback: 'Copying is not allowed here. Copy the link:',
  emptySection: 'Nothing at this level.',
  itemExamples: 'For example',
  linkRemoved: 'Link removed: unsupported URL',
  shownOf: (shown, total) => `Showing ${count(shown)} of ${count(total)} items.`,
  showMore: (n) => `Show ${count(n)} more`,
};
