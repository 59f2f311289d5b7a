/**
 * Tables: levels as rows and competencies as columns, or the transpose (a Markdown pipe table, an
 * HTML `<table>`, a spreadsheet's matrix). Which way round is read from the header: its first cell
 * ("Level", "Grade" → rows are levels; "Competency", "Area", empty → columns are levels), else from
 * which side names levels ("L3", "Senior", "Level 2"). A table inside a level lists sections and items.
 */
import type { Tokens } from 'marked';
import { quote } from '../../model/json-checks.js';
import { type Builder, type DraftLevel, itemsPath, levelPath } from './builder.js';
import { readHtmlTables } from './html.js';
import type { Ledger } from './ledger.js';
import type { Block } from './structure.js';
import { looksLikeLevel, trailingAttributes } from './text.js';

export interface GridItem {
  text: string;
  line: number;
  details?: string[];
}

export interface GridCell {
  text: string;
  line: number;
  /** Last line of the cell (a multi-line cell spans several). */
  to: number;
  items: GridItem[];
}

export interface Grid {
  rows: GridCell[][];
  /** First and last line of the table. */
  from: number;
  to: number;
  what: string;
}

const LEVEL_HEAD = /^(?:career |job )?(?:levels?|grades?|titles?|roles?|bands?|ranks?|positions?|seniority)$/i;
const COMPETENCY_HEAD =
  /^(?:competenc(?:y|ies)|areas?|focus areas?|skills?|topics?|categor(?:y|ies)|dimensions?|pillars?|attributes?|themes?|sections?|capabilit(?:y|ies)|expectations?|criteria|behaviou?rs?|tracks?)?$/i;
const DESCRIPTION_HEAD = /^(?:description|summary|about|definition|what it means)$/i;

/** A cell's text split into items: `<br>`, line breaks and bullets ("• ", "- ") separate them. */
export function cellItems(text: string, line: number): GridItem[] {
  const out: GridItem[] = [];
  text.split('\n').forEach((part, i) => {
    for (const piece of part.split(/<br\s*\/?>/i)) {
      const t = piece
        .trim()
        .replace(/^(?:[-*+•·]|\d{1,3}[.)])\s+/, '')
        .trim();
      if (t) out.push({ text: t, line: line + i });
    }
  });
  return out;
}

const majority = (cells: GridCell[], test: (t: string) => boolean): boolean =>
  cells.length > 0 && cells.filter((c) => test(c.text)).length * 2 > cells.length;

/** "**Craft**", "__Craft__", "*Craft*" (a wiki's or spreadsheet's bold header cell) → "Craft"; other text as it is. */
export function unwrapEmphasis(text: string): string {
  const t = text.trim();
  for (const mark of ['**', '__', '*', '_']) {
    if (t.length > mark.length * 2 && t.startsWith(mark) && t.endsWith(mark)) {
      const inner = t.slice(mark.length, -mark.length);
      if (!inner.includes(mark.charAt(0))) return inner.trim();
    }
  }
  return text;
}

/** The header row and first column name levels and sections: their whole-cell emphasis is styling, not part of the name. */
const named = (grid: Grid): Grid => ({
  ...grid,
  rows: grid.rows.map((row, r) => row.map((cell, c) => (r === 0 || c === 0 ? { ...cell, text: unwrapEmphasis(cell.text) } : cell))),
});

