/**
 * A document whose tables hold the levels (a handbook page with a `#` title, some prose, then a matrix
 * of levels × competencies): its title heading is the ladder's title, what comes before the first table
 * its description, a heading right before a table only introduces it, and text after the first table
 * is left out with a warning (the tables are the ladder).
 */
import type { Tokens } from 'marked';
import { quote } from '../../model/json-checks.js';
import type { Ledger } from './ledger.js';
import type { Builder } from './builder.js';
import type { Block } from './structure.js';
import { blockGrids, isTableBlock, orientation, readHtmlBlock, readMarkdownTable } from './tables.js';
import { excerpt } from './text.js';

export interface TableDocument {
  b: Builder;
  ledger: Ledger;
  blocks: Block[];
}

const headingText = (x: Block): string => (x.token as Tokens.Heading).text.trim();

/** Whether a table block maps to levels: its header row or first column names levels (`strict`), or its first header cell says "Competency". */
const mapsLevels = (x: Block, strict: boolean): boolean => blockGrids(x).some((g) => orientation(g, !strict) !== undefined);

export function readTableDocument({ b, ledger, blocks }: TableDocument): void {
  const file = ledger.file;
  const content = blocks.filter((x) => x.token.type !== 'space');
  const tables = content.filter(isTableBlock);
  // Tables that name levels hold them; only without one does a "Competency" header cell make a table a ladder.
  const named = tables.filter((x) => mapsLevels(x, true));
  const ladders = named.length ? named : tables.filter((x) => mapsLevels(x, false));
  const first = ladders[0] ?? tables[0];
  const firstAt = first ? content.indexOf(first) : content.length;
  // Headings right before a table (nothing between them) introduce it.
  const captions = new Map<Block, Block>();
  for (const table of tables) {
    for (let i = content.indexOf(table) - 1; i >= 0 && content[i]?.token.type === 'heading'; i--) captions.set(content[i] as Block, table);
  }
  let start = 0;
  const head = content[0];
  if (head?.token.type === 'heading' && firstAt > 0) {
    start = 1;
    captions.delete(head);
    if (b.setTitle(headingText(head), { file, line: head.from })) ledger.use(head.from, head.to, () => '$.title');
    else
      b.ignore(
        ledger,
        head.from,
        head.to,
        `title ${quote(headingText(head))}: the ladder's title is given by ${b.title?.loc.file}:${b.title?.loc.line}`,
      );
  }
  const intro = content.slice(start, firstAt).filter((x) => !captions.has(x) && x.token.type !== 'hr');
  const from = intro[0];
  const last = intro.at(-1);
  if (from && last) {
    const text = ledger.text.slice(from.offset, last.offset + last.token.raw.length).trim();
    if (b.setDescription(text, { file, line: from.from })) ledger.use(from.from, last.to, () => '$.description');
    else b.ignore(ledger, from.from, last.to, `text before the first table: the ladder's description comes from ${b.describedBy()}`);
  }
  content.forEach((x, i) => {
    const t = x.token;
    if (t.type === 'hr') ledger.markup(x.from, x.to);
    else if (captions.has(x)) {
      b.ignore(ledger, x.from, x.to, `heading ${quote(headingText(x))}: it introduces the table at line ${captions.get(x)?.from}`);
    } else if (isTableBlock(x)) {
      if (ladders.length && !ladders.includes(x)) {
        b.ignore(
          ledger,
          x.from,
          x.to,
          `the table at line ${x.from}: neither its header row nor its first column names levels (the levels come from the table at line ${ladders[0]?.from})`,
        );
      } else if (t.type === 'table') readMarkdownTable(b, ledger, t as Tokens.Table, x, undefined);
      else readHtmlBlock(b, ledger, t.raw, x, undefined);
    } else if (i > firstAt) {
      const what =
        t.type === 'heading' ? `heading ${quote(headingText(x))}` : t.type === 'paragraph' ? `paragraph ${excerpt(t.raw)}` : t.type;
      b.ignore(ledger, x.from, x.to, `${what}: in this document the tables hold the levels, and this comes after them`);
    }
  });
}
