/** Ladder validation, public entry: `parseLadder` (validate-ladder.ts), and JSON text → ladder. */
import { formatJsonTextError, parseJsonText } from './json-text.js';
import type { LadderError, ParseResult } from './types.js';
import { parseLadder } from './validate-ladder.js';

export { parseLadder };

/**
 * Parses JSON text and validates it. A syntax error becomes one error at `$` that says where
 * (line and column) and what, so a host sees "invalid JSON at line 3, column 5: …".
 */
export function parseLadderJson(text: string): ParseResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, errors: [{ path: '$', message: formatJsonTextError(parsed.error) }] };
  return parseLadder(parsed.value);
}

/** `$.levels[2].title: must not be empty` — one line per error. */
export function formatLadderError(e: LadderError): string {
  return `${e.path}: ${e.message}`;
}
