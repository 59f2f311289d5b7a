/**
 * Every string the library itself adds to the page (labels, headings, messages), in one room: one
 * table per element, one prefix per table (none for the shared `common` strings; `card…`,
 * `compare…`, `checklist…`, `review…`, `load…`). A host translates the widgets with `setLadderStrings({...})`
 * for the whole page, or per element with its `.strings` property. Ladder text comes from the ladder.
 * (This module holds every table; the elements use page-strings.ts, which loads tables with their elements.)
 */
import { type CardStrings, cardStrings } from './card.js';
import { type ChecklistStrings, checklistStrings } from './checklist.js';
import { type CommonStrings, commonStrings } from './common.js';
import { type CompareStrings, compareStrings } from './compare.js';
import { type LoadStrings, loadStrings } from './load.js';
import { addDefaultStrings } from './page-strings.js';
import { type ReviewStrings, reviewStrings } from './review.js';

export { getLadderStrings, onLadderStringsChange, setLadderStrings } from './page-strings.js';

export interface LadderStrings extends CommonStrings, CardStrings, CompareStrings, ChecklistStrings, ReviewStrings, LoadStrings {}

export const defaultStrings: LadderStrings = Object.freeze({
  ...commonStrings,
  ...cardStrings,
  ...compareStrings,
  ...checklistStrings,
  ...reviewStrings,
  ...loadStrings,
});

addDefaultStrings(defaultStrings);
