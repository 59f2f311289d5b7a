/**
 * Competency-first documents: a heading per competency (a section, with a one-line description) and
 * under it a bold level name per bullet (`- **Beginner**`) with nested items. Regrouped by level:
 * levels in the order first given, sections in document order, descriptions kept.
 */
import type { Tokens } from 'marked';
import { quote } from '../../model/json-checks.js';
import { type Builder, type DraftSection, levelPath } from './builder.js';
import { readList } from './list-items.js';
import type { MarkdownContext } from './markdown-levels.js';
import { isLevelNameList } from './structure.js';
import { boldName, excerpt, labelOf, unwrap } from './text.js';

export function readCompetencies(ctx: MarkdownContext, depth: number): void {
  const { b, ledger, blocks } = ctx;
  const file = ledger.file;
  let section: DraftSection | undefined;
  let listed = false;
  let started = false;
  let intro: { from: number; to: number; offset: number; end: number }[] = [];
  const flushIntro = (bb: Builder) => {
    const first = intro[0];
    const last = intro.at(-1);
    if (!first || !last) return;
    const text = ledger.text.slice(first.offset, last.end).trim();
    if (bb.setDescription(text, { file, line: first.from })) ledger.use(first.from, last.to, () => '$.description');
    else
      bb.ignore(ledger, first.from, last.to, `text before the first competency: the ladder's description comes from ${bb.describedBy()}`);
    intro = [];
  };
  for (const block of blocks) {
    const t = block.token;
    if (t.type === 'space') continue;
    if (t.type === 'hr') {
      ledger.markup(block.from, block.to);
      continue;
    }
    if (t.type === 'heading') {
      const h = t as Tokens.Heading;
      const text = h.text.trim();
      if (h.depth === depth) {
        flushIntro(b);
        started = true;
        section = b.section(text, { file, line: block.from });
        listed = false;
        const s = section;
        if (s) ledger.use(block.from, block.to, () => `$.sections[${s.index}]`);
        continue;
      }
      if (!started && h.depth < depth && !b.title && intro.length === 0) {
        b.setTitle(text, { file, line: block.from });
        ledger.use(block.from, block.to, () => '$.title');
        continue;
      }
      if (!started) {
        intro.push({ from: block.from, to: block.to, offset: block.offset, end: block.offset + t.raw.length });
        continue;
      }
      section = undefined;
      b.ignore(ledger, block.from, block.to, `heading ${quote(text)}: competencies are the ${'#'.repeat(depth)} headings`);
      continue;
    }
    if (!started) {
      intro.push({ from: block.from, to: block.to, offset: block.offset, end: block.offset + t.raw.length });
      continue;
    }
    if (!section) {
      b.ignore(ledger, block.from, block.to, `${t.type}: it is not under a competency heading`);
      continue;
    }
    const s = section;
    if (t.type === 'paragraph' && !listed) {
      if (b.describeSection(s, unwrap([(t as Tokens.Paragraph).text])))
        ledger.use(block.from, block.to, () => `$.sections[${s.index}].description`);
      else b.ignore(ledger, block.from, block.to, `paragraph ${excerpt(t.raw)}: the competency already has a description`);
      continue;
    }
    if (t.type === 'list' && isLevelNameList(t as Tokens.List)) {
      listed = true;
      for (const entry of readList(t as Tokens.List, ledger.text, block.offset, (o) => ledger.lineAt(o))) {
        const headLine = entry.head.split('\n')[0] ?? '';
        const name = boldName(headLine) ?? labelOf(headLine, false)?.label;
        if (!name) continue;
        const lv = b.levelNamed(name, { file, line: entry.from });
        if (!lv) continue;
        ledger.use(entry.from, entry.from, () => `${levelPath(lv)}.title`);
        // Text after the name (on the next lines of the bullet) is an item too.
        const more = entry.head.split('\n').slice(1).join('\n').trim();
        if (more) {
          const at = b.item(lv, s, { text: unwrap([more]) }, { file, line: entry.from + 1 });
          if (at) ledger.use(entry.from + 1, entry.from + more.split('\n').length, at);
        }
        for (const child of entry.children) {
          if (child.error) {
            b.error(file, child.from, child.error);
            continue;
          }
          if (!child.text) continue;
          const at = b.item(
            lv,
            s,
            { text: child.text, id: child.id, replaces: child.replaces, details: child.details.map((d) => d.text) },
            { file, line: child.from },
          );
          if (!at) continue;
          ledger.use(child.from, child.to, at);
          child.details.forEach((d, i) => {
            ledger.use(d.from, d.to, () => `${at()}.details[${i}]`);
          });
        }
      }
      continue;
    }
    b.ignore(
      ledger,
      block.from,
      block.to,
      `${t.type === 'list' ? 'list' : t.type} under competency ${quote(s.title)}: its bullets should each name a level in bold (- **Beginner**) with the items nested under it`,
    );
  }
  flushIntro(b);
}
