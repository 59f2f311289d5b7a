/** Why a ladder could not be shown, as data (the loaders) and as words (the elements), prefixed `load`. */
import type { JsonTextError } from '../model/json-text.js';

export type LoadFailure =
  | { kind: 'unknown-ladder'; id: string; available: readonly string[] }
  | { kind: 'invalid-object'; count: number }
  | { kind: 'object-threw'; reason: string }
  | { kind: 'bad-url'; src: string }
  | { kind: 'relative-url'; src: string }
  | { kind: 'network'; url: string }
  | { kind: 'http'; url: string; status: number; statusText: string }
  | { kind: 'broken'; url: string }
  | { kind: 'timeout'; url: string; seconds: number }
  /**
   * `passing`: the answer was not JSON at all (a captive portal's page, a proxy's text, nothing) or
   * was cut off, which another attempt may get past; not a JSON file broken in its middle.
   */
  | { kind: 'not-json'; url: string; error: JsonTextError; passing: boolean }
  | { kind: 'invalid'; url: string; count: number };

export interface LoadStrings {
  loadUnknownLadder: (id: string, available: string) => string;
  loadInvalidObject: (count: number) => string;
  loadObjectThrew: (reason: string) => string;
  loadBadUrl: (src: string) => string;
  loadRelativeUrl: (src: string) => string;
  loadNetwork: (url: string) => string;
  loadHttp: (url: string, status: number, statusText: string) => string;
  loadBroken: (url: string) => string;
  loadTimeout: (url: string, seconds: number) => string;
  loadNotJson: (url: string, line: number, column: number, reason: string) => string;
  loadInvalid: (url: string, count: number) => string;
}

const problems = (n: number) => `${n} problem${n === 1 ? '' : 's'} found`;

export const loadStrings: LoadStrings = {
  loadUnknownLadder: (id, available) => `There is no ladder "${id}". Available ladders: ${available}.`,
  loadInvalidObject: (n) => `The ladder given to the element is not valid: ${problems(n)}.`,
  loadObjectThrew: (reason) => `The ladder given to the element could not be read: ${reason}.`,
  loadBadUrl: (src) => `"${src}" is not a valid URL.`,
  loadRelativeUrl: (src) => `"${src}" is a relative URL, and there is no page to resolve it against: give an absolute URL.`,
  loadNetwork: (url) =>
    `Could not load the ladder from ${url}: the request failed (offline, blocked by the server's CORS policy, or the server cannot be reached).`,
  loadHttp: (url, status, text) => `Could not load the ladder from ${url}: the server answered HTTP ${status}${text ? ` ${text}` : ''}.`,
  loadBroken: (url) => `Could not load the ladder from ${url}: the connection broke while the ladder was being received.`,
  loadTimeout: (url, seconds) => `Could not load the ladder from ${url}: no answer within ${seconds} s.`,
  loadNotJson: (url, line, column, reason) =>
    reason === 'the text is empty'
      ? `The ladder at ${url} is not valid JSON: the text is empty`
      : `The ladder at ${url} is not valid JSON (line ${line}, column ${column}): ${reason}`,
  loadInvalid: (url, n) => `The ladder at ${url} is not valid: ${problems(n)}.`,
};

/** A load failure in the given strings' words. */
export function loadMessage(f: LoadFailure, t: LoadStrings): string {
  switch (f.kind) {
    case 'unknown-ladder':
      return t.loadUnknownLadder(f.id, f.available.join(', '));
    case 'invalid-object':
      return t.loadInvalidObject(f.count);
    case 'object-threw':
      return t.loadObjectThrew(f.reason);
    case 'bad-url':
      return t.loadBadUrl(f.src);
    case 'relative-url':
      return t.loadRelativeUrl(f.src);
    case 'network':
      return t.loadNetwork(f.url);
    case 'http':
      return t.loadHttp(f.url, f.status, f.statusText);
    case 'broken':
      return t.loadBroken(f.url);
    case 'timeout':
      return t.loadTimeout(f.url, f.seconds);
    case 'not-json':
      return t.loadNotJson(f.url, f.error.line, f.error.column, f.error.reason);
    case 'invalid':
      return t.loadInvalid(f.url, f.count);
  }
}
