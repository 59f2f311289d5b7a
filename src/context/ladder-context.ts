import { createContext } from '@lit/context';
import type { LadderLoadError } from '../data/ladder-source.js';
import type { Ladder } from '../model/types.js';

/** What travels from a <ladder-provider> to its descendants: a new object on every change. */
export type LadderState =
  /** `until`: code or data loaded on demand (the bundled ladder, marked, the validator); ask again once it settles. */
  | { status: 'loading'; until?: Promise<unknown> }
  | { status: 'ready'; ladder: Ladder }
  /** `retry` is there when trying again can help (a failed `src` request); it reloads at the source, a provider's included. */
  | { status: 'error'; error: LadderLoadError; retry?: () => void };

/**
 * A namespaced string key (not a Symbol), so that two copies of the library on one page still
 * find each other's providers.
 */
export const ladderContext = createContext<LadderState | undefined>('ladder-elements:ladder');