/** Maps a grid into the ladder; `level` is the level the table sits in, if any. */
export function mapGrid(b: Builder, ledger: Ledger, source: Grid, level: DraftLevel | undefined): void {
  const file = ledger.file;
  const grid = named(source);
  const [header, ...body] = grid.rows;
  if (!header || header.length < 2 || body.length === 0) {
    b.error(file, grid.from, `cannot map ${grid.what}: it needs a header row and at least one more row, and two columns or more`);
    return;
  }
  const first = (header[0] as GridCell).text.trim();
  const rest = header.slice(1);
  const descCol = header.findIndex((c, i) => i > 0 && DESCRIPTION_HEAD.test(c.text.trim()));
  const levelCols = rest.filter((_, i) => i + 1 !== descCol);
  const firstCol = body.map((r) => r[0]).filter((c): c is GridCell => c !== undefined);
  let rowsAreLevels: boolean;
  let why: string;
  // "Level" in the corner labels the column below it, unless it labels the header row beside it: the
  // header row names levels and the first column does not ("Level | Engineer I | Engineer II").
  const headerNamesLevels = majority(levelCols, looksLikeLevel) && !majority(firstCol, looksLikeLevel);
  if (LEVEL_HEAD.test(first) && !headerNamesLevels) [rowsAreLevels, why] = [true, `its first header cell ${quote(first)} names levels`];
  else if (LEVEL_HEAD.test(first)) [rowsAreLevels, why] = [false, `its header row names levels (${quote(first)} labels that row)`];
  else if (first && !COMPETENCY_HEAD.test(first) && majority(firstCol, looksLikeLevel))
    [rowsAreLevels, why] = [true, 'its first column names levels'];
  else if (majority(levelCols, looksLikeLevel) || (first !== '' && COMPETENCY_HEAD.test(first) && !level))
    [rowsAreLevels, why] = [false, 'its header row names levels'];
  else if (majority(firstCol, looksLikeLevel)) [rowsAreLevels, why] = [true, 'its first column names levels'];
  else if (level) {
    mapLevelTable(b, ledger, grid, level);
    return;
  } else {
    b.error(
      file,
      grid.from,
      `cannot map ${grid.what}: neither its header row nor its first column names levels; name the first header cell "Level" (rows are levels) or "Competency" (columns are levels)`,
    );
    return;
  }
  b.note(
    file,
    `${grid.what} at line ${grid.from}: ${rowsAreLevels ? 'rows are levels, columns are sections' : 'columns are levels, rows are sections'} (${why})`,
  );
  ledger.markup(grid.from, grid.to);
  ledger.use(header[0]?.line ?? grid.from, header[0]?.to ?? grid.from, () => (rowsAreLevels ? '$.sections' : '$.levels'));
  const add = (lv: DraftLevel, sectionCell: GridCell, cell: GridCell) => {
    const section = b.section(sectionCell.text.trim(), { file, line: sectionCell.line });
    if (!section) return;
    for (const it of cell.items) {
      const attrs = trailingAttributes(it.text);
      if (attrs.error) {
        b.error(file, it.line, attrs.error);
        continue;
      }
      const at = b.item(
        lv,
        section,
        { text: attrs.text, id: attrs.id, replaces: attrs.replaces, details: it.details },
        { file, line: it.line },
      );
      if (at) ledger.use(it.line, it.line, at);
    }
  };
  if (rowsAreLevels) {
    for (const row of body) {
      const name = row[0];
      if (!name?.text.trim()) continue;
      const lv = b.levelNamed(name.text, { file, line: name.line });
      if (!lv) continue;
      ledger.use(name.line, name.to, () => levelPath(lv));
      row.forEach((cell, i) => {
        if (i === 0) return;
        if (i === descCol) {
          if (cell.text.trim()) lv.summary = cell.text.trim();
          return;
        }
        const head = header[i];
        if (head?.text.trim()) add(lv, head, cell);
        else if (cell.items.length) b.ignore(ledger, cell.line, cell.to, `cell in a column without a header: the header names the section`);
      });
    }
    return;
  }
  const levels = header.map((cell, i) =>
    i === 0 || i === descCol || !cell.text.trim() ? undefined : b.levelNamed(cell.text, { file, line: cell.line }),
  );
  for (const row of body) {
    const name = row[0];
    if (!name?.text.trim()) {
      if (row.some((c) => c.items.length))
        b.ignore(ledger, row[0]?.line ?? grid.from, row[0]?.to ?? grid.from, 'row without a section name in its first cell');
      continue;
    }
    const section = b.section(name.text.trim(), { file, line: name.line });
    if (!section) continue;
    ledger.use(name.line, name.to, () => `$.sections[${section.index}]`);
    row.forEach((cell, i) => {
      if (i === descCol && cell.text.trim()) {
        b.describeSection(section, cell.text.trim());
        return;
      }
      const lv = levels[i];
      if (lv) add(lv, name, cell);
    });
  }
}

/** A table inside a level: first column the section, the other cells its items. */
function mapLevelTable(b: Builder, ledger: Ledger, grid: Grid, level: DraftLevel): void {
  const file = ledger.file;
  b.note(file, `${grid.what} at line ${grid.from} in level ${level.id}: first column is the section, the other cells its items`);
  ledger.markup(grid.from, grid.to);
  for (const row of grid.rows.slice(1)) {
    const name = row[0];
    if (!name?.text.trim()) continue;
    const section = b.section(name.text.trim(), { file, line: name.line });
    if (!section) continue;
    for (const cell of row.slice(1)) {
      for (const it of cell.items) {
        const at = b.item(level, section, { text: it.text, details: it.details }, { file, line: it.line });
        if (at) ledger.use(it.line, it.line, at);
      }
    }
    if (level.items.has(section.id)) ledger.use(name.line, name.line, () => itemsPath(level, section.id));
  }
}

export function readMarkdownTable(b: Builder, ledger: Ledger, table: Tokens.Table, block: Block, level: DraftLevel | undefined): void {
  const cell = (c: Tokens.TableCell, line: number): GridCell => ({ text: c.text, line, to: line, items: cellItems(c.text, line) });
  // Row lines: the header, the delimiter row, then one line per row.
  const rows = [table.header.map((c) => cell(c, block.from)), ...table.rows.map((r, i) => r.map((c) => cell(c, block.from + 2 + i)))];
  mapGrid(b, ledger, { rows, from: block.from, to: block.to, what: 'the table' }, level);
}

export function readHtmlBlock(b: Builder, ledger: Ledger, html: string, block: Block, level: DraftLevel | undefined): void {
  const { grids, stray } = readHtmlTables(html, block.from);
  for (const grid of grids) mapGrid(b, ledger, grid, level);
  for (const s of stray) b.ignore(ledger, s.line, s.line, s.what);
}
