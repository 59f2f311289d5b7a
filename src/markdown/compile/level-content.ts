/**
 * What one level holds in Markdown, block by block: its summary (a `>` quote or the paragraphs right
 * after its heading), a "Same as" line, sections (headings, or a bold label alone on a line above a
 * list), their lists, labelled content, tables. A section that holds only paragraphs has them as its
 * items; a document whose levels hold only paragraphs has one item per paragraph.
 */
import type { Tokens } from 'marked';
import { quote } from '../../model/json-checks.js';
import { type Builder, type DraftLevel, type DraftSection, itemsPath, levelPath } from './builder.js';
import type { Ledger } from './ledger.js';
import {
  DEFAULT_SECTION,
  describeSection,
  isEmphasized,
  isImageOnly,
  labelledContinuation,
  paragraphEntries,
  readLabelledParagraph,
  readQuoteSummary,
  what,
} from './level-parts.js';
import { type ListEntry, readList } from './list-items.js';
import { sameAsRest } from './same-as.js';
import { type Block, isLabelledList, isLabelledParagraph } from './structure.js';
import { isTableBlock, namesLevels, readHtmlBlock, readMarkdownTable } from './tables.js';
import { boldName, excerpt, labelOf, trailingAttributes, unwrap } from './text.js';

export interface LevelReading {
  b: Builder;
  ledger: Ledger;
  /** The heading depth of the levels (0: the level comes from front matter). */
  depth: number;
  /** No level of the document has a list or a section: each paragraph is an item. */
  paragraphItems: boolean;
}

interface OpenSection {
  section: DraftSection;
  line: number;
  items: number;
  /** A list has started: later paragraphs are no longer its description. */
  listed: boolean;
  /** Paragraphs before any list: the section's description when a list follows, else its items. */
  pending: Block[];
}

export class LevelContent {
  private section: OpenSection | undefined;
  private summaryParagraphs: Block[] = [];
  /** Blocks read along with an earlier one (a labelled paragraph's continuation). */
  private readonly consumed = new Set<Block>();

  constructor(
    private readonly r: LevelReading,
    readonly level: DraftLevel,
    /** Right after the level heading: a quote or paragraphs are the summary. */
    private summaryOpen: boolean,
  ) {}

  private get file(): string {
    return this.r.ledger.file;
  }

  /** The paragraphs right after the heading: the summary, or (`paragraphItems`) items after an emphasized first one. */
  private flushSummary(): void {
    const { b, ledger } = this.r;
    const paragraphs = this.summaryParagraphs;
    this.summaryParagraphs = [];
    if (paragraphs.length === 0) return;
    const lv = this.level;
    const text = (p: Block) => (p.token as Tokens.Paragraph).text;
    let summary = paragraphs;
    if (this.r.paragraphItems) {
      const first = paragraphs[0] as Block;
      summary = isEmphasized(text(first)) ? [first] : [];
      const rest = paragraphs.slice(summary.length);
      const target = rest.length ? b.section(DEFAULT_SECTION, { file: this.file, line: rest[0]?.from ?? 1 }) : undefined;
      if (target) this.addParagraphs(target, rest);
    }
    if (summary.length === 0) return;
    lv.summary = unwrap(summary.map(text));
    b.anchor({ file: this.file, line: (summary[0] as Block).from }, () => `${levelPath(lv)}.summary`);
    for (const p of summary) ledger.use(p.from, p.to, () => `${levelPath(lv)}.summary`);
  }

  private closeSection(): void {
    const open = this.section;
    this.section = undefined;
    if (!open) return;
    if (!open.listed && open.pending.length) this.addParagraphs(open.section, open.pending, open);
    if (open.items === 0) {
      this.r.b.ignore(
        this.r.ledger,
        open.line,
        open.line,
        `section heading ${quote(open.section.title)}: it has no items (a list under it)`,
      );
    }
  }

  close(): void {
    this.flushSummary();
    this.closeSection();
    this.r.b.endLevel(this.level);
  }

