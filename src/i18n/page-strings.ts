/**
 * The strings in force on the page: the default tables loaded so far under the host's overrides. The
 * tables every element shows (common, card, loading) are here; the comparison's and the checklist's
 * join when their element's code loads (`addDefaultStrings`), so a page pays only for what it shows.
 * The public module, with every table, is strings.ts.
 */
import { cardStrings } from './card.js';
import { commonStrings } from './common.js';
import { loadStrings } from './load.js';
import type { LadderStrings } from './strings.js';

let defaults: Partial<LadderStrings> = { ...commonStrings, ...cardStrings, ...loadStrings };
let overrides: Partial<LadderStrings> = {};
let current = Object.freeze({ ...defaults }) as LadderStrings;
const listeners = new Set<() => void>();

const merge = () => (current = Object.freeze({ ...defaults, ...overrides }) as LadderStrings);

/** The strings in force for the page. */
export function getLadderStrings(): LadderStrings {
  return current;
}

/** Adds an element's default table (once its code is loaded); the host's overrides stay on top. */
export function addDefaultStrings(table: Partial<LadderStrings>): void {
  if (Object.keys(table).every((key) => Object.hasOwn(defaults, key))) return;
  defaults = { ...defaults, ...table };
  merge();
}

/** Replaces some or all strings for every element on the page; connected elements re-render. */
export function setLadderStrings(changes: Partial<LadderStrings>): void {
  overrides = { ...overrides, ...changes };
  merge();
  for (const listener of listeners) listener();
}

/** Subscribes to string changes; returns the unsubscribe function. */
export function onLadderStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
