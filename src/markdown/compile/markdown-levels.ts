/**
 * Markdown whose headings at one depth are the levels (the house style, and the shapes people write
 * around it): a document title and intro before the first level, a `>` quote or plain paragraphs as
 * the summary, "Same as" lines, deeper headings as sections, labelled content, nested bullets as details.
 */
import type { Tokens } from 'marked';
import { quote } from '../../model/json-checks.js';
import { type Builder, type DraftLevel, levelPath } from './builder.js';
import type { Ledger } from './ledger.js';
import { LevelContent, type LevelReading } from './level-content.js';
import { slugify } from '../../model/ids.js';
import { splitLevelName, stripEmphasis } from './level-names.js';
import { DEFAULT_SECTION, liveLevelHeadings, what } from './level-parts.js';
import type { Block } from './structure.js';
import { isTableBlock } from './tables.js';
import { strayAttribute, trailingAttributes } from './text.js';

export interface MarkdownContext {
  b: Builder;
  ledger: Ledger;
  blocks: Block[];
}

const SUMMARY_HEAD = /^(?:summary|overview|about|description|definition|in short|in a nutshell)$/i;

/** Whether no level-depth heading has a list or a deeper heading under it (the levels hold only paragraphs). */
function onlyParagraphs(blocks: Block[], depth: number, live: Set<Block>): boolean {
  let inLevel = false;
  let paragraphs = false;
  for (const block of blocks) {
    const t = block.token;
    if (t.type === 'heading') {
      const d = (t as Tokens.Heading).depth;
      if (inLevel && d > depth) return false;
      if (d <= depth) inLevel = d === depth && live.has(block);
      continue;
    }
    if (!inLevel) continue;
    if (t.type === 'list' || isTableBlock(block)) return false;
    if (t.type === 'paragraph') paragraphs = true;
  }
  return paragraphs;
}

/** Headings whose content (up to the next heading) is only paragraphs. */
function paragraphOnlyHeadings(blocks: Block[]): Set<Block> {
  const out = new Set<Block>();
  let current: Block | undefined;
  let ok = false;
  const close = () => {
    if (current && ok) out.add(current);
  };
  for (const block of blocks) {
    const type = block.token.type;
    if (type === 'heading') {
      close();
      current = block;
      ok = false;
    } else if (type === 'paragraph') ok = true;
    else if (type !== 'space') current = undefined;
  }
  close();
  return out;
}

