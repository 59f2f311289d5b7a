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

interface Resolved {
  levels: Map<string, ResolvedLevel>;
  /** One ResolvedItem per item id, shared by every level that shows it (elements key rendering work on it). */
  items: Map<string, ResolvedItem>;
}

// Resolution is pure and ladders are immutable once validated, so results are memoised per ladder object.
const cache = new WeakMap<Ladder, Resolved>();

/** A level's own items of one section (own properties only: a section may be called "constructor"). */
const ownItems = (level: Level, sectionId: string) => (Object.hasOwn(level.items, sectionId) ? (level.items[sectionId] ?? []) : []);

/**
 * Everything a level expects: its own items and the inherited ones, each with the level it comes
 * from, with replacements applied (a replaced item is gone; its replacement links to it).
 *
 * Iterative, and linear in the items along the level's chain: an inheritance chain of any length
 * resolves without deep recursion, and only the levels asked for are kept (a chain of thousands of
 * levels does not hold a copy of its ancestors' items per level).
 */
export function resolveLevel(ladder: Ladder, levelId: string): ResolvedLevel {
  let memo = cache.get(ladder);
  if (!memo) cache.set(ladder, (memo = { levels: new Map(), items: new Map() }));
  const hit = memo.levels.get(levelId);
  if (hit) return hit;
  const target = getLevel(ladder, levelId);

  // The chain from the level up to its root (nearest first).
  const chain: Level[] = [];
  const seen = new Set<string>();
  for (let level: Level | undefined = target; level && !seen.has(level.id); ) {
    seen.add(level.id); // a cycle: only an unvalidated ladder has one
    chain.push(level);
    level = level.inherits === undefined ? undefined : getLevel(ladder, level.inherits);
  }

  // Down from the root: which item of each id reaches each level; replaced ones drop out.
  const reaching = new Map<string, ResolvedItem>();
  const own = new Map<string, ResolvedItem[]>();
  for (let i = chain.length - 1; i >= 0; i--) {
    const level = chain[i]!;
    const added: ResolvedItem[] = [];
    for (const section of ladder.sections) {
      const list = ownItems(level, section.id).map((item) => {
        let resolved = memo.items.get(item.id);
        if (!resolved) {
          resolved = { id: item.id, text: item.text, sectionId: section.id, levelId: level.id };
          if (item.details) resolved.details = item.details;
          if (item.examples) resolved.examples = item.examples;
          const previous = item.replaces === undefined ? undefined : reaching.get(item.replaces);
          if (previous) resolved.replaces = previous;
          memo.items.set(item.id, resolved);
        }
        return resolved;
      });
      if (level === target) own.set(section.id, list);
      added.push(...list);
    }
    for (const item of added) if (item.replaces) reaching.delete(item.replaces.id);
    for (const item of added) reaching.set(item.id, item);
  }

  // Inherited, per section: nearest ancestor first, each level's items in authored order.
  const sections: ResolvedSection[] = ladder.sections.map((section) => ({ section, own: own.get(section.id) ?? [], inherited: [] }));
  for (const ancestor of chain.slice(1)) {
    ladder.sections.forEach((section, i) => {
      for (const item of ownItems(ancestor, section.id)) {
        const resolved = reaching.get(item.id);
        if (resolved?.levelId === ancestor.id) sections[i]!.inherited.push(resolved);
      }
    });
  }
  const resolved = { level: target, sections, items: reaching } as ResolvedLevel;
  // Listed on demand: most callers never ask.
  Object.defineProperty(resolved, 'ancestors', { enumerable: true, get: () => ancestorsOf(ladder, target.id) });
  memo.levels.set(levelId, resolved);
  return resolved;
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
