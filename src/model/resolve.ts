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

export function findLevel(ladder: Ladder, levelId: string): Level | undefined {
  return ladder.levels.find((l) => l.id === levelId);
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
  let cur = getLevel(ladder, levelId).inherits;
  while (cur !== undefined) {
    const level = getLevel(ladder, cur);
    if (out.includes(level)) break;
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
 * Everything a level expects: its own items and the inherited ones, each with the level it comes
 * from, with replacements applied (a replaced item is gone; its replacement links to it).
 */
export function resolveLevel(ladder: Ladder, levelId: string): ResolvedLevel {
  let perLadder = cache.get(ladder);
  if (!perLadder) cache.set(ladder, (perLadder = new Map()));
  const hit = perLadder.get(levelId);
  if (hit) return hit;

  const level = getLevel(ladder, levelId);
  const parent = level.inherits === undefined ? undefined : resolveLevel(ladder, level.inherits);
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
    const inherited = (parent?.sections[i] ?? { own: [], inherited: [] }) as ResolvedSection;
    return {
      section,
      own: own.get(section.id) ?? [],
      inherited: [...inherited.own, ...inherited.inherited].filter((it) => !replacedIds.has(it.id)),
    };
  });

  const resolved: ResolvedLevel = {
    level,
    ancestors: parent ? [parent.level, ...parent.ancestors] : [],
    sections,
    items,
  };
  perLadder.set(levelId, resolved);
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
  const groups: { levelId: string; items: ResolvedItem[] }[] = [];
  for (const item of items) {
    const group = groups.find((g) => g.levelId === item.levelId);
    if (group) group.items.push(item);
    else groups.push({ levelId: item.levelId, items: [item] });
  }
  return groups;
}
