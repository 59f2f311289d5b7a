/**
 * Strings of <ladder-compare>; part of LadderStrings (see strings.ts). Prefixed `compare`
 * because every element's strings share one object. The element also uses the shared `buildsOn`,
 * `inheritedFrom`, `replaces`, `kindLabel` and `emptySection`.
 */
import { count } from './common.js';

export interface CompareStrings {
  /** Legend of the mode switch. */
  compareModeLegend: string;
  /** The `delta` mode: each level's own items. */
  compareModeDelta: string;
  /** The `cumulative` mode: everything each level expects. */
  compareModeCumulative: string;
  /** Legend of the level checkboxes. */
  compareLevelsLegend: string;
  compareFilterLabel: string;
  /** Label of the one-level picker of the narrow layout. */
  compareShownLevel: string;
  /** Header of the section column. */
  compareSectionHeader: string;
  compareCaption: (ladder: string, mode: string) => string;
  /** Tag of an item a level adds (cumulative mode). */
  compareNew: string;
  /** Tag of an item new since the previous column that comes from a level in between (cumulative mode). */
  compareNewFrom: (levelId: string) => string;
  /** Under a column's heading (cumulative mode): the column it is compared with. */
  compareNewSince: (levelId: string) => string;
  /** What the tags mean (cumulative mode). */
  compareLegend: string;
  /** A level's matches, in the narrow layout's level picker. */
  compareLevelMatches: (count: number) => string;
  /** A delta cell with no items. */
  compareNothingNew: string;
  /** A cell whose items the filter all hides. */
  compareNoMatch: string;
  /** The whole table when the filter hides every item. */
  compareNoMatches: (filter: string) => string;
  /** Announced while filtering. */
  compareMatchCount: (count: number) => string;
  /** Announced after the reader changes the levels or the mode. */
  compareAnnounce: (levels: string[], mode: string) => string;
  /** A note above the table: levels asked for (in a link, an attribute) that the ladder does not have; the others are shown. */
  compareUnknownLevels: (levels: string[], known: string[]) => string;
  /** The end of a cell cut for length. */
  compareMoreInCell: (count: number) => string;
  /** Above a table cut to its first levels. */
  compareMoreLevels: (shown: number, total: number) => string;
}

export const compareStrings: CompareStrings = {
  compareModeLegend: 'Show',
  compareModeDelta: 'What is new at each level',
  compareModeCumulative: 'Everything each level expects',
  compareLevelsLegend: 'Levels',
  compareFilterLabel: 'Filter items',
  compareShownLevel: 'Level shown',
  compareSectionHeader: 'Section',
  compareCaption: (ladder, mode) => `${ladder}: ${mode}`,
  compareNew: 'New',
  compareNewFrom: (level) => `New (from ${level})`,
  compareNewSince: (level) => `New since ${level}`,
  compareLegend:
    '★ New: not expected yet in the column it is compared with (the previous level it builds on, named under each level). ↳ From: expected there already, added by that level.',
  compareLevelMatches: (count) => `${count} match${count === 1 ? '' : 'es'}`,
  compareNothingNew: 'Nothing new at this level.',
  compareNoMatch: 'No items match.',
  compareNoMatches: (filter) => `No items match "${filter}".`,
  compareMatchCount: (count) => `${count} item${count === 1 ? '' : 's'} match.`,
  compareAnnounce: (levels, mode) => `Comparing ${levels.join(', ')}. ${mode}.`,
  compareUnknownLevels: (levels, known) =>
    `There ${levels.length === 1 ? 'is no level' : 'are no levels'} ${levels.map((l) => `"${l}"`).join(', ')} in this ladder. Known levels: ${known.join(', ')}.`,
  compareMoreInCell: (n) => `… and ${count(n)} more`,
  compareMoreLevels: (shown, total) => `Showing the first ${shown} of ${total} levels: choose the levels to compare.`,
};
