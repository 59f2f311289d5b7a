/**
 * A ladder written back as Markdown in the house style (README "Write your own ladder"): what the
 * playground puts in the editor after a rich-text paste, so that the author edits Markdown rather than
 * a wiki's HTML. Pure (no DOM). Ids, "Same as" and the section order are written only where the
 * compiler would not derive the same ones from the text, so the Markdown stays plain.
 *
 * It is checked, not trusted: the caller compiles the Markdown again and keeps it only when it gives
 * the same ladder (see convert.ts). Examples (a progression framework's) have no Markdown form here.
 */
import { levelIdOf } from '../markdown/compile/level-names.js';
import { generateItemId, trailingAttributes } from '../markdown/compile/text.js';
import type { Item, Ladder, Level } from '../model/types.js';

export interface MarkdownOptions {
  /** Write the ladder's title as a `#` heading (levels are then `##`, sections `###`); else levels are `#`. */
  title: boolean;
  /** Write the ladder's description after its title. */
  description: boolean;
}

/** A line that Markdown would read as something other than paragraph text when it starts a line. */
const BLOCK_START = /^(?:#{1,6}(?:\s|$)|>|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|```|~~~|<|\||={2,}\s*$|-{2,}\s*$|\[[^\]]*\]:)/;

/** Text lines as a paragraph inside a list item or a heading: continuation lines indented, block markers escaped. */
function indentLines(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, i) => {
      const t = line.trim();
      const escaped = BLOCK_START.test(t) ? `\\${t}` : t;
      return i === 0 ? escaped : `${indent}${escaped}`;
    })
    .join('\n');
}

/** An item's text, with `{#id}` / `{replaces=#id}` where the compiler would not get them from the text. */
function itemLines(level: Level, item: Item, depth: number): string[] {
  const indent = '  '.repeat(depth + 1);
  const [first = '', ...rest] = item.text.split('\n\n');
  const attrs: string[] = [];
  if (item.id !== generateItemId(level.id, item.text)) attrs.push(`{#${item.id}}`);
  if (item.replaces) attrs.push(`{replaces=#${item.replaces}}`);
  // Text that itself ends in "{…}" would lose it to the attribute reader: an explicit id keeps it.
  if (!attrs.length && trailingAttributes(first).text !== first.trimEnd()) attrs.push(`{#${item.id}}`);
  const head = `${'  '.repeat(depth)}* ${indentLines(first, indent)}${attrs.length ? ` ${attrs.join(' ')}` : ''}`;
  const out = [head];
  for (const p of rest) out.push('', `${indent}${indentLines(p, indent)}`);
  for (const d of item.details ?? []) out.push(`${indent}* ${indentLines(d, `${indent}  `)}`);
  return out;
}

/** Sections in the order the compiler meets them in the levels; a `sections:` front matter is needed when the ladder's differs. */
function firstSeenOrder(ladder: Ladder): string[] {
  const seen: string[] = [];
  for (const level of ladder.levels) for (const id of Object.keys(level.items)) if (!seen.includes(id)) seen.push(id);
  return seen;
}

const yamlString = (text: string): string => JSON.stringify(text);

export function ladderToMarkdown(ladder: Ladder, options: MarkdownOptions): string {
  const out: string[] = [];
  const order = ladder.sections.map((s) => s.id);
  const seen = firstSeenOrder(ladder);
  if (seen.join('\n') !== order.filter((id) => seen.includes(id)).join('\n') || seen.length !== order.length) {
    out.push('---', 'sections:', ...ladder.sections.map((s) => `  - ${yamlString(s.title)}`), '---', '');
  }
  const levelDepth = options.title ? 2 : 1;
  if (options.title) {
    out.push(`# ${indentLines(ladder.title, '')}`, '');
    if (options.description && ladder.description) out.push(ladder.description, '');
  }
  const sections = new Map(ladder.sections.map((s) => [s.id, s]));
  const described = new Set<string>();
  for (const level of ladder.levels) {
    const id = levelIdOf(level.title) === level.id ? '' : ` {#${level.id}}`;
    out.push(`${'#'.repeat(levelDepth)} ${indentLines(level.title, '')}${id}`, '');
    if (level.summary) out.push(...level.summary.split('\n').map((l) => (l.trim() ? `> ${l}` : '>')), '');
    if (level.inherits) out.push(`*Same as ${level.inherits} and…*`, '');
    for (const [sectionId, items] of Object.entries(level.items)) {
      if (!items.length) continue;
      const section = sections.get(sectionId);
      out.push(`${'#'.repeat(levelDepth + 1)} ${section?.title ?? sectionId}`, '');
      // A section's description is the paragraph under its first heading.
      if (section?.description && !described.has(sectionId)) out.push(section.description, '');
      described.add(sectionId);
      for (const item of items) out.push(...itemLines(level, item, 0));
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
