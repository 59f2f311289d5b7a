/** Parts of a level read from Markdown: which headings hold a level, its quote summary, labelled paragraphs. */
import type { Tokens } from 'marked';
import { quote } from '../../model/json-checks.js';
import { type Builder, type DraftLevel, type DraftSection, levelPath } from './builder.js';
import type { Ledger } from './ledger.js';
import type { ListEntry } from './list-items.js';
import { sameAsRest } from './same-as.js';
import { type Block, isLabelledParagraph } from './structure.js';
import { looksLikeLevel, splitLevelName, stripEmphasis } from './level-names.js';
import { isTableBlock, namesLevels } from './tables.js';
import { boldName, excerpt, labelOf, trailingAttributes, unwrap } from './text.js';

/**
 * Level-depth headings with level content under them: lists, labelled paragraphs, tables, a "Same as"
 * line or a quote (or, when none has such content, paragraphs). When most of them name a level by a
 * code ("L1: …", "Senior (IC3)"), those that name none and are not named like a level ("Promotion
 * process", but not "Principal Engineer") are no levels: `uncoded`.
 */
export function liveLevelHeadings(blocks: Block[], depth: number): { live: Set<Block>; uncoded: Set<Block> } {
  const out = contentHeadings(blocks, depth, false);
  // Headings over paragraphs only are levels when there are several of them (one is a title and its text).
  const paragraphs = out.size ? out : contentHeadings(blocks, depth, true);
  const live = out.size || paragraphs.size >= 2 ? paragraphs : out;
  // An explicit {#id} counts as a code.
  const coded = new Set(
    [...live].filter((h) => {
      const attrs = trailingAttributes((h.token as Tokens.Heading).text.trim());
      return attrs.id !== undefined || splitLevelName(attrs.text).coded;
    }),
  );
  const uncoded = new Set<Block>();
  if (coded.size >= 2 && coded.size * 2 > live.size && coded.size < live.size) {
    for (const h of live) if (!coded.has(h) && !looksLikeLevel((h.token as Tokens.Heading).text)) uncoded.add(h);
    for (const h of uncoded) live.delete(h);
  }
  return { live, uncoded };
}

function contentHeadings(blocks: Block[], depth: number, paragraphs: boolean): Set<Block> {
  const out = new Set<Block>();
  let current: Block | undefined;
  let first = false;
  for (const block of blocks) {
    const t = block.token;
    if (t.type === 'heading') {
      const d = (t as Tokens.Heading).depth;
      if (d === depth) current = block;
      else if (d < depth) current = undefined;
      first = d === depth;
      continue;
    }
    if (!current || t.type === 'space') continue;
    const p = t.type === 'paragraph' ? (t as Tokens.Paragraph) : undefined;
    if (
      t.type === 'list' ||
      (isTableBlock(block) && !namesLevels(block)) ||
      (t.type === 'blockquote' && first) ||
      (p && (paragraphs || sameAsRest(p.text) !== undefined || isLabelledParagraph(p)))
    ) {
      out.add(current);
    }
    first = false;
  }
  return out;
}

export function readQuoteSummary(b: Builder, ledger: Ledger, level: DraftLevel, quoteToken: Tokens.Blockquote, block: Block): void {
  const file = ledger.file;
  quoteToken.raw.split('\n').forEach((text, i) => {
    if (!/^\s{0,3}>/.test(text) && sameAsRest(text) !== undefined) {
      b.error(file, block.from + i, 'this "Same as" line continues the summary blockquote: leave a blank line before it');
    }
  });
  const children = quoteToken.tokens.filter((t) => t.type !== 'space');
  const text = children.every((t) => t.type === 'paragraph')
    ? unwrap(children.map((t) => (t as Tokens.Paragraph).text))
    : quoteToken.text.trim();
  if (!text) {
    ledger.markup(block.from, block.to);
    return;
  }
  level.summary = text;
  b.anchor({ file, line: block.from }, () => `${levelPath(level)}.summary`);
  ledger.use(block.from, block.to, () => `${levelPath(level)}.summary`);
}

