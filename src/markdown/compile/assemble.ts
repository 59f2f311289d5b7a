/**
 * Turns the draft into the ladder: puts levels and sections in order, resolves what each level builds
 * on, checks the result with `parseLadder` (its errors mapped back to the lines that made the JSON
 * paths), and accounts for every line no reader recorded.
 */
import { type Item, type Ladder, type Level, SCHEMA_VERSION } from '../../model/types.js';
import { slugify } from '../../model/ids.js';
import { parseLadder } from '../../model/validate.js';
import { type Builder, type DraftLevel, type DraftSection, type Loc, levelPath } from './builder.js';
import { resolveSameAs, shownReference } from './same-as.js';
import { summarize } from './summary.js';
import { excerpt, titleCase } from './text.js';
import type { CompileMessage, CompileOptions, CompileResult } from './types.js';

/** Levels with a front matter `level`/`order` take the places of such levels in that order; the others keep theirs. */
function orderLevels(b: Builder): void {
  const ordered = b.levels.filter((l) => l.order);
  const sorted = [...ordered].sort((x, y) => (x.order?.value ?? 0) - (y.order?.value ?? 0));
  sorted.forEach((level, i) => {
    if (ordered[i] === level) return;
    const o = level.order as { value: number; loc: Loc };
    const prev = sorted[i - 1];
    const next = sorted[i + 1];
    const place = [prev ? `after "${prev.id}"` : 'first', next ? `before "${next.id}"` : 'last'].join(' and ');
    b.warn(o.loc.file, o.loc.line, `level "${level.id}" comes ${place} by its level number ${o.value}, not where its file name sorts it`);
  });
  let next = 0;
  const levels = b.levels.map((l) => (l.order ? (sorted[next++] as DraftLevel) : l));
  // A cumulative ladder's shared base ("All levels") comes first, whatever its place in the document.
  if (b.cumulative?.value) levels.sort((x, y) => Number(y.base) - Number(x.base));
  b.levels.splice(0, b.levels.length, ...levels);
  b.levels.forEach((l, i) => {
    l.index = i;
  });
}

/**
 * Sections in the order the author gives them: the ladder's declared order first; then an order that
 * keeps every level's own order of its sections (a section a level adds between two others stays
 * between them), ties broken by first appearance.
 */
function orderSections(b: Builder): DraftSection[] {
  const all = [...b.sections.values()];
  const declared = new Map(b.declaredSections.map((t, i) => [slugify(t), i]));
  const before = new Map<string, Set<string>>();
  for (const level of b.levels) {
    const ids = [...level.items.keys()];
    ids.forEach((id, i) => {
      if (i === 0) return;
      let set = before.get(id);
      if (!set) before.set(id, (set = new Set()));
      set.add(ids[i - 1] as string);
    });
  }
  const out: DraftSection[] = [];
  const state = new Map<string, 1 | 2>();
  const visit = (start: DraftSection) => {
    // Iterative depth-first: a section's predecessors are placed before it; a cycle is cut where it closes.
    const stack: [DraftSection, string[]][] = [[start, [...(before.get(start.id) ?? [])]]];
    state.set(start.id, 1);
    while (stack.length) {
      const top = stack[stack.length - 1] as [DraftSection, string[]];
      const next = top[1].shift();
      if (next === undefined) {
        stack.pop();
        state.set(top[0].id, 2);
        out.push(top[0]);
        continue;
      }
      const s = b.sections.get(next);
      if (!s || state.has(next) || declared.has(next)) continue;
      state.set(next, 1);
      stack.push([s, [...(before.get(next) ?? [])]]);
    }
  };
  const inDeclared = all.filter((s) => declared.has(s.id)).sort((x, y) => (declared.get(x.id) ?? 0) - (declared.get(y.id) ?? 0));
  for (const s of inDeclared) {
    state.set(s.id, 2);
    out.push(s);
  }
  for (const s of all) if (!state.has(s.id)) visit(s);
  out.forEach((s, i) => {
    s.index = i;
  });
  return out;
}

function resolveInheritance(b: Builder): Map<DraftLevel, string> {
  const parent = new Map<DraftLevel, string>();
  const cumulative = b.cumulative?.value === true;
  let previous: DraftLevel | undefined;
  for (const level of b.levels) {
    if (level.ref) {
      const found = resolveSameAs(level.ref.rest, b.levels);
      if (found) parent.set(level, found.id);
      else {
        b.error(
          level.ref.loc.file,
          level.ref.loc.line,
          `unknown level "${shownReference(level.ref.rest)}" in "Same as": no level has that id or title (levels: ${b.levels.map((l) => l.id).join(', ')})`,
        );
      }
    } else if (cumulative && previous) {
      parent.set(level, previous.id);
    }
    previous = level;
  }
  for (const level of b.levels) {
    if (level.items.size === 0 && !level.ref && !parent.has(level) && level.quiet) {
      b.error(
        level.loc.file,
        level.loc.line,
        `level "${level.id}" has no items: add a section heading with a list, or a "Same as <level> and…" line`,
      );
    }
  }
  return parent;
}

