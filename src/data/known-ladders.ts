/**
 * The ladders a `ladder="…"` id can name: the ones a host registered (registry.ts) and the bundled
 * ones, each loaded the first time an element shows it (in the drop-in, its own chunk, where the build
 * adds `lexed`: marked's tokens for its texts with Markdown, so that the page needs no marked for it).
 * Keys are ids from pages: a Map.
 */
import type { Token } from 'marked';
import { useLexed } from '../markdown/lex.js';
import type { Ladder } from '../model/types.js';

/** The ladder elements show when they are given none. */
export const DEFAULT_LADDER_ID = 'engineering';

type BundledModule = { default: unknown; lexed?: Record<string, Token[]> };

const BUNDLED = new Map<string, () => Promise<BundledModule>>([
  ['engineering', () => import('../../ladders/engineering.json', { with: { type: 'json' } })],
]);

const ladders = new Map<string, Ladder>();
const loading = new Map<string, Promise<Ladder>>();

/** A registered or already loaded bundled ladder by id, or undefined. */
export const knownLadder = (id: string): Ladder | undefined => ladders.get(id);

/** Ids of every ladder `ladder="…"` can name, bundled ones first. */
export const knownLadderIds = (): string[] => [...new Set([...BUNDLED.keys(), ...ladders.keys()])];

/** Makes a (validated) ladder available by id; it replaces a bundled one of the same id. */
export function addLadder(ladder: Ladder): void {
  ladders.set(ladder.id, ladder);
}

/** Takes a bundled ladder already at hand (bundled ladders are validated by the test suite, so trusted). */
export function addBundledLadder(ladder: Ladder, lexed?: Record<string, Token[]>): void {
  if (lexed) useLexed(lexed);
  if (!ladders.has(ladder.id)) ladders.set(ladder.id, ladder);
}

/** Loads the bundled ladder `id`, or resolves undefined when there is no such bundled ladder. */
export function loadBundledLadder(id: string): Promise<Ladder | undefined> {
  const known = ladders.get(id);
  if (known) return Promise.resolve(known);
  const load = BUNDLED.get(id);
  if (!load) return Promise.resolve(undefined);
  let promise = loading.get(id);
  if (!promise) {
    promise = load().then(
      (module) => {
        addBundledLadder(module.default as Ladder, module.lexed);
        return ladders.get(id)!;
      },
      (error: unknown) => {
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, promise);
  }
  return promise;
}
