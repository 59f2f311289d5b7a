/**
 * Markdown whose headings at one depth are the levels (the house style, and the shapes people write
 * around it): a document title and intro before the first level, a `>` quote or plain paragraphs as
 * the summary, "Same as" lines, deeper headings as sections, labelled content, nested bullets as details.
 */
import type { Tokens } from 'marked';
import { quote } from '../../model/json-checks.js';
import { type Builder, type DraftLevel, type DraftSection, itemsPath, levelPath } from './builder.js';
import { type ListEntry, readList } from './list-items.js';
import type { Ledger } from './ledger.js';
import { sameAsRest } from './same-as.js';
import { liveLevelHeadings, readLabelledParagraph, readQuoteSummary } from './level-parts.js';
import { type Block, isLabelledList, isLabelledParagraph } from './structure.js';
import { readMarkdownTable, readHtmlBlock } from './tables.js';
import { excerpt, labelOf, trailingAttributes, strayAttribute, unwrap } from './text.js';

export interface MarkdownContext {
  b: Builder;
  ledger: Ledger;
  blocks: Block[];
}

/** The section a level's list goes to when it has no heading or label. */
export const DEFAULT_SECTION = 'Expectations';

const what = (type: string): string =>
  ({ code: 'code block', html: 'HTML block', blockquote: 'blockquote', def: 'link definition', paragraph: 'paragraph', list: 'list' })[
    type
  ] ?? `"${type}" block`;

interface OpenSection {
  section: DraftSection;
  line: number;
  items: number;
  /** A list has started: later paragraphs are no longer its description. */
  listed: boolean;
}

