/**
 * Every string the library itself adds to the page (labels, headings, messages), in one place.
 * A host translates the widgets with `setLadderStrings({...})` for the whole page, or per element
 * with its `.strings` property. Ladder text itself comes from the ladder, not from here.
 */
import { type ChecklistStrings, checklistStrings } from './elements/checklist/checklist.strings.js';
import { type CompareStrings, compareStrings } from './elements/compare/compare.strings.js';

export interface LadderStrings extends CompareStrings, ChecklistStrings {
  loading: string;
  errorHeading: string;
  /** Heading of the list of validation problems. */
  problemsHeading: string;
  /** The button of a failed `src` request. */
  retry: string;
  unknownLevel: (level: string, known: string) => string;
  noLevel: string;
  buildsOn: string;
  inheritedToggle: (count: number) => string;
  inheritedFrom: (level: string) => string;
  replaces: string;
  kindLabel: { expectation: string; 'red-flag': string; example: string };
  itemCount: (count: number) => string;
  inheritedCount: (count: number) => string;
  copyLink: string;
  copyLinkLabel: (itemText: string) => string;
  linkCopied: string;
  copyFailed: (url: string) => string;
  emptySection: string;
}

export const defaultStrings: LadderStrings = {
  ...compareStrings,
  ...checklistStrings,
  loading: 'Loading ladder…',
  errorHeading: 'This ladder cannot be shown',
  problemsHeading: 'Problems found',
  retry: 'Try again',
  unknownLevel: (level, known) => `There is no level "${level}" in this ladder. Known levels: ${known}.`,
  noLevel: 'No level chosen: set the level attribute, for example level="L3".',
  buildsOn: 'Builds on',
  inheritedToggle: (count) => `Show ${count} inherited expectation${count === 1 ? '' : 's'}`,
  inheritedFrom: (level) => `From ${level}`,
  replaces: 'Replaces',
  kindLabel: { expectation: 'Expectation', 'red-flag': 'Red flag', example: 'Example' },
  itemCount: (count) => `${count} item${count === 1 ? '' : 's'}`,
  inheritedCount: (count) => `+${count} inherited`,
  copyLink: 'Copy link',
  copyLinkLabel: (itemText) => `Copy link to "${itemText.length > 60 ? `${itemText.slice(0, 57)}…` : itemText}"`,
  linkCopied: 'Link copied.',
  copyFailed: (url) => `Copying is not allowed here. The link is: ${url}`,
  emptySection: 'Nothing at this level.',
};

let current: LadderStrings = defaultStrings;
const listeners = new Set<() => void>();

/** The strings in force for the page. */
export function getLadderStrings(): LadderStrings {
  return current;
}

/** Replaces some or all strings for every element on the page; connected elements re-render. */
export function setLadderStrings(overrides: Partial<LadderStrings>): void {
  current = { ...current, ...overrides };
  for (const listener of listeners) listener();
}

/** Subscribes to string changes; returns the unsubscribe function. */
export function onLadderStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
