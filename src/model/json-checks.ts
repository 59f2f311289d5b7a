/**
 * What every reader of JSON data shares: JSON paths, type names, quoting values in messages, and a
 * checker that collects problems with their paths. Used by the ladder validator and the ratings format.
 */
import type { LadderError } from './types.js';

/** A record for keys that come from data: no prototype, so "constructor" or "__proto__" are plain keys
 * and assigning one works even where a hardened page froze Object.prototype. */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/**
 * A string as messages quote it: JSON, with every control and formatting character escaped too
 * (JSON leaves U+0080–U+009F, direction overrides and zero-width characters as they are), so that a
 * message printed to a terminal or shown on a page reads exactly as the value is, and nothing more.
 * Values longer than `max` characters are cut (a 10 MB string does not become a 10 MB message).
 */
export function quote(s: string, max = Number.POSITIVE_INFINITY): string {
  const cut = s.length > max ? `${s.slice(0, Math.max(0, max - 3))}...` : s;
  return JSON.stringify(cut).replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `$.levels[2].items["red-flags"]` — bracket-quoted keys when they are not identifiers. */
export function pathKey(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${quote(key)}]`;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

/**
 * Any value as messages quote it, cut after 60 characters. Arrays, objects and functions are named,
 * never converted: String() of a deeply nested array overflows the stack, and of an object without
 * a prototype throws.
 */
export function show(v: unknown): string {
  if ((typeof v === 'object' && v !== null) || typeof v === 'function') return typeName(v);
  return quote(typeof v === 'string' ? v : String(v), 60);
}

/** Collects problems, each with its JSON path. */
export class Checker {
  readonly errors: LadderError[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Reports fields that are not part of the format (usually a typo); `unlisted` are allowed but not suggested (made by tools). */
  known(obj: Record<string, unknown>, path: string, fields: readonly string[], unlisted: readonly string[] = []): void {
    for (const key of Object.keys(obj)) {
      if (!fields.includes(key) && !unlisted.includes(key))
        this.error(pathKey(path, key), `unknown field ${show(key)}; expected one of: ${fields.join(', ')}`);
    }
  }

  string(obj: Record<string, unknown>, path: string, key: string, required: boolean): string | undefined {
    const v = obj[key];
    const at = pathKey(path, key);
    if (v === undefined) {
      if (required) this.error(at, 'is required and must be a non-empty string');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.error(at, `must be a string, not ${typeName(v)}`);
      return undefined;
    }
    if (v.trim() === '') {
      this.error(at, 'must not be empty');
      return undefined;
    }
    return v;
  }

  id(obj: Record<string, unknown>, path: string, key: string, pattern: RegExp, what: string): string | undefined {
    const v = this.string(obj, path, key, true);
    if (v !== undefined && !pattern.test(v)) {
      this.error(pathKey(path, key), `${show(v)} is not a valid ${what}`);
      return undefined;
    }
    return v;
  }

  /** An optional, non-empty array of non-empty strings (Markdown). */
  texts(obj: Record<string, unknown>, path: string, key: string): void {
    const v = obj[key];
    if (v === undefined) return;
    const at = pathKey(path, key);
    if (!Array.isArray(v)) {
      this.error(at, `must be an array of texts, not ${typeName(v)}`);
      return;
    }
    if (v.length === 0) this.error(at, 'must not be empty; leave the field out instead');
    v.forEach((text, i) => {
      if (typeof text !== 'string') this.error(pathKey(at, i), `must be a string, not ${typeName(text)}`);
      else if (text.trim() === '') this.error(pathKey(at, i), 'must not be empty');
    });
  }

  array(obj: Record<string, unknown>, path: string, key: string): unknown[] | undefined {
    const v = obj[key];
    const at = pathKey(path, key);
    if (!Array.isArray(v)) {
      this.error(at, v === undefined ? 'is required and must be a non-empty array' : `must be an array, not ${typeName(v)}`);
      return undefined;
    }
    if (v.length === 0) this.error(at, 'must not be empty');
    return v;
  }
}
