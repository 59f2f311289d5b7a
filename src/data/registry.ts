import engineering from '../../ladders/engineering.json' with { type: 'json' };
import type { Ladder } from '../model/types.js';
import { parseLadder } from '../model/validate.js';

/** The ladder elements show when they are given none. */
export const DEFAULT_LADDER_ID = 'engineering';

// Bundled ladders are validated by the test suite (and the build), so they are trusted here.
const ladders = new Map<string, Ladder>([[engineering.id, engineering as Ladder]]);

/** A bundled or registered ladder by id, or undefined. */
export function getRegisteredLadder(id: string): Ladder | undefined {
  return ladders.get(id);
}

/** Ids of every ladder `ladder="…"` can name, bundled ones first. */
export function registeredLadderIds(): string[] {
  return [...ladders.keys()];
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
  ladders.set(result.ladder.id, result.ladder);
  return result.ladder;
}