/**
 * `**A:** text` lines in one paragraph: each labelled line starts an item, other lines continue it;
 * `more` are paragraphs that continue the last item.
 */
export function readLabelledParagraph(
  p: Tokens.Paragraph,
  block: Block,
  more: Block[],
  add: (label: string, entries: ListEntry[]) => void,
): void {
  const lines = p.text.split('\n');
  let current: { label: string; parts: string[]; from: number } | undefined;
  const flush = (to: number, last: boolean) => {
    if (!current) return;
    const attrs = trailingAttributes(unwrap([current.parts.join('\n')]));
    const paragraphs = last ? more.map((x) => unwrap([(x.token as Tokens.Paragraph).text])) : [];
    const text = [attrs.text, ...paragraphs].join('\n\n');
    const end = last ? (more.at(-1)?.to ?? to) : to;
    const entry: ListEntry = { text, head: attrs.text, details: [], children: [], from: current.from, to: end };
    if (attrs.id !== undefined) entry.id = attrs.id;
    if (attrs.replaces !== undefined) entry.replaces = attrs.replaces;
    if (attrs.error) entry.error = attrs.error;
    add(current.label, [entry]);
  };
  lines.forEach((line, i) => {
    const label = labelOf(line, false);
    if (label) {
      flush(block.from + i - 1, false);
      current = { label: label.label, parts: [label.rest], from: block.from + i };
    } else current?.parts.push(line);
  });
  flush(block.to, true);
}

/** The section a level's list goes to when it has no heading or label. */
export const DEFAULT_SECTION = 'Expectations';

export const what = (type: string): string =>
  ({ code: 'code block', html: 'HTML block', blockquote: 'blockquote', def: 'link definition', paragraph: 'paragraph', list: 'list' })[
    type
  ] ?? `"${type}" block`;

/** A paragraph that only shows pictures (`![Level 2](l2.png)`): the elements render no images. */
export const isImageOnly = (p: Tokens.Paragraph): boolean =>
  p.tokens.some((t) => t.type === 'image') &&
  p.tokens.every((t) => t.type === 'image' || t.type === 'br' || (t.type === 'text' && t.raw.trim() === ''));

export const isEmphasized = (text: string): boolean => !text.includes('\n') && stripEmphasis(text) !== text.trim();

/** Plain paragraphs right after the labelled one at `index` ("**Mentorship:** …" then "Effective mentorship is…"). */
export function labelledContinuation(blocks: Block[], index: number): Block[] {
  const more: Block[] = [];
  for (let j = index + 1; j < blocks.length; j++) {
    const x = blocks[j] as Block;
    if (x.token.type !== 'paragraph') break;
    const q = x.token as Tokens.Paragraph;
    if (isLabelledParagraph(q) || sameAsRest(q.text) !== undefined || isImageOnly(q) || boldName(q.text) !== undefined) break;
    more.push(x);
  }
  return more;
}

/** Paragraphs as items: one each, `{#id}` at the end of one read as for a list item. */
export function paragraphEntries(paragraphs: Block[]): ListEntry[] {
  return paragraphs.map((p): ListEntry => {
    const attrs = trailingAttributes(unwrap([(p.token as Tokens.Paragraph).text]));
    const e: ListEntry = { text: attrs.text, head: attrs.text, details: [], children: [], from: p.from, to: p.to };
    if (attrs.id !== undefined) e.id = attrs.id;
    if (attrs.replaces !== undefined) e.replaces = attrs.replaces;
    if (attrs.error) e.error = attrs.error;
    return e;
  });
}

/** The paragraphs between a section heading and its first list describe the section (the first one that does wins). */
export function describeSection(b: Builder, ledger: Ledger, s: DraftSection, paragraphs: Block[]): void {
  for (const p of paragraphs) {
    const text = (p.token as Tokens.Paragraph).text;
    if (b.describeSection(s, unwrap([text]))) ledger.use(p.from, p.to, () => `$.sections[${s.index}].description`);
    else b.ignore(ledger, p.from, p.to, `paragraph ${excerpt(text)}: section ${quote(s.title)} already has another description`);
  }
}