export function readLevels(ctx: MarkdownContext, depth: number, initial?: DraftLevel): void {
  const { b, ledger, blocks } = ctx;
  const file = ledger.file;
  const { live, uncoded } = liveLevelHeadings(blocks, depth);
  const paragraphItems = depth > 0 && depth < 7 && onlyParagraphs(blocks, depth, live);
  if (paragraphItems)
    b.note(file, `the levels hold only paragraphs: each is an item of "${DEFAULT_SECTION}" (an emphasized first one is the summary)`);
  const reading: LevelReading = { b, ledger, depth, paragraphItems };
  const paragraphOnly = paragraphOnlyHeadings(blocks);
  let content = initial ? new LevelContent(reading, initial, initial.summary === undefined) : undefined;
  /** A level heading was read (the level may have had an error: then `content` is undefined). */
  let started = initial !== undefined;
  let titleTaken = false;
  let intro: Block[] = [];
  /** The heading that groups the levels that follow (ignored with a warning), and the group of each level. */
  let group: string | undefined;
  const groups = new Map<string, { group: string | undefined; line: number }>();

  const closeLevel = () => {
    content?.close();
    content = undefined;
  };
  const flushIntro = () => {
    // A heading right before the first level groups the levels that follow: it is no description.
    const last = intro.at(-1);
    if (last?.token.type === 'heading' && (last.token as Tokens.Heading).depth < depth) {
      intro.pop();
      b.ignore(
        ledger,
        last.from,
        last.to,
        `heading ${quote((last.token as Tokens.Heading).text.trim())}: it groups levels, and the ladder format has no level groups`,
      );
    }
    if (intro.length === 0) return;
    const text = ledger.text.slice(intro[0]?.offset ?? 0, (intro.at(-1)?.offset ?? 0) + (intro.at(-1)?.token.raw.length ?? 0)).trim();
    const from = intro[0]?.from ?? 1;
    const to = intro.at(-1)?.to ?? from;
    // Without a document title, only the first file's intro describes the ladder.
    if ((titleTaken || b.levels.length === 0) && b.setDescription(text, { file, line: from })) {
      ledger.use(from, to, () => '$.description');
      for (const x of intro.filter(isTableBlock))
        b.note(file, `the table at line ${x.from} comes before the first level: it is part of the description`);
    } else
      b.ignore(
        ledger,
        from,
        to,
        b.description
          ? `text before the first level: the ladder's description comes from ${b.describedBy()}`
          : 'text before the first level: only a document title ("# Title") or the first file introduces the ladder',
      );
    intro = [];
  };

  const nonSpace = blocks.filter((x) => x.token.type !== 'space');
  nonSpace.forEach((block, index) => {
    const t = block.token;
    const at = { file, line: block.from };
    if (t.type === 'hr') {
      ledger.markup(block.from, block.to);
      return;
    }
    if (t.type === 'heading') {
      const h = t as Tokens.Heading;
      const text = h.text.trim();
      if (h.depth === depth && !live.has(block) && !started) {
        intro.push(block);
        return;
      }
      if (h.depth === depth && !live.has(block)) {
        closeLevel();
        const why = uncoded.has(block)
          ? `the other ${'#'.repeat(depth)} headings name levels by a code (${[...live].length} of them), this one names none`
          : 'nothing under it is a level\'s content (no lists, no "Same as" line, no summary quote)';
        b.ignore(ledger, block.from, block.to, `heading ${quote(text)}: ${why}`);
        return;
      }
      if (h.depth === depth) {
        closeLevel();
        flushIntro();
        started = true;
        const attrs = trailingAttributes(text);
        if (attrs.replaces !== undefined || attrs.error) {
          b.error(file, block.from, `misplaced or malformed "${strayAttribute(text) ?? text}": write {#id} at the end of the heading`);
          return;
        }
        const id = attrs.id ?? splitLevelName(attrs.text).id;
        const twin = groups.get(id);
        if (twin && twin.group !== group) {
          b.error(
            file,
            block.from,
            `level ${quote(text)} (id "${id}") is also at line ${twin.line}: the levels under ${quote(twin.group ?? 'the title')} and under ${quote(group ?? 'the title')} have the same names, and a ladder has one set of levels; compile each group as a ladder of its own (one file per group), or give the levels distinct ids (${'#'.repeat(depth)} ${attrs.text} {#${slugify(group ?? 'other')}-${id}})`,
          );
          return;
        }
        const level = b.level(attrs.text, at, attrs.id);
        if (level) {
          groups.set(level.id, { group, line: block.from });
          ledger.use(block.from, block.to, () => `${levelPath(level)}.title`);
          content = new LevelContent(reading, level, true);
        }
        return;
      }
      if (h.depth < depth || !started) {
        if (!started && !titleTaken && h.depth < depth && intro.length === 0) {
          titleTaken = true;
          if (b.setTitle(text, at)) ledger.use(block.from, block.to, () => '$.title');
          else
            b.ignore(
              ledger,
              block.from,
              block.to,
              `title ${quote(text)}: the ladder's title is given by ${b.title?.loc.file}:${b.title?.loc.line}`,
            );
          return;
        }
        if (h.depth < depth) group = text;
        if (!started) {
          intro.push(block);
          return;
        }
        closeLevel();
        b.ignore(ledger, block.from, block.to, `heading ${quote(text)}: it groups levels, and the ladder format has no level groups`);
        return;
      }
      if (!content) {
        ledger.ignore(block.from, block.to, 'skipped: its level had an error');
        return;
      }
      if (paragraphOnly.has(block) && SUMMARY_HEAD.test(stripEmphasis(text)) && content.summaryHeading(block, text)) return;
      content.enterSection(text, block);
      return;
    }
    if (!started) {
      // A table before the first level heading (an overview of the levels, a legend) is part of the introduction.
      intro.push(block);
      return;
    }
    if (!content) {
      b.ignore(ledger, block.from, block.to, `${what(t.type)}: it is not under a level heading (${'#'.repeat(depth)} …)`);
      return;
    }
    content.read(nonSpace, index);
  });
  closeLevel();
  flushIntro();
}
