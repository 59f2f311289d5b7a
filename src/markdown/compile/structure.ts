/**
 * Which headings hold the levels. Decided from the document's structure, not from a fixed `#`: the
 * headings whose content holds the items (lists, labelled paragraphs) are sections or levels; which
 * of the two they are is told by what repeats, what is labelled and what is named like a level.
 */
import type { Token, Tokens } from 'marked';
import { slugify } from '../../model/ids.js';
import { sameAsRest } from './same-as.js';
import { looksLikeLevel, splitLevelName } from './level-names.js';
import { isTableBlock, tableLevelNames } from './tables.js';
import { boldName, labelOf } from './text.js';

export interface Block {
  token: Token;
  offset: number;
  /** 1-based first and last line. */
  from: number;
  to: number;
}

export type Structure =
  | { kind: 'levels'; depth: number; why: string }
  | { kind: 'competencies'; depth: number; why: string }
  /** Tables give the levels (no heading holds items, or none that holds them is named like a level). */
  | { kind: 'tables'; why: string }
  /** No heading and no table: only front matter can give a level. */
  | { kind: 'none'; why: string };

const hashes = (depth: number): string => '#'.repeat(depth);

const itemHead = (item: Tokens.ListItem): string => {
  const first = item.tokens.find((t) => t.type !== 'space');
  const raw = first && (first.type === 'text' || first.type === 'paragraph') ? first.raw.trim() : '';
  return item.task ? raw.replace(/^\[[ xX]\][ \t]*/, '') : raw;
};

/** Every item is `Label: text` (or `**Label:** text`), or a bare label with nested bullets. */
export function isLabelledList(list: Tokens.List): boolean {
  return list.items.length > 0 && list.items.every((i) => labelOf(itemHead(i), true) !== undefined);
}

/** A paragraph whose first line starts with a label. */
export const isLabelledParagraph = (p: Tokens.Paragraph): boolean => labelOf(p.text, false) !== undefined;

/** Every item is a bold level name (`**Beginner**`) with nested bullets or text after it. */
export function isLevelNameList(list: Tokens.List): boolean {
  return (
    list.items.length > 0 &&
    list.items.every((i) => {
      const head = itemHead(i);
      const name = boldName(head.split('\n')[0] ?? '');
      return name !== undefined && (i.tokens.some((t) => t.type === 'list') || head.includes('\n'));
    })
  );
}

interface HeadingInfo {
  block: Block;
  depth: number;
  title: string;
  parent?: HeadingInfo;
  lists: boolean;
  labelled: boolean;
  levelNames: boolean;
  /** A "Same as" line or a `>` summary right after it. */
  levelSigns: boolean;
}

function mostCommon(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0) || (n === counts.get(best) && v > best)) best = v;
  return best;
}

function decideByHeadings(blocks: Block[], headings: HeadingInfo[]): Structure {
  const open: HeadingInfo[] = [];
  let current: HeadingInfo | undefined;
  let first = false;
  for (const block of blocks) {
    const t = block.token;
    if (t.type === 'heading') {
      const depth = (t as Tokens.Heading).depth;
      while (open.length && (open[open.length - 1] as HeadingInfo).depth >= depth) open.pop();
      const info: HeadingInfo = {
        block,
        depth,
        title: (t as Tokens.Heading).text.trim(),
        lists: false,
        labelled: false,
        levelNames: false,
        levelSigns: false,
      };
      const parent = open[open.length - 1];
      if (parent) info.parent = parent;
      open.push(info);
      headings.push(info);
      current = info;
      first = true;
      continue;
    }
    if (!current || t.type === 'space') continue;
    if (t.type === 'list') {
      current.lists = true;
      if (isLabelledList(t as Tokens.List)) current.labelled = true;
      if (isLevelNameList(t as Tokens.List)) current.levelNames = true;
    } else if (t.type === 'paragraph') {
      if (isLabelledParagraph(t as Tokens.Paragraph)) current.labelled = true;
      if (sameAsRest((t as Tokens.Paragraph).text) !== undefined) current.levelSigns = true;
    } else if (t.type === 'blockquote' && first) {
      current.levelSigns = true;
    }
    first = false;
  }
  const holding = headings.filter((h) => h.lists || h.labelled);
  if (holding.length === 0 && blocks.some(isTableBlock)) {
    return { kind: 'tables', why: 'no heading holds a list: the tables give the levels' };
  }
  if (holding.length === 0) {
    const signed = headings.filter((h) => h.levelSigns);
    if (signed.length)
      return { kind: 'levels', depth: mostCommon(signed.map((h) => h.depth)) as number, why: 'they have "Same as" lines or summaries' };
    if (headings.length === 0) return { kind: 'none', why: 'the file has no headings' };
    const top = headings.reduce((m, h) => Math.min(m, h.depth), 6);
    const below = headings.filter((h) => h.depth > top);
    if (headings.filter((h) => h.depth === top).length === 1 && below.length) {
      return {
        kind: 'levels',
        depth: below.reduce((m, h) => Math.min(m, h.depth), 6),
        why: 'no heading holds a list; the one top heading is the title',
      };
    }
    return { kind: 'levels', depth: top, why: 'no heading holds a list; the top headings are taken as levels' };
  }
  const named = holding.filter((h) => h.levelNames);
  if (named.length && named.length * 2 >= holding.length) {
    const depth = mostCommon(named.map((h) => h.depth)) as number;
    return { kind: 'competencies', depth, why: `competencies are the ${hashes(depth)} headings: their lists name the levels in bold` };
  }
  // Section titles that repeat under different parents are sections; their parents are the levels.
  let repeat: { depth: number; title: string; count: number } | undefined;
  for (const depth of new Set(holding.map((h) => h.depth))) {
    const parents = new Map<string, Set<HeadingInfo>>();
    for (const h of holding) {
      if (h.depth !== depth || !h.parent) continue;
      const slug = slugify(h.title);
      let set = parents.get(slug);
      if (!set) parents.set(slug, (set = new Set()));
      set.add(h.parent);
    }
    for (const [, set] of parents) {
      if (set.size >= 2 && (!repeat || set.size > repeat.count)) {
        const h = holding.find((x) => x.depth === depth && x.parent && set.has(x.parent)) as HeadingInfo;
        repeat = { depth, title: h.title, count: set.size };
      }
    }
  }
  if (repeat) {
    const parentDepths = holding.filter((h) => h.depth === repeat.depth && h.parent).map((h) => (h.parent as HeadingInfo).depth);
    const depth = mostCommon(parentDepths) as number;
    return {
      kind: 'levels',
      depth,
      why: `levels are the ${hashes(depth)} headings: the sections under them repeat (${JSON.stringify(repeat.title.slice(0, 40))} under ${repeat.count} of them)`,
    };
  }
  const itemDepth = mostCommon(holding.map((h) => h.depth)) as number;
  const atDepth = holding.filter((h) => h.depth === itemDepth);
  if (atDepth.some((h) => h.labelled)) {
    return {
      kind: 'levels',
      depth: itemDepth,
      why: `levels are the ${hashes(itemDepth)} headings: their content is labelled ("Label: text")`,
    };
  }
  const levelish = atDepth.filter((h) => h.levelSigns || looksLikeLevel(h.title));
  const parents = atDepth.filter((h) => h.parent).map((h) => (h.parent as HeadingInfo).depth);
  if (levelish.length * 2 >= atDepth.length || parents.length === 0) {
    return {
      kind: 'levels',
      depth: itemDepth,
      why: `levels are the ${hashes(itemDepth)} headings: they hold the lists${levelish.length ? ' and their titles name levels' : ''}`,
    };
  }
  const depth = mostCommon(parents) as number;
  return {
    kind: 'levels',
    depth,
    why: `levels are the ${hashes(depth)} headings: the ${hashes(itemDepth)} headings under them hold the lists`,
  };
}