const item = (d: { id: string; text: string; replaces?: string; details: string[]; examples: string[] }): Item => ({
  id: d.id,
  text: d.text,
  ...(d.replaces !== undefined ? { replaces: d.replaces } : {}),
  ...(d.details.length ? { details: d.details } : {}),
  ...(d.examples.length ? { examples: d.examples } : {}),
});

/** The source of the longest known prefix of a JSON path. */
function locator(b: Builder, fileOrder: Map<string, number>) {
  const locs = new Map<string, Loc>();
  const anchors = [...b.anchors].sort(
    (x, y) => (fileOrder.get(x.loc.file) ?? 0) - (fileOrder.get(y.loc.file) ?? 0) || x.loc.line - y.loc.line,
  );
  for (const { loc, at } of anchors) {
    const path = at();
    if (!locs.has(path)) locs.set(path, loc);
  }
  return (path: string): { loc: Loc; prefix: string } | undefined => {
    let p = path;
    for (;;) {
      const loc = locs.get(p);
      if (loc) return { loc, prefix: p };
      const parent = p.replace(/(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/, '');
      if (parent === p) return undefined;
      p = parent;
    }
  };
}

/** Every run of lines no reader recorded becomes one warning. */
function sweep(b: Builder): void {
  for (const ledger of b.ledgers.values()) {
    const lines = ledger.unrecorded();
    for (let i = 0; i < lines.length; ) {
      let j = i;
      while (j + 1 < lines.length && lines[j + 1] === (lines[j] as number) + 1) j++;
      const from = lines[i] as number;
      b.ignore(
        ledger,
        from,
        lines[j] as number,
        `text ${excerpt(ledger.lines[from - 1] ?? '')}: it is not part of a level, section or item here`,
      );
      i = j + 1;
    }
  }
}

export function assemble(
  b: Builder,
  options: CompileOptions,
  fileOrder: Map<string, number>,
  root: string,
  fallbackName: string,
): CompileResult {
  if (options.cumulative) b.cumulative = { value: true };
  orderLevels(b);
  const sections = orderSections(b);
  const parents = resolveInheritance(b);
  for (const level of b.levels) if (level.ref) b.anchor(level.ref.loc, () => `${levelPath(level)}.inherits`);
  const levels = b.levels.map((draft): Level => {
    const inherits = parents.get(draft);
    return {
      id: draft.id,
      title: draft.title,
      ...(draft.summary !== undefined ? { summary: draft.summary } : {}),
      ...(inherits !== undefined ? { inherits } : {}),
      items: Object.fromEntries([...draft.items].map(([id, list]) => [id, list.map(item)])),
    };
  });
  const name = options.name ?? fallbackName;
  const description = options.description ?? b.description?.text;
  const ladder: Ladder = {
    schemaVersion: SCHEMA_VERSION,
    id: options.id ?? slugify(name),
    title: options.title ?? b.title?.text ?? titleCase(name),
    ...(description !== undefined ? { description } : {}),
    sections: sections.map((s) => ({ id: s.id, title: s.title, kind: s.kind, ...(s.description ? { description: s.description } : {}) })),
    levels,
  };
  if (b.levels.length === 0 && b.errors.length === 0) {
    b.error(root, 1, 'no levels found: a level is a heading followed by sections or lists, a front matter title, a table row or a CSV row');
  }
  sweep(b);
  if (b.errors.length === 0) {
    const result = parseLadder(ladder);
    if (!result.ok) {
      const locate = locator(b, fileOrder);
      for (const e of result.errors) {
        const found = locate(e.path);
        const loc = found?.loc ?? { file: root, line: 1 };
        // JSON paths inside the message ("also at $.levels[1]") become file:line too.
        const message = e.message.replace(/\$(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])+/g, (p) => {
          const at = locate(p);
          return at ? `${at.loc.file}:${at.loc.line}` : p;
        });
        // Only the root is too vague to leave the path out.
        b.error(loc.file, loc.line, found && found.prefix !== '$' ? message : `${e.path}: ${message}`);
      }
    }
  }
  const sort = (list: (CompileMessage & { order: number })[]): CompileMessage[] =>
    [...list]
      .sort((x, y) => (fileOrder.get(x.file) ?? -1) - (fileOrder.get(y.file) ?? -1) || x.line - y.line || x.order - y.order)
      .map(({ file, line, message }) => ({ file, line, message }));
  const errors = sort(b.errors);
  const warnings = sort(b.warnings);
  const sources = [...b.ledgers.values()].map((l) => l.resolve());
  if (errors.length) return { errors, warnings, sources };
  return { ladder, errors, warnings, sources, summary: summarize(ladder, b.readings, warnings.length) };
}
