/**
 * The checks of a ladder that a schema cannot express: inheritance (known, earlier, acyclic) and
 * replacements (of an inherited item, once per level). Every walk is linear in the number of levels:
 * a hostile ladder may have 100,000 of them.
 */
import { type Checker, isRecord, pathKey, show } from './json-checks.js';

export interface PendingReplace {
  level: number;
  itemId: string;
  replaces: string;
  path: string;
}

export function checkReferences(
  c: Checker,
  levels: readonly unknown[],
  levelIndex: ReadonlyMap<string, number>,
  itemOwner: ReadonlyMap<string, { level: number; path: string }>,
  replaces: readonly PendingReplace[],
): void {
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
}
