/**
 * Build-time compiler: the ladder sources people write → ladder JSON (schemaVersion 1). Pure: no fs,
 * no Node built-ins, no DOM, so the CLI and a browser page run the same code.
 *
 * Readers, by file extension:
 * - `.md` (and anything else): Markdown in the house style and the shapes around it (markdown.ts):
 *   levels at whatever heading depth holds them, front matter, the progression-framework matrix,
 *   labelled content, competency-first documents, nested bullets as details, tables;
 * - `.csv`, `.tsv`: spreadsheet exports, long or matrix (csv.ts);
 * - `.html`, `.htm`: tables in an HTML page (html.ts).
 *
 * Every line of every file is accounted for (`CompileResult.sources`): it went into the ladder, or a
 * warning `file:line: ignored …` says why not. Errors and warnings read `file:line: message`.
 */
import { assemble } from './assemble.js';
import { Builder } from './builder.js';
import { readCsv } from './csv.js';
import { readHtmlDocument } from './html.js';
import type { Ledger } from './ledger.js';
import { LADDER_FILE_NAMES, readMarkdown } from './markdown.js';
import { mapGrid } from './tables.js';
import { baseName, extension } from './text.js';
import type { Ladder } from '../../model/types.js';
import type { CompileMessage, CompileOptions, CompileResult, SourceFile } from './types.js';

export { formatSummary } from './summary.js';
export { generateItemId } from './text.js';
export type * from './types.js';

export function formatCompileError(e: CompileMessage): string {
  return `${e.file}:${e.line}: ${e.message}`;
}

export { folderSources, SOURCE_EXTENSIONS } from './folder.js';

/** The ladder file's text, as `ladder build` writes it and the playground downloads it. */
export function ladderJson(ladder: Ladder): string {
  return `${JSON.stringify(ladder, null, 2)}\n`;
}

function readHtml(b: Builder, ledger: Ledger): void {
  const file = ledger.file;
  const doc = readHtmlDocument(ledger.text);
  if (doc.title) {
    const { text, line } = doc.title;
    if (b.setTitle(text, { file, line })) ledger.use(line, line, () => '$.title');
    else b.ignore(ledger, line, line, `title: the ladder's title is given by ${b.title?.loc.file}:${b.title?.loc.line}`);
  }
  const first = doc.intro[0];
  const last = doc.intro.at(-1);
  if (first && last) {
    if (b.setDescription(doc.intro.map((p) => p.text).join('\n\n'), { file, line: first.from })) {
      for (const p of doc.intro) ledger.use(p.from, p.to, () => '$.description');
    } else b.ignore(ledger, first.from, last.to, `text before the first table: the ladder's description comes from ${b.describedBy()}`);
  }
  if (doc.grids.length === 0) b.error(file, 1, 'no <table> in this HTML file: an HTML ladder is a table with levels as rows or as columns');
  for (const grid of doc.grids) mapGrid(b, ledger, grid, undefined);
  for (const s of doc.stray) b.ignore(ledger, s.line, s.line, s.what);
  // What is left holds only tags.
  for (const line of ledger.unrecorded()) ledger.markup(line);
}

/**
 * Compiles ladder sources (in the given order) into a ladder. Returns the ladder when there are no
 * errors, else every error found; warnings and the line accounting either way.
 */
export function compileLadder(files: SourceFile[], options: CompileOptions = {}): CompileResult {
  const first = files[0];
  if (!first) return { errors: [{ file: '<input>', line: 1, message: 'no files to compile' }], warnings: [], sources: [] };
  const b = new Builder();
  const fileOrder = new Map<string, number>();
  for (const file of files) {
    fileOrder.set(file.path, fileOrder.size);
    const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const ledger = b.ledger(file.path, text);
    const ext = extension(file.path);
    try {
      if (ext === '.csv' || ext === '.tsv') readCsv(b, ledger, ext === '.tsv');
      else if (ext === '.html' || ext === '.htm') readHtml(b, ledger);
      else readMarkdown(b, ledger);
    } catch (e) {
      // A backstop: readers report problems as errors; an exception here is a bug or a resource limit.
      b.error(file.path, 1, `could not read this file: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const root = b.ladderFile ?? files.find((f) => !LADDER_FILE_NAMES.includes(baseName(f.path).toLowerCase()))?.path ?? first.path;
  b.anchor({ file: root, line: 1 }, () => '$');
  const name = baseName(first.path);
  const ext = extension(name);
  return assemble(b, options, fileOrder, root, ext ? name.slice(0, -ext.length) : name);
}