  /** A section heading (or a bold label alone above a list) inside the level. */
  enterSection(title: string, block: Block): void {
    const { b, ledger } = this.r;
    this.flushSummary();
    this.closeSection();
    this.summaryOpen = false;
    const s = b.enterSection(this.level, title, { file: this.file, line: block.from });
    if (!s) {
      ledger.ignore(block.from, block.to, 'section heading with an error');
      return;
    }
    this.section = { section: s, line: block.from, items: 0, listed: false, pending: [] };
    const lv = this.level;
    ledger.use(block.from, block.to, () => itemsPath(lv, s.id));
  }

  /** A heading titled like a summary ("Overview") that holds only paragraphs: they are the level's summary. */
  summaryHeading(block: Block, title: string): boolean {
    if (this.level.summary !== undefined || this.summaryParagraphs.length) return false;
    this.closeSection();
    this.summaryOpen = true;
    this.r.ledger.use(block.from, block.to, () => `${levelPath(this.level)}.summary`);
    this.r.b.note(this.file, `the paragraphs under ${quote(title)} (line ${block.from}) are the summary of level ${this.level.id}`);
    return true;
  }

  private addParagraphs(target: DraftSection, paragraphs: Block[], open?: OpenSection): void {
    this.addItems(target, paragraphEntries(paragraphs), open);
  }

  private addItems(target: DraftSection, entries: ListEntry[], open?: OpenSection): void {
    const { b, ledger } = this.r;
    for (const e of entries) {
      if (e.error) {
        b.error(this.file, e.from, e.error);
        continue;
      }
      if (!e.text) {
        b.error(this.file, e.from, 'empty item');
        continue;
      }
      const details = e.details.map((d) => d.text);
      const at = b.item(this.level, target, { text: e.text, id: e.id, replaces: e.replaces, details }, { file: this.file, line: e.from });
      if (!at) continue;
      if (open) open.items++;
      ledger.use(e.from, e.to, at);
      e.details.forEach((d, i) => {
        ledger.use(d.from, d.to, () => `${at()}.details[${i}]`);
      });
    }
  }

  /** Labelled content right under a level: each label is a section. */
  private addLabelled(label: string, entries: ListEntry[], line: number): void {
    const target = this.r.b.section(label, { file: this.file, line });
    if (target) this.addItems(target, entries);
  }

  /** One block of the level's content: `blocks[index]` (the blocks after it tell a bold label above a list, a labelled paragraph's continuation). */
  read(blocks: Block[], index: number): void {
    const block = blocks[index] as Block;
    if (this.consumed.has(block)) return;
    const { b, ledger } = this.r;
    const t = block.token;
    const lv = this.level;
    if (t.type === 'blockquote') {
      if (this.summaryOpen && this.summaryParagraphs.length === 0) {
        readQuoteSummary(b, ledger, lv, t as Tokens.Blockquote, block);
        this.summaryOpen = false;
      } else b.ignore(ledger, block.from, block.to, 'blockquote: a level summary is a quote right after the level heading');
      return;
    }
    if (t.type === 'paragraph') {
      this.paragraph(blocks, index);
      return;
    }
    this.flushSummary();
    this.summaryOpen = false;
    if (t.type === 'list') {
      this.list(block);
      return;
    }
    if (isTableBlock(block) && namesLevels(block)) {
      const hashes = '#'.repeat(this.r.depth);
      b.ignore(
        ledger,
        block.from,
        block.to,
        `the table at line ${block.from}: it names levels, but the levels here are the ${hashes} headings (a table in a level lists its sections and items)`,
      );
    } else if (t.type === 'table') readMarkdownTable(b, ledger, t as Tokens.Table, block, lv);
    else if (t.type === 'html' && /<table/i.test(t.raw)) readHtmlBlock(b, ledger, t.raw, block, lv);
    else {
      const comment = t.type === 'html' && t.raw.trim().startsWith('<!--');
      const why = comment ? 'HTML comment' : `${what(t.type)}: a level holds a summary, a "Same as" line, sections, lists and tables`;
      b.ignore(ledger, block.from, block.to, why);
    }
  }

