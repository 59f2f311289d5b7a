/**
 * The public registry (`registerLadder`, `getRegisteredLadder`): the bundled ladder at hand at once,
 * and validation of a host's own. The elements use known-ladders.ts, which loads the bundled ladder
 * only when a page shows it; both see the same ladders.
 */
import engineering from '../../ladders/engineering.json' with { type: 'json' };
import type { Ladder } from '../model/types.js';
import { parseLadder } from '../model/validate.js';
import { addBundledLadder, addLadder, DEFAULT_LADDER_ID, knownLadder, knownLadderIds } from './known-ladders.js';

export { DEFAULT_LADDER_ID };

addBundledLadder(engineering as Ladder);

/** A bundled or registered ladder by id, or undefined. */
export function getRegisteredLadder(id: string): Ladder | undefined {
  return knownLadder(id);
}

/** Ids of every ladder `ladder="…"` can name, bundled ones first. */
export function registeredLadderIds(): string[] {
  return knownLadderIds();
}

/**
 * Makes a host's own ladder available by id to every element on the page (`ladder="acme"`).
 * Validates it first and throws a TypeError listing every problem when it is not a valid ladder.
 */
export function registerLadder(value: unknown): Ladder {
  const result = parseLadder(value);
  if (!result.ok) {
    throw new TypeError(`registerLadder: not a valid ladder:\n${result.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
  }
  addLadder(result.ladder);
  return result.ladder;
}
