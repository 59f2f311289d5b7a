/**
 * Where an element's ladder comes from, as pure functions: its inputs (`.ladder` object, `src`,
 * `ladder` id) → what to do, and the ready or error state for ids and objects. The `src` request
 * itself is the loading controller's (elements/shared/ladder-controller.ts).
 */
import type { LadderState } from '../context/ladder-context.js';
import { getLadderStrings } from '../i18n/page-strings.js';
import { type LoadFailure, loadMessage } from '../i18n/load.js';
import type { Ladder, LadderError } from '../model/types.js';
import { DEFAULT_LADDER_ID, knownLadder, knownLadderIds, loadBundledLadder } from './known-ladders.js';
import { loadedValidator, loadValidator } from './validator.js';

/** Why a ladder could not be shown: the failure as data (for messages in any language), and the validation problems. */
export class LadderLoadError extends Error {
  constructor(
    /** What went wrong; `loadMessage(failure, strings)` words it. */
    readonly failure: LoadFailure,
    /** Validation problems (JSON path + message) when the ladder was read but is not valid. */
    readonly problems: readonly LadderError[] = [],
  ) {
    super(loadMessage(failure, getLadderStrings()));
    this.name = 'LadderLoadError';
  }

  /** The `src` URL, bundled id or "property" the ladder came from. */
  get source(): string {
    const f = this.failure;
    return 'url' in f ? f.url : 'src' in f ? f.src : 'id' in f ? f.id : 'property';
  }
}

/** What an element's own inputs ask for: an object wins, then `src`, then a `ladder` id; else nothing. */
export type LadderInput = { kind: 'object'; value: object } | { kind: 'src'; url: string } | { kind: 'id'; id: string } | undefined;

export function inputOf(ladder: unknown, src: unknown): LadderInput {
  if (ladder !== undefined && ladder !== null && typeof ladder === 'object') return { kind: 'object', value: ladder };
  if (typeof src === 'string' && src !== '') return { kind: 'src', url: src };
  if (typeof ladder === 'string' && ladder.trim() !== '') return { kind: 'id', id: ladder.trim() };
  return undefined;
}

// One state object per ladder, so that re-reading the same ladder is not a change (providers compare by identity).
const readyStates = new WeakMap<Ladder, LadderState>();

/** The ready state of a ladder: the same object every time for the same ladder. */
export function readyState(ladder: Ladder): LadderState {
  let ready = readyStates.get(ladder);
  if (!ready) readyStates.set(ladder, (ready = { status: 'ready', ladder }));
  return ready;
}

// One loading state per thing waited for, so that asking again while it loads is not a change.
const waitingStates = new WeakMap<Promise<unknown>, LadderState>();

/** "Loading" until `until` settles (code or data loaded on demand); ask again then. */
export function waitingState(until: Promise<unknown>): LadderState {
  let s = waitingStates.get(until);
  if (!s) waitingStates.set(until, (s = { status: 'loading', until }));
  return s;
}

export function stateFromId(id: string): LadderState {
  const ladder = knownLadder(id);
  if (ladder) return readyState(ladder);
  const available = knownLadderIds();
  if (available.includes(id)) return waitingState(loadBundledLadder(id));
  return { status: 'error', error: new LadderLoadError({ kind: 'unknown-ladder', id, available }) };
}

/** The state of the default bundled ladder, when an element has no input and no provider. */
export const defaultState = (): LadderState => stateFromId(DEFAULT_LADDER_ID);

/** The state of a host's ladder object; "loading" (ask again) while the validator loads. */
export function stateFromObject(value: unknown): LadderState {
  const validator = loadedValidator();
  if (!validator) return waitingState(loadValidator());
  let result: ReturnType<typeof validator.parseLadder>;
  try {
    result = validator.parseLadder(value);
  } catch (e) {
    // Only a host's own object can get here (a Proxy or a getter that throws): JSON data never throws.
    let reason = 'reading it threw an exception';
    try {
      if (e instanceof Error) reason = `reading it threw ${e.name}: ${e.message}`;
    } catch {
      // an exception with throwing getters: keep the generic reason
    }
    return { status: 'error', error: new LadderLoadError({ kind: 'object-threw', reason }) };
  }
  if (result.ok) return readyState(result.ladder);
  return { status: 'error', error: new LadderLoadError({ kind: 'invalid-object', count: result.errors.length }, result.errors) };
}

/** `ladder="engineering"` is a string; `.ladder = {...}` is an object: one property takes both. */
export const ladderInputConverter = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value),
  toAttribute: () => null,
};