  private paragraph(blocks: Block[], index: number): void {
    const block = blocks[index] as Block;
    const next = blocks[index + 1];
    const { b, ledger } = this.r;
    const p = block.token as Tokens.Paragraph;
    const lv = this.level;
    if (isImageOnly(p)) {
      b.ignore(ledger, block.from, block.to, `image ${excerpt(p.text)}: a ladder holds text, and the elements show no images`);
      return;
    }
    const rest = sameAsRest(p.text);
    if (rest !== undefined) {
      if (lv.ref) b.error(this.file, block.from, `level "${lv.id}" already has a "Same as" line (line ${lv.ref.loc.line})`);
      else {
        lv.ref = { rest, loc: { file: this.file, line: block.from } };
        ledger.use(block.from, block.to, () => `${levelPath(lv)}.inherits`);
      }
      return;
    }
    // "**Responsibilities:**" alone on its line, then a list or paragraphs: a section heading in bold.
    const bold = p.text.includes('\n') || labelOf(p.text, false)?.rest ? undefined : boldName(p.text);
    if (bold && (next?.token.type === 'list' || next?.token.type === 'paragraph')) {
      this.enterSection(bold, block);
      return;
    }
    if (bold) {
      b.ignore(
        ledger,
        block.from,
        block.to,
        `paragraph ${excerpt(p.text)}: a bold label alone on its line heads the list or paragraphs right below it, and none follows`,
      );
      return;
    }
    if (!this.section && isLabelledParagraph(p)) {
      this.flushSummary();
      this.summaryOpen = false;
      readLabelledParagraph(p, block, this.continuation(blocks, index), (label, entries) => this.addLabelled(label, entries, block.from));
      return;
    }
    if (this.summaryOpen && !this.section) {
      this.summaryParagraphs.push(block);
      return;
    }
    if (this.section && !this.section.listed) {
      this.section.pending.push(block);
      return;
    }
    b.ignore(
      ledger,
      block.from,
      block.to,
      `paragraph ${excerpt(p.text)}: only lists hold items here (a paragraph is a summary right after the level heading, or a section's description right after its heading)`,
    );
  }

  /** Plain paragraphs right after a labelled one continue its item; not where every paragraph is an item of its own. */
  private continuation(blocks: Block[], index: number): Block[] {
    const more = this.r.paragraphItems ? [] : labelledContinuation(blocks, index);
    for (const x of more) this.consumed.add(x);
    return more;
  }

  private list(block: Block): void {
    const { b, ledger } = this.r;
    const list = block.token as Tokens.List;
    const entries = readList(list, ledger.text, block.offset, (o) => ledger.lineAt(o));
    const open = this.section;
    const lv = this.level;
    const at = { file: this.file, line: block.from };
    if (open) {
      if (!open.listed) describeSection(this.r.b, this.r.ledger, open.section, open.pending);
      open.pending = [];
      open.listed = true;
      this.addItems(open.section, entries, open);
    } else if (isLabelledList(list)) {
      for (const e of entries) {
        const label = labelOf(e.head, true);
        if (!label) continue;
        if (label.rest) {
          const attrs = trailingAttributes(label.rest);
          this.addLabelled(label.label, [{ ...e, text: attrs.text, id: attrs.id ?? e.id, replaces: attrs.replaces ?? e.replaces }], e.from);
        } else {
          // "- Scope:" with nested bullets: one item per bullet.
          ledger.use(e.from, e.from, () => `${itemsPath(lv, b.section(label.label, at)?.id ?? '')}`);
          this.addLabelled(label.label, e.children, e.from);
        }
      }
    } else {
      const s = b.section(DEFAULT_SECTION, at);
      if (s) this.addItems(s, entries);
    }
  }
}
