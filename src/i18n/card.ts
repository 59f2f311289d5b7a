/** Strings of <ladder-level-card>, prefixed `card`. */
export interface CardStrings {
  cardInheritedToggle: (count: number) => string;
  cardItemCount: (count: number) => string;
  cardInheritedCount: (count: number) => string;
}

export const cardStrings: CardStrings = {
  cardInheritedToggle: (count) => `Show ${count} inherited expectation${count === 1 ? '' : 's'}`,
  cardItemCount: (count) => `${count} item${count === 1 ? '' : 's'}`,
  cardInheritedCount: (count) => `+${count} inherited`,
};
