/**
 * Rich-text paste → text for the editor. The clipboard's HTML is read by the compiler itself (as an
 * `.html` source: its tables, title and intro), then written back as house-style Markdown — kept only
 * when compiling that Markdown gives the very same ladder. When it would not (or the table is not a
 * ladder yet), the HTML goes into the editor as an `.html` file, one table row or cell per line, so the
 * compiler's messages point at lines the author can find. A page with headings or bullets besides
 * its tables is a document: it becomes Markdown through html-markdown.ts (its tables kept there as
 * HTML blocks, which the compiler reads in place). Pure: runs in the compile worker and in Node tests.
 */
import { compileLadder } from '../markdown/compile/index.js';
import type { CompileResult } from '../markdown/compile/types.js';
import { hasOutlineOutsideTables, htmlToMarkdown, lineUpHtml } from './html-markdown.js';
import { ladderToMarkdown } from './ladder-markdown.js';
import { worthConverting } from './protocol.js';

export { lineUpHtml };

export interface Conversion {
  /** What goes into the editor. */
  text: string;
  /** The extension the file needs for the compiler to read `text` as meant. */
  extension: '.md' | '.html';
  /** One sentence for the author: what was done with the paste. */
  note: string;
}

const HAS_TABLE = /<table[\s>]/i;
const NAME = 'pasted';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const cameFrom = (result: CompileResult, path: string): boolean =>
  result.sources.some((s) => s.lines.some((l) => 'path' in l && l.path === path));

function fromTable(html: string): Conversion {
  const asHtml = lineUpHtml(html);
  const result = compileLadder([{ path: `${NAME}.html`, text: asHtml }], { name: NAME });
  const { ladder, summary } = result;
  if (!ladder || !summary) {
    return {
      text: asHtml,
      extension: '.html',
      note: `The pasted table is not a ladder yet (${plural(result.errors.length, 'problem')} listed below): it is in the editor as HTML, one row and cell per line, to fix or to copy again.`,
    };
  }
  const markdown = ladderToMarkdown(ladder, { title: cameFrom(result, '$.title'), description: cameFrom(result, '$.description') });
  const again = compileLadder([{ path: `${NAME}.md`, text: markdown }], { name: NAME });
  const counts = `${plural(ladder.levels.length, 'level')}, ${plural(summary.items, 'item')}`;
  if (again.ladder && JSON.stringify(again.ladder) === JSON.stringify(ladder)) {
    return {
      text: markdown,
      extension: '.md',
      note: `Converted the pasted table to Markdown: ${counts}. Check it, then edit as you like.`,
    };
  }
  return {
    text: asHtml,
    extension: '.html',
    note: `Read the pasted table (${counts}); some of its text has no plain Markdown form, so it is kept as HTML, one row and cell per line.`,
  };
}

/** The conversion of pasted HTML, or undefined when the paste should go in as its plain text. */
export function convertPastedHtml(html: string): Conversion | undefined {
  if (!worthConverting(html)) return undefined;
  if (HAS_TABLE.test(html) && !hasOutlineOutsideTables(html)) return fromTable(html);
  const markdown = htmlToMarkdown(html);
  if (!markdown) return undefined;
  return {
    text: `${markdown}\n`,
    extension: '.md',
    note: 'Converted the pasted text to Markdown: check that its headings are your levels and sections.',
  };
}
