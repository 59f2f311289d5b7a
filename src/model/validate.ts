import { findJsonSyntaxError } from './json-error.js';
import {
  type Item,
  type Ladder,
  type LadderError,
  type Level,
  type ParseResult,
  SCHEMA_VERSION,
  SECTION_KINDS,
  type Section,
} from './types.js';

/** Ladder and section ids: lowercase letters and digits in groups joined by single dashes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Level and item ids: usable in a URL fragment (`#L4-<itemId>`) without escaping. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** Lowercase, every run of other characters becomes one dash, no dash at either end. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A string as messages quote it: JSON, with every control and formatting character escaped too
 * (JSON leaves U+0080–U+009F, direction overrides and zero-width characters as they are), so that a
 * message printed to a terminal or shown on a page reads exactly as the value is, and nothing more.
 */
export function quote(s: string): string {
  return JSON.stringify(s).replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
 * A value as messages quote it. Long values are cut so a 10 MB string does not become a 10 MB error.
 * Arrays, objects and functions are named, never converted: String() of a deeply nested array
 * overflows the stack, and of an object without a prototype throws.
 */
const show = (v: unknown): string => {
  if ((typeof v === 'object' && v !== null) || typeof v === 'function') return typeName(v);
  const s = typeof v === 'string' ? v : String(v);
  return quote(s.length > 60 ? `${s.slice(0, 57)}...` : s);
};

class Checker {
  readonly errors: LadderError[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Reports fields that are not part of the format (usually a typo). */
  known(obj: Record<string, unknown>, path: string, fields: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!fields.includes(key)) {
        this.error(pathKey(path, key), `unknown field ${show(key)}; expected one of: ${fields.join(', ')}`);
      }
    }
  }

  string(obj: Record<string, unknown>, path: string, key: string, required: boolean): string | undefined {
    const v = obj[key];
    const at = pathKey(path, key);
    if (v === undefined) {
      if (required) this.error(at, `is required and must be a non-empty string`);
      return undefined;
    }
    if (typeof v !== 'string') {
      this.error(at, `must be a string, not ${typeName(v)}`);
      return undefined;
    }
    if (v.trim() === '') {
      this.error(at, `must not be empty`);
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

const SLUG_HINT = 'slug (lowercase letters, digits and single dashes, e.g. "should-have")';
const ID_HINT = 'id (letters, digits, ".", "_" or "-", starting with a letter or digit)';

/**
 * Validates anything (typically `JSON.parse` output) against the ladder format and returns the
 * ladder or every problem found, each with a JSON path and a plain message. Never throws.
 */
export function parseLadder(input: unknown): ParseResult {
  const c = new Checker();
  if (!isRecord(input)) {
    c.error('$', `a ladder must be a JSON object, not ${typeName(input)}`);
    return { ok: false, errors: c.errors };
  }
  if (input.schemaVersion !== SCHEMA_VERSION) {
    const v = input.schemaVersion;
    c.error(
      '$.schemaVersion',
      v === undefined
        ? `is required; this version of ladder-elements reads schemaVersion ${SCHEMA_VERSION}`
        : typeof v !== 'number'
          ? `must be a number, not ${typeName(v)}; this version of ladder-elements reads schemaVersion ${SCHEMA_VERSION}`
          : `unsupported schemaVersion ${show(v)}; this version of ladder-elements reads schemaVersion ${SCHEMA_VERSION}`,
    );
    // Another version may mean anything: the rest would only produce noise.
    return { ok: false, errors: c.errors };
  }
  c.known(input, '$', ['$schema', 'schemaVersion', 'id', 'title', 'description', 'sections', 'levels']);
  c.string(input, '$', '$schema', false);
  c.id(input, '$', 'id', SLUG, `ladder ${SLUG_HINT}`);
  c.string(input, '$', 'title', true);
  c.string(input, '$', 'description', false);

  const sectionIds = new Set<string>();
  const sectionsKnown = Array.isArray(input.sections);
  const sections = c.array(input, '$', 'sections') ?? [];
  sections.forEach((raw, i) => {
    const at = pathKey('$.sections', i);
    if (!isRecord(raw)) {
      c.error(at, `a section must be an object, not ${typeName(raw)}`);
      return;
    }
    c.known(raw, at, ['id', 'title', 'kind', 'description']);
    const id = c.id(raw, at, 'id', SLUG, `section ${SLUG_HINT}`);
    if (id !== undefined) {
      if (sectionIds.has(id)) c.error(pathKey(at, 'id'), `duplicate section id ${show(id)}`);
      sectionIds.add(id);
    }
    c.string(raw, at, 'title', true);
    if (!SECTION_KINDS.includes(raw.kind as never)) {
      c.error(
        pathKey(at, 'kind'),
        `${raw.kind === undefined ? 'is required' : `${show(raw.kind)} is not a section kind`}; use one of: ${SECTION_KINDS.join(', ')}`,
      );
    }
    c.string(raw, at, 'description', false);
  });

  // First pass over levels: shapes and ids. Items are collected for the reference checks.
  const levels = c.array(input, '$', 'levels') ?? [];
  const levelIndex = new Map<string, number>();
  const itemOwner = new Map<string, { level: number; path: string }>();
  interface PendingReplace {
    level: number;
    itemId: string;
    replaces: string;
    path: string;
  }
  const replaces: PendingReplace[] = [];
  levels.forEach((raw, li) => {
    const at = pathKey('$.levels', li);
    if (!isRecord(raw)) {
      c.error(at, `a level must be an object, not ${typeName(raw)}`);
      return;
    }
    c.known(raw, at, ['id', 'title', 'summary', 'inherits', 'items']);
    const id = c.id(raw, at, 'id', ID, `level ${ID_HINT}`);
    if (id !== undefined) {
      const first = levelIndex.get(id);
      if (first !== undefined) c.error(pathKey(at, 'id'), `duplicate level id ${show(id)} (also at $.levels[${first}])`);
      else levelIndex.set(id, li);
    }
    c.string(raw, at, 'title', true);
    c.string(raw, at, 'summary', false);
    c.string(raw, at, 'inherits', false);
    const itemsAt = pathKey(at, 'items');
    if (!isRecord(raw.items)) {
      c.error(
        itemsAt,
        raw.items === undefined
          ? 'is required: an object of item lists by section id'
          : `must be an object of item lists by section id, not ${typeName(raw.items)}`,
      );
      return;
    }
    for (const [sectionId, list] of Object.entries(raw.items)) {
      const listAt = pathKey(itemsAt, sectionId);
      if (sectionsKnown && !sectionIds.has(sectionId)) {
        c.error(listAt, `unknown section id ${show(sectionId)}; the ladder's sections are: ${[...sectionIds].join(', ') || '(none)'}`);
      }
      if (!Array.isArray(list)) {
        c.error(listAt, `must be an array of items, not ${typeName(list)}`);
        continue;
      }
      list.forEach((item, ii) => {
        const itemAt = pathKey(listAt, ii);
        if (!isRecord(item)) {
          c.error(itemAt, `an item must be an object, not ${typeName(item)}`);
          return;
        }
        c.known(item, itemAt, ['id', 'text', 'replaces', 'details', 'examples']);
        const itemId = c.id(item, itemAt, 'id', ID, `item ${ID_HINT}`);
        c.string(item, itemAt, 'text', true);
        c.texts(item, itemAt, 'details');
        c.texts(item, itemAt, 'examples');
        const rep = c.string(item, itemAt, 'replaces', false);
        if (itemId !== undefined) {
          const first = itemOwner.get(itemId);
          if (first) c.error(pathKey(itemAt, 'id'), `duplicate item id ${show(itemId)} (also at ${first.path})`);
          else itemOwner.set(itemId, { level: li, path: itemAt });
          if (rep !== undefined) replaces.push({ level: li, itemId, replaces: rep, path: pathKey(itemAt, 'replaces') });
        }
      });
    }
  });

  // Inheritance: known, earlier, acyclic.
  const parentOf = new Map<number, number>();
  levels.forEach((raw, li) => {
    if (!isRecord(raw) || typeof raw.inherits !== 'string' || raw.inherits.trim() === '') return;
    const at = pathKey(pathKey('$.levels', li), 'inherits');
    const parent = levelIndex.get(raw.inherits);
    if (parent === undefined) {
      c.error(at, `unknown level ${show(raw.inherits)}; known levels: ${[...levelIndex.keys()].join(', ') || '(none)'}`);
    } else if (parent === li) {
      c.error(at, `level ${show(raw.inherits)} cannot inherit itself`);
    } else {
      parentOf.set(li, parent);
    }
  });
  // Every walk below is linear in the number of levels: a hostile ladder may have 100,000 of them.
  // Cycles: follow parents from each level, colouring levels on the current path (1) and finished (2).
  // Each cycle is reported once, at its first level, listing the chain from there.
  const inCycle = new Set<number>();
  const colour = new Map<number, 1 | 2>();
  const cycles = new Map<number, number[]>();
  for (const start of parentOf.keys()) {
    const path: number[] = [];
    let cur: number | undefined = start;
    while (cur !== undefined && !colour.has(cur)) {
      colour.set(cur, 1);
      path.push(cur);
      cur = parentOf.get(cur);
    }
    if (cur !== undefined && colour.get(cur) === 1) {
      const members = path.slice(path.indexOf(cur));
      const first = members.reduce((a, b) => (b < a ? b : a));
      const chain: number[] = [];
      for (let i = first; chain.length < members.length; i = parentOf.get(i)!) chain.push(i);
      cycles.set(first, chain);
      for (const i of members) inCycle.add(i);
    }
    for (const i of path) colour.set(i, 2);
  }
  for (const [first, chain] of [...cycles].sort(([a], [b]) => a - b)) {
    const ids = chain.map((i) => (levels[i] as { id: string }).id);
    // A cycle through 100,000 levels is named by its ends, not listed whole.
    const shown = ids.length > 10 ? [...ids.slice(0, 8), `… ${ids.length - 9} more …`, ids.at(-1)!] : ids;
    c.error(pathKey(pathKey('$.levels', first), 'inherits'), `inheritance cycle: ${[...shown, ids[0]].join(' → ')}`);
  }
  for (const [child, parent] of parentOf) {
    if (!inCycle.has(child) && parent > child) {
      const p = levels[parent] as { id: string };
      c.error(pathKey(pathKey('$.levels', child), 'inherits'), `inherits ${show(p.id)}, which comes later; list levels lowest first`);
    }
  }

  // Replacements: the replaced item must reach the level by inheritance, and be replaced once per level.
  // A level whose chain has an unknown level or a cycle was already reported; its replacements cannot be judged.
  const broken = new Map<number, boolean>();
  const chainBroken = (li: number): boolean => {
    const path: number[] = [];
    let result = false;
    for (let cur: number | undefined = li; cur !== undefined; cur = parentOf.get(cur)) {
      const known = broken.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(cur);
      const raw = levels[cur];
      if (inCycle.has(cur) || (isRecord(raw) && raw.inherits !== undefined && !parentOf.has(cur))) {
        result = true;
        break;
      }
    }
    for (const i of path) broken.set(i, result);
    return result;
  };
  // The unbroken levels form a forest; a depth-first numbering answers "is A an ancestor of B" at once.
  const children = new Map<number, number[]>();
  for (const [child, parent] of parentOf) {
    if (chainBroken(child)) continue;
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  }
  const enter = new Map<number, number>();
  const leave = new Map<number, number>();
  let clock = 0;
  levels.forEach((_, root) => {
    if (parentOf.has(root) || chainBroken(root)) return;
    const stack: [number, number][] = [[root, 0]];
    enter.set(root, clock++);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const next = children.get(top[0])?.[top[1]++];
      if (next === undefined) {
        leave.set(top[0], clock++);
        stack.pop();
      } else {
        enter.set(next, clock++);
        stack.push([next, 0]);
      }
    }
  });
  const inherits = (li: number, ancestor: number): boolean =>
    li !== ancestor && enter.has(ancestor) && enter.get(ancestor)! < enter.get(li)! && leave.get(li)! < leave.get(ancestor)!;
  const replacedIn = new Map<string, string>();
  for (const r of replaces) {
    if (chainBroken(r.level)) continue;
    const target = itemOwner.get(r.replaces);
    const levelId = (levels[r.level] as { id: string }).id;
    if (r.replaces === r.itemId) {
      c.error(r.path, `item ${show(r.itemId)} cannot replace itself`);
    } else if (!target) {
      c.error(r.path, `replaces ${show(r.replaces)}, but no item has that id`);
    } else if (!inherits(r.level, target.level)) {
      const owner = (levels[target.level] as { id: string }).id;
      c.error(
        r.path,
        target.level === r.level
          ? `replaces ${show(r.replaces)}, which level ${show(levelId)} declares itself; only inherited items can be replaced`
          : `replaces ${show(r.replaces)} of level ${show(owner)}, which level ${show(levelId)} does not inherit`,
      );
    } else {
      const key = `${r.level}:${r.replaces}`;
      const other = replacedIn.get(key);
      if (other) c.error(r.path, `item ${show(r.replaces)} is already replaced by ${show(other)} in level ${show(levelId)}`);
      else replacedIn.set(key, r.itemId);
    }
  }

  return c.errors.length ? { ok: false, errors: c.errors } : { ok: true, ladder: input as unknown as Ladder };
}

/** The 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses JSON text and validates it. A syntax error becomes one error at `$` that says where
 * (line and column) and what, so a host sees "invalid JSON at line 3, column 5: …".
 */
export function parseLadderJson(text: string): ParseResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    if (source.trim() === '') return { ok: false, errors: [{ path: '$', message: 'invalid JSON: the text is empty' }] };
    const found = findJsonSyntaxError(source) ?? { offset: 0, message: 'not valid JSON' };
    const { line, column } = lineAndColumn(source, found.offset);
    return { ok: false, errors: [{ path: '$', message: `invalid JSON at line ${line}, column ${column}: ${found.message}` }] };
  }
  return parseLadder(data);
}

/** `$.levels[2].title: must not be empty` — one line per error. */
export function formatLadderError(e: LadderError): string {
  return `${e.path}: ${e.message}`;
}

export type { Item, Level, Section };