export function readLevels(ctx: MarkdownContext, depth: number, initial?: DraftLevel): void {
  const { b, ledger, blocks } = ctx;
  const file = ledger.file;
  let level = initial;
  let started = initial !== undefined;
  let section: OpenSection | undefined;
  /** Right after the level heading: a quote or paragraphs are the summary. */
  let summaryOpen = initial !== undefined && initial.summary === undefined;
  let summaryParagraphs: Block[] = [];
  let titleTaken = false;
  let intro: Block[] = [];
  const live = liveLevelHeadings(blocks, depth);

  const flushSummary = () => {
    if (!level || summaryParagraphs.length === 0) return;
    const lv = level;
    lv.summary = unwrap(summaryParagraphs.map((p) => (p.token as Tokens.Paragraph).text));
    const first = summaryParagraphs[0] as Block;
    b.anchor({ file, line: first.from }, () => `${levelPath(lv)}.summary`);
    for (const p of summaryParagraphs) ledger.use(p.from, p.to, () => `${levelPath(lv)}.summary`);
    summaryParagraphs = [];
  };
  const closeSection = () => {
    if (section && section.items === 0) {
      b.ignore(ledger, section.line, section.line, `section heading ${quote(section.section.title)}: it has no items (a list under it)`);
    }
    section = undefined;
  };
  const closeLevel = () => {
    flushSummary();
    closeSection();
    if (level) b.endLevel(level);
    level = undefined;
    summaryOpen = false;
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
    if ((titleTaken || b.levels.length === 0) && b.setDescription(text, { file, line: from })) ledger.use(from, to, () => '$.description');
    else
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

  const addItems = (lv: DraftLevel, target: DraftSection, entries: ListEntry[], open?: OpenSection) => {
    for (const e of entries) {
      if (e.error) {
        b.error(file, e.from, e.error);
        continue;
      }
      if (!e.text) {
        b.error(file, e.from, 'empty item');
        continue;
      }
      const at = b.item(
        lv,
        target,
        { text: e.text, id: e.id, replaces: e.replaces, details: e.details.map((d) => d.text) },
        { file, line: e.from },
      );
      if (!at) continue;
      if (open) open.items++;
      ledger.use(e.from, e.to, at);
      e.details.forEach((d, i) => {
        ledger.use(d.from, d.to, () => `${at()}.details[${i}]`);
      });
    }
  };

  /** Labelled content right under a level: each label is a section. */
  const addLabelled = (lv: DraftLevel, label: string, entries: ListEntry[], line: number) => {
    const target = b.section(label, { file, line });
    if (!target) return;
    addItems(lv, target, entries);
  };

  for (const block of blocks) {
    const t = block.token;
    const at = { file, line: block.from };
    if (t.type === 'space') continue;
    if (t.type === 'hr') {
      ledger.markup(block.from, block.to);
      continue;
    }
    if (t.type === 'heading') {
      const h = t as Tokens.Heading;
      const text = h.text.trim();
      if (h.depth === depth && !live.has(block) && !started) {
        intro.push(block);
        continue;
      }
      if (h.depth === depth && !live.has(block)) {
        closeLevel();
        b.ignore(
          ledger,
          block.from,
          block.to,
          `heading ${quote(text)}: nothing under it is a level's content (no lists, no "Same as" line, no summary quote)`,
        );
        level = undefined;
        continue;
      }
      if (h.depth === depth) {
        closeLevel();
        flushIntro();
        started = true;
        const attrs = trailingAttributes(text);
        if (attrs.replaces !== undefined || attrs.error) {
          b.error(file, block.from, `misplaced or malformed "${strayAttribute(text) ?? text}": write {#id} at the end of the heading`);
          level = undefined;
          continue;
        }
        level = b.level(attrs.text, at, attrs.id);
        if (level) {
          const lv = level;
          ledger.use(block.from, block.to, () => `${levelPath(lv)}.title`);
        }
        summaryOpen = level !== undefined;
        continue;
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
          continue;
        }
        if (!started) {
          intro.push(block);
          continue;
        }
        closeLevel();
        b.ignore(ledger, block.from, block.to, `heading ${quote(text)}: it groups levels, and the ladder format has no level groups`);
        continue;
      }
      if (!level) {
        ledger.ignore(block.from, block.to, 'skipped: its level had an error');
        continue;
      }
      flushSummary();
      closeSection();
      summaryOpen = false;
      const s = b.enterSection(level, text, at);
      if (s) {
        section = { section: s, line: block.from, items: 0, listed: false };
        const lv = level;
        ledger.use(block.from, block.to, () => itemsPath(lv, s.id));
      } else {
        ledger.ignore(block.from, block.to, 'section heading with an error');
      }
      continue;
    }
    if (!started) {
      if (t.type === 'table' || (t.type === 'html' && /<table/i.test(t.raw))) {
        flushIntro();
        if (t.type === 'table') readMarkdownTable(b, ledger, t as Tokens.Table, block, undefined);
        else readHtmlBlock(b, ledger, t.raw, block, undefined);
        continue;
      }
      intro.push(block);
      continue;
    }
    if (!level) {
      b.ignore(ledger, block.from, block.to, `${what(t.type)}: it is not under a level heading (${'#'.repeat(depth)} …)`);
      continue;
    }
    const lv = level;
    if (t.type === 'blockquote') {
      if (summaryOpen && summaryParagraphs.length === 0) {
        readQuoteSummary(b, ledger, lv, t as Tokens.Blockquote, block);
        summaryOpen = false;
      } else {
        b.ignore(ledger, block.from, block.to, 'blockquote: a level summary is a quote right after the level heading');
      }
      continue;
    }
    if (t.type === 'paragraph') {
      const p = t as Tokens.Paragraph;
      const rest = sameAsRest(p.text);
      if (rest !== undefined) {
        if (lv.ref) b.error(file, block.from, `level "${lv.id}" already has a "Same as" line (line ${lv.ref.loc.line})`);
        else {
          lv.ref = { rest, loc: at };
          ledger.use(block.from, block.to, () => `${levelPath(lv)}.inherits`);
        }
        continue;
      }
      if (!section && isLabelledParagraph(p)) {
        flushSummary();
        summaryOpen = false;
        readLabelledParagraph(p, block, (label, entries) => addLabelled(lv, label, entries, block.from));
        continue;
      }
      if (summaryOpen && !section) {
        summaryParagraphs.push(block);
        continue;
      }
      if (section && !section.listed) {
        const s = section.section;
        if (b.describeSection(s, unwrap([p.text]))) ledger.use(block.from, block.to, () => `$.sections[${s.index}].description`);
        else
          b.ignore(ledger, block.from, block.to, `paragraph ${excerpt(p.text)}: section ${quote(s.title)} already has another description`);
        continue;
      }
      b.ignore(
        ledger,
        block.from,
        block.to,
        `paragraph ${excerpt(p.text)}: only lists hold items here (a paragraph is a summary right after the level heading, or a section's description right after its heading)`,
      );
      continue;
    }
    flushSummary();
    summaryOpen = false;
    if (t.type === 'list') {
      const list = t as Tokens.List;
      const entries = readList(list, ledger.text, block.offset, (o) => ledger.lineAt(o));
      if (section) {
        section.listed = true;
        addItems(lv, section.section, entries, section);
      } else if (isLabelledList(list)) {
        for (const e of entries) {
          const label = labelOf(e.head, true);
          if (!label) continue;
          if (label.rest) {
            const attrs = trailingAttributes(label.rest);
            addLabelled(
              lv,
              label.label,
              [{ ...e, text: attrs.text, id: attrs.id ?? e.id, replaces: attrs.replaces ?? e.replaces }],
              e.from,
            );
          } else {
            // "- Scope:" with nested bullets: one item per bullet.
            ledger.use(e.from, e.from, () => `${itemsPath(lv, b.section(label.label, at)?.id ?? '')}`);
            addLabelled(lv, label.label, e.children, e.from);
          }
        }
      } else {
        const s = b.section(DEFAULT_SECTION, at);
        if (s) addItems(lv, s, entries);
      }
      continue;
    }
    if (t.type === 'table') {
      readMarkdownTable(b, ledger, t as Tokens.Table, block, lv);
      continue;
    }
    if (t.type === 'html' && /<table/i.test(t.raw)) {
      readHtmlBlock(b, ledger, t.raw, block, lv);
      continue;
    }
    const comment = t.type === 'html' && t.raw.trim().startsWith('<!--');
    b.ignore(
      ledger,
      block.from,
      block.to,
      comment ? 'HTML comment' : `${what(t.type)}: a level holds a summary, a "Same as" line, sections, lists and tables`,
    );
  }
  closeLevel();
  flushIntro();
}
