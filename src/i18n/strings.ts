/**
 * Every string the library itself adds to the page (labels, headings, messages), in one room: one
 * table per element, one prefix per table (none for the shared `common` strings; `card…`,
 * `compare…`, `checklist…`, `review…`, `load…`). A host translates the widgets with `setLadderStrings({...})`
 * for the whole page, or per element with its `.strings` property. Ladder text comes from the ladder.
 */
import { type CardStrings, cardStrings } from './card.js';
import { type ChecklistStrings, checklistStrings } from './checklist.js';
import { type CommonStrings, commonStrings } from './common.js';
import { type CompareStrings, compareStrings } from './compare.js';
import { type LoadStrings, loadStrings } from './load.js';
import { type ReviewStrings, reviewStrings } from './review.js';

export interface LadderStrings extends CommonStrings, CardStrings, CompareStrings, ChecklistStrings, ReviewStrings, LoadStrings {}

export const defaultStrings: LadderStrings = Object.freeze({
  ...commonStrings,
  ...cardStrings,
  ...compareStrings,
  ...checklistStrings,
  ...reviewStrings,
  ...loadStrings,
});

let current: LadderStrings = defaultStrings;
const listeners = new Set<() => void>();

/** The strings in force for the page. */
export function getLadderStrings(): LadderStrings {
  return current;
}

/** Replaces some or all strings for every element on the page; connected elements re-render. */
export function setLadderStrings(overrides: Partial<LadderStrings>): void {
  current = Object.freeze({ ...current, ...overrides });
  for (const listener of listeners) listener();
}

/** Subscribes to string changes; returns the unsubscribe function. */
export function onLadderStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
