/**
 * `ladder-elements/model`: the ladder without the elements. Types, validation, inheritance and
 * diffs, ratings and readiness, the view models, the Markdown/CSV/HTML → ladder compiler and
 * `loadLadder` (fetch + parse + validate). Imports nothing of Lit or the DOM and installs no globals,
 * so it runs in Node (build scripts, servers, tests) and in workers as it does in a page.
 */
export { clearLadderCache, FETCH_TIMEOUT_MS, loadLadder } from './data/load-ladder.js';
export { LadderLoadError } from './data/ladder-source.js';
export type { LoadFailure } from './i18n/load.js';
export { compileLadder, formatCompileError, formatSummary, generateItemId, SOURCE_EXTENSIONS } from './markdown/compile/index.js';
export type * from './markdown/compile/types.js';
export * from './model/checklist-view.js';
export * from './model/compare-view.js';
export { slugify } from './model/ids.js';
export { type JsonTextError, parseJsonText } from './model/json-text.js';
export * from './model/ratings.js';
export * from './model/ratings-file.js';
export * from './model/ratings-markdown.js';
export * from './model/readiness.js';
export * from './model/resolve.js';
export * from './model/types.js';
export { formatLadderError, parseLadder, parseLadderJson } from './model/validate.js';
