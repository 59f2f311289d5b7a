/**
 * ladder-elements: classes, types, events and the model. Importing this module defines no tags;
 * import `ladder-elements/define.js` (all) or one element's module (e.g. `ladder-elements/level-card.js`).
 */
export type { LadderState } from './context/ladder-context.js';
export { ladderContext } from './context/ladder-context.js';
export { LadderLoadError } from './data/ladder-source.js';
export { clearLadderCache, loadLadder } from './data/load-ladder.js';
export { HttpRatingsStore, type HttpStoreOptions, type StoreRequestInit, storeUrlProblem } from './data/stores/http-store.js';
export { LocalRatingsStore, ratingsStorageKey, SET_ASIDE_MAX_CHARS, SET_ASIDE_MAX_COPIES } from './data/stores/local-store.js';
export { RatingsSync, ratingsSyncFor, type SaveState, type SyncStatus } from './data/stores/ratings-sync.js';
export {
  type MaybePromise,
  type RatingsStore,
  type SaveResult,
  StoreError,
  type StoreErrorKind,
  type StoredRatings,
  type StoreNotice,
} from './data/stores/ratings-store.js';
export { WriteAhead, writeAheadKey } from './data/stores/write-ahead.js';
export { DEFAULT_LADDER_ID, getRegisteredLadder, registeredLadderIds, registerLadder } from './data/registry.js';
export { LadderChecklistElement } from './elements/checklist/checklist.element.js';
export { LadderCompareElement } from './elements/compare/compare.element.js';
export { LadderLevelCardElement } from './elements/level-card/level-card.element.js';
export { LadderProviderElement } from './elements/provider/provider.element.js';
export { LadderReviewElement } from './elements/review/review.element.js';
export { LadderController } from './elements/shared/ladder-controller.js';
export { LadderElement } from './elements/shared/ladder-element.js';
export { LadderAssessmentsChangeEvent } from './events/assessments-change.js';
export { type CompareMode, LadderCompareChangeEvent } from './events/compare-change.js';
export { LadderLevelSelectEvent } from './events/level-select.js';
export { LadderRatingChangeEvent } from './events/rating-change.js';
export { LadderReviewRequestEvent } from './events/review-request.js';
export type { LoadFailure } from './i18n/load.js';
export { defaultStrings, getLadderStrings, type LadderStrings, onLadderStringsChange, setLadderStrings } from './i18n/strings.js';
export { renderInlineMarkdown, renderMarkdown } from './markdown/render.js';
export { safeHref } from './markdown/safe-url.js';
export { markdownToText } from './markdown/text.js';
export { slugify } from './model/ids.js';
export { type JsonTextError, parseJsonText } from './model/json-text.js';
export * from './model/ratings.js';
export * from './model/ratings-file.js';
export * from './model/ratings-history.js';
export * from './model/ratings-changes.js';
export * from './model/ratings-markdown.js';
export * from './model/readiness.js';
export * from './model/resolve.js';
export * from './model/review.js';
export * from './model/review-markdown.js';
export * from './model/types.js';
export { formatLadderError, parseLadder, parseLadderJson } from './model/validate.js';

// Importing this module loads the validator and marked up front: `renderMarkdown` and `markdownToText`
// parse at once, and elements show a ladder with Markdown in their first render, as a server-rendered
// page's hydration needs. (Called here, in the entry itself: a bundler drops a re-exporting module's
// side effects, such as render.ts's.)
import { provideValidator } from './data/validator.js';
import { useParser } from './markdown/lex.js';
import { markedLex } from './markdown/marked-lexer.js';
import * as validateLadder from './model/validate-ladder.js';

provideValidator(validateLadder);
useParser(markedLex);
