/** Strings of <ladder-level-card>, prefixed `card`. */
export interface CardStrings {
  /** The inherited toggle while closed. */
  cardInheritedToggle: (count: number) => string;
  /** The inherited toggle while open. */
  cardInheritedHide: (count: number) => string;
  /** Returns to the level the reader came from ("Builds on …"). */
  cardBackTo: (levelTitle: string) => string;
  /** The compact card's toggle to the full card, closed and open. */
  cardShowDetails: string;
  cardHideDetails: string;
  /** How to move between the copy-link buttons of a list (one tab stop per list). */
  cardCopyHint: string;
  cardItemCount: (count: number) => string;
  cardInheritedCount: (count: number) => string;
}

export const cardStrings: CardStrings = {
  cardInheritedToggle: (count) => `Show ${count} inherited expectation${count === 1 ? '' : 's'}`,
  cardInheritedHide: (count) => `Hide ${count} inherited expectation${count === 1 ? '' : 's'}`,
  cardBackTo: (title) => `Back to ${title}`,
  cardShowDetails: 'Show every expectation',
  cardHideDetails: 'Show the summary only',
  cardCopyHint: 'The arrow keys move between the copy-link buttons of a list.',
  cardItemCount: (count) => `${count} item${count === 1 ? '' : 's'}`,
  cardInheritedCount: (count) => `+${count} inherited`,
};
