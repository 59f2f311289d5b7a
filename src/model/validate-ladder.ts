/**
 * The ladder validator: anything (typically `JSON.parse` output) → the ladder, or every problem with
 * its JSON path. The public module is validate.ts (which adds JSON text); the elements load this one
 * on demand (src/data/validator.ts).
 */
import { Checker, isRecord, pathKey, show, typeName } from './json-checks.js';
import { ID, SLUG } from './ids.js';
import { type Ladder, type ParseResult, SCHEMA_VERSION, SECTION_KINDS } from './types.js';
import { checkPrecompiled } from './validate-precompiled.js';
import { checkReferences, type PendingReplace } from './validate-references.js';

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
  c.known(input, '$', ['$schema', 'schemaVersion', 'id', 'title', 'description', 'sections', 'levels'], ['precompiled']);
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

  checkReferences(c, levels, levelIndex, itemOwner, replaces);
  // Precompiled Markdown is checked against the ladder's texts, so only once the rest is sound.
  if (!c.errors.length && input.precompiled !== undefined) checkPrecompiled(c, input as unknown as Ladder, input.precompiled);
  return c.errors.length ? { ok: false, errors: c.errors } : { ok: true, ladder: input as unknown as Ladder };
}