/**
 * A file whose first and only top heading names a level by its code ("# L1", "# Senior Engineer (IC3)")
 * and whose other headings name none: one level, its headings the sections (however deep they go).
 */
function oneCodedLevel(headings: HeadingInfo[]): Extract<Structure, { kind: 'levels' }> | undefined {
  const first = headings[0];
  if (!first || headings.length < 2 || headings.some((h) => h !== first && h.depth <= first.depth)) return undefined;
  const name = splitLevelName(first.title);
  if (!name.coded || headings.some((h) => h !== first && splitLevelName(h.title).coded)) return undefined;
  return {
    kind: 'levels',
    depth: first.depth,
    why: `the one ${hashes(first.depth)} heading names a level by its code (${name.id}): the headings under it are its sections`,
  };
}

/**
 * Headings or tables: a table whose header row or first column names levels gives the levels when no
 * heading at the level depth that holds content is named like a level (or has a level's signs) and
 * the table does not just list the levels the headings hold (an overview).
 */
export function decideStructure(blocks: Block[]): Structure {
  const headings: HeadingInfo[] = [];
  const decided = decideByHeadings(blocks, headings);
  if (decided.kind !== 'levels') return decided;
  const holds = (h: HeadingInfo) => h.lists || h.labelled;
  const candidatesAt = (depth: number) =>
    headings.filter((h) => h.depth === depth && (holds(h) || h.levelSigns || headings.some((c) => c.parent === h && holds(c))));
  const levelish = (list: HeadingInfo[]) => list.some((h) => h.levelSigns || looksLikeLevel(h.title));
  // "# L1" over its sections, unless the headings the structure points at are named like levels themselves.
  const one = oneCodedLevel(headings);
  const byHeadings = one && one.depth !== decided.depth && !levelish(candidatesAt(decided.depth)) ? one : decided;
  const depth = byHeadings.depth;
  const candidates = candidatesAt(depth);
  if (levelish(candidates)) return byHeadings;
  const ids = new Set(candidates.map((h) => splitLevelName(h.title).id.toLowerCase()));
  const table = blocks.find((x) => {
    if (!isTableBlock(x)) return false;
    const names = tableLevelNames(x);
    // An overview of the levels the headings hold is no ladder of its own.
    return names.length > 0 && names.filter((n) => ids.has(splitLevelName(n).id.toLowerCase())).length * 2 < names.length;
  });
  if (!table) return byHeadings;
  const shown = candidates
    .slice(0, 2)
    .map((h) => JSON.stringify(h.title.length > 24 ? `${h.title.slice(0, 23)}…` : h.title))
    .join(', ');
  return {
    kind: 'tables',
    why: `the table at line ${table.from} gives the levels (no ${hashes(depth)} heading with a list is named like a level: ${shown})`,
  };
}
