/**
 * ladder-elements: classes, types, events and the model. Importing this module defines no tags;
 * import `ladder-elements/define.js` (all) or one element's module (e.g. `ladder-elements/level-card.js`).
 */
export type { LadderState } from './context/ladder-context.js';
export { ladderContext } from './context/ladder-context.js';
export { clearLadderCache, LadderLoadError, loadLadder } from './data/fetch.js';
export { DEFAULT_LADDER_ID, getRegisteredLadder, registeredLadderIds, registerLadder } from './data/registry.js';
export { LadderChecklistElement } from './elements/checklist/checklist.element.js';
export { LadderCompareElement } from './elements/compare/compare.element.js';
export { LadderLevelCardElement } from './elements/level-card/level-card.element.js';
export { LadderProviderElement } from './elements/provider/provider.element.js';
export { LadderElement } from './elements/shared/ladder-element.js';
export { type CompareMode, LadderCompareChangeEvent } from './events/compare-change.js';
export { LadderLevelSelectEvent } from './events/level-select.js';
export { renderInlineMarkdown, renderMarkdown, safeHref } from './markdown/render.js';
export { LadderRatingChangeEvent } from './events/rating-change.js';
export * from './model/ratings.js';
export { RatingStore, ratingsStorageKey, type StorageProblem } from './data/rating-store.js';
export * from './model/resolve.js';
export * from './model/types.js';
export { formatLadderError, parseLadder, parseLadderJson, slugify } from './model/validate.js';
export { defaultStrings, getLadderStrings, type LadderStrings, setLadderStrings } from './strings.js';
