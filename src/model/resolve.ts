import type { Ladder, Level, LevelDiff, ReplacedItem, ResolvedItem, ResolvedLevel, ResolvedSection } from './types.js';

/** Thrown by the lookups below for a level id the ladder does not have; the message lists the known ones. */
export class UnknownLevelError extends Error {
  constructor(
    readonly levelId: string,
    readonly known: string[],
  ) {
    super(`unknown level "${levelId}"; this ladder has: ${known.join(', ')}`);
    this.name = 'UnknownLevelError';
  }
}

// Ladders are immutable once validated: levels by id, per ladder object (a chain walk looks up every step).
const levelIndex = new WeakMap<Ladder, Map<string, Level>>();

export function findLevel(ladder: Ladder, levelId: string): Level | undefined {
  let index = levelIndex.get(ladder);
  if (!index) {
    index = new Map();
    for (const level of ladder.levels) if (!index.has(level.id)) index.set(level.id, level);
    levelIndex.set(ladder, index);
  }
  return index.get(levelId);
}

export function getLevel(ladder: Ladder, levelId: string): Level {
  const level = findLevel(ladder, levelId);
  if (!level)
    throw new UnknownLevelError(
      levelId,
      ladder.levels.map((l) => l.id),
    );
  return level;
}

/** The levels `levelId` inherits from, nearest first. Assumes a validated (acyclic) ladder. */
export function ancestorsOf(ladder: Ladder, levelId: string): Level[] {
  const out: Level[] = [];
  const seen = new Set<Level>();
  let cur = getLevel(ladder, levelId).inherits;
  while (cur !== undefined) {
    const level = getLevel(ladder, cur);
    if (seen.has(level)) break;
    seen.add(level);
    out.push(level);
    cur = level.inherits;
  }
  return out;
}

/** Levels that inherit `levelId` directly. */
export function childrenOf(ladder: Ladder, levelId: string): Level[] {
  return ladder.levels.filter((l) => l.inherits === levelId);
}

// Resolution is pure and ladders are immutable once validated, so results are memoised per ladder object.
const cache = new WeakMap<Ladder, Map<string, ResolvedLevel>>();

/**
 * A level named by a reader (an attribute, a URL, an embed parameter): the exact id, else the one
 * level whose id matches ignoring case (`l3` is `L3`); undefined when none or several match.
 */
export function matchLevel(ladder: Ladder, id: string): Level | undefined {
  const exact = findLevel(ladder, id);
  if (exact) return exact;
  const lower = id.toLowerCase();
  const loose = ladder.levels.filter((l) => l.id.toLowerCase() === lower);
  return loose.length === 1 ? loose[0] : undefined;
}

/** One level resolved on top of its resolved parent (undefined for a root). */
function resolveOn(ladder: Ladder, level: Level, parent: ResolvedLevel | undefined): ResolvedLevel {
  const items = new Map<string, ResolvedItem>(parent?.items);
  const own = new Map<string, ResolvedItem[]>();
  const replacedIds = new Set<string>();
  for (const section of ladder.sections) {
    const list: ResolvedItem[] = [];
    // Own properties only: a section may be called "constructor", which every object inherits.
    for (const item of Object.hasOwn(level.items, section.id) ? (level.items[section.id] ?? []) : []) {
      const resolved: ResolvedItem = { id: item.id, text: item.text, sectionId: section.id, levelId: level.id };
      const previous = item.replaces === undefined ? undefined : items.get(item.replaces);
      if (previous) {
        resolved.replaces = previous;
        replacedIds.add(previous.id);
      }
      list.push(resolved);
    }
    own.set(section.id, list);
  }
  for (const id of replacedIds) items.delete(id);
  for (const list of own.values()) for (const item of list) items.set(item.id, item);

  const sections: ResolvedSection[] = ladder.sections.map((section, i) => {
    const inherited = parent?.sections[i];
    return {
      section,
      own: own.get(section.id) ?? [],
      inherited: inherited ? [...inherited.own, ...inherited.inherited].filter((it) => !replacedIds.has(it.id)) : [],
    };
  });
  const resolved = { level, sections, items } as ResolvedLevel;
  // Listed on demand: a chain of thousands of levels must not hold a copy of its ancestors per level.
  Object.defineProperty(resolved, 'ancestors', { enumerable: true, get: () => ancestorsOf(ladder, level.id) });
  return resolved;
}

/**
 * Everything a level expects: its own items and the inherited ones, each with the level it comes
 * from, with replacements applied (a replaced item is gone; its replacement links to it).
 * Iterative: an inheritance chain of any length resolves without deep recursion.
 */
export function resolveLevel(ladder: Ladder, levelId: string): ResolvedLevel {
  let perLadder = cache.get(ladder);
  if (!perLadder) cache.set(ladder, (perLadder = new Map()));
  const hit = perLadder.get(levelId);
  if (hit) return hit;

  // The chain up to the nearest level already resolved (or the root), then down again.
  const chain: Level[] = [];
  const seen = new Set<string>();
  let parent: ResolvedLevel | undefined;
  for (let level: Level | undefined = getLevel(ladder, levelId); level; ) {
    const known = perLadder.get(level.id);
    if (known) {
      parent = known;
      break;
    }
    if (seen.has(level.id)) break; // a cycle: only an unvalidated ladder has one
    seen.add(level.id);
    chain.push(level);
    level = level.inherits === undefined ? undefined : getLevel(ladder, level.inherits);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const level = chain[i]!;
    parent = resolveOn(ladder, level, parent);
    perLadder.set(level.id, parent);
  }
  return parent!;
}

/**
 * What changes from `fromId` to `toId`: items added, items that supersede one of `from`'s, items
 * carried over unchanged, and items of `from` that `to` no longer has (going down or across a branch).
 * Lists follow the ladder's section order.
 */
export function diffLevels(ladder: Ladder, fromId: string, toId: string): LevelDiff {
  const from = resolveLevel(ladder, fromId);
  const to = resolveLevel(ladder, toId);
  const added: ResolvedItem[] = [];
  const replaced: ReplacedItem[] = [];
  const carried: ResolvedItem[] = [];
  const consumed = new Set<string>();
  for (const item of orderedItems(to)) {
    if (from.items.has(item.id)) {
      carried.push(item);
      consumed.add(item.id);
      continue;
    }
    let previous: ResolvedItem | undefined;
    for (let cur = item.replaces; cur && !previous; cur = cur.replaces) previous = from.items.get(cur.id);
    if (previous) {
      replaced.push({ item, previous });
      consumed.add(previous.id);
    } else {
      added.push(item);
    }
  }
  const removed = orderedItems(from).filter((item) => !consumed.has(item.id));
  return { from: from.level, to: to.level, added, replaced, carried, removed };
}

/** Every item of a resolved level in display order: by section, inherited (lowest level first) then own. */
export function orderedItems(resolved: ResolvedLevel): ResolvedItem[] {
  return resolved.sections.flatMap((s) => [
    ...groupByLevel(s.inherited)
      .reverse()
      .flatMap((g) => g.items),
    ...s.own,
  ]);
}

/**
 * Inherited items of one section grouped by the level they come from, nearest level first — the
 * shape the level card's "inherited" disclosure shows.
 */
export function groupByLevel(items: readonly ResolvedItem[]): { levelId: string; items: ResolvedItem[] }[] {
  const groups = new Map<string, { levelId: string; items: ResolvedItem[] }>();
  for (const item of items) {
    const group = groups.get(item.levelId);
    if (group) group.items.push(item);
    else groups.set(item.levelId, { levelId: item.levelId, items: [item] });
  }
  return [...groups.values()];
}
