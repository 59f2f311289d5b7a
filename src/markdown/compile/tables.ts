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
import { looksLikeLevel, stripEmphasis } from './level-names.js';
import { trailingAttributes } from './text.js';

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

const descriptionColumn = (header: GridCell[]): number => header.findIndex((c, i) => i > 0 && DESCRIPTION_HEAD.test(c.text.trim()));

/**
 * Which way round a table holds the levels, and why; undefined when neither its header row nor its first
 * column names levels. `standalone` (a table outside any level) also takes a first header cell such as
 * "Competency" as the sign that the columns are levels.
 */
export function orientation(grid: Grid, standalone: boolean): { rowsAreLevels: boolean; why: string } | undefined {
  const [header, ...body] = grid.rows;
  if (!header || header.length < 2 || body.length === 0) return undefined;
  const first = stripEmphasis((header[0] as GridCell).text);
  const descCol = descriptionColumn(header);
  const levelCols = header.slice(1).filter((_, i) => i + 1 !== descCol);
  const firstCol = body.map((r) => r[0]).filter((c): c is GridCell => c !== undefined && c.text.trim() !== '');
  const headerNames = majority(levelCols, looksLikeLevel);
  const columnNames = majority(firstCol, looksLikeLevel);
  if (LEVEL_HEAD.test(first) && headerNames && !columnNames)
    return { rowsAreLevels: false, why: 'its header row names levels, its first column none' };
  if (LEVEL_HEAD.test(first)) return { rowsAreLevels: true, why: `its first header cell ${quote(first)} names levels` };
  if (first && !COMPETENCY_HEAD.test(first) && columnNames) return { rowsAreLevels: true, why: 'its first column names levels' };
  if (headerNames || (standalone && first !== '' && COMPETENCY_HEAD.test(first)))
    return { rowsAreLevels: false, why: 'its header row names levels' };
  if (columnNames) return { rowsAreLevels: true, why: 'its first column names levels' };
  return undefined;
}

/** A row that only groups the rows below it: a label and nothing in its other cells ("| **Skill** | | |"). */
const isGroupRow = (row: GridCell[]): boolean =>
  row.length > 1 && (row[0]?.text.trim() ?? '') !== '' && row.slice(1).every((c) => c.items.length === 0);

/** Maps a grid into the ladder; `level` is the level the table sits in, if any. */
export function mapGrid(b: Builder, ledger: Ledger, grid: Grid, level: DraftLevel | undefined): void {
  const file = ledger.file;
  const [header, ...body] = grid.rows;
  if (!header || header.length < 2 || body.length === 0) {
    b.error(file, grid.from, `cannot map ${grid.what}: it needs a header row and at least one more row, and two columns or more`);
    return;
  }
  const descCol = descriptionColumn(header);
  const oriented = orientation(grid, !level);
  if (!oriented && level) {
    mapLevelTable(b, ledger, grid, level);
    return;
  }
  if (!oriented) {
    b.error(
      file,
      grid.from,
      `cannot map ${grid.what}: neither its header row nor its first column names levels; name the first header cell "Level" (rows are levels) or "Competency" (columns are levels)`,
    );
    return;
  }
  const { rowsAreLevels, why } = oriented;
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
  const groups = new Set(body.filter(isGroupRow));
  for (const row of groups) {
    const name = row[0] as GridCell;
    b.ignore(
      ledger,
      name.line,
      name.to,
      `row ${quote(stripEmphasis(name.text))}: it only groups the rows below it (a label and empty cells); the ladder has no ${rowsAreLevels ? 'level' : 'section'} groups`,
    );
  }
  if (rowsAreLevels) {
    for (const row of body) {
      const name = row[0];
      if (!name?.text.trim() || groups.has(row)) continue;
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
    if (groups.has(row)) continue;
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

function markdownGrid(table: Tokens.Table, block: Block): Grid {
  const cell = (c: Tokens.TableCell, line: number): GridCell => ({ text: c.text, line, to: line, items: cellItems(c.text, line) });
  // Row lines: the header, the delimiter row, then one line per row.
  const rows = [table.header.map((c) => cell(c, block.from)), ...table.rows.map((r, i) => r.map((c) => cell(c, block.from + 2 + i)))];
  return { rows, from: block.from, to: block.to, what: 'the table' };
}

export const isTableBlock = (block: Block): boolean =>
  block.token.type === 'table' || (block.token.type === 'html' && /<table/i.test(block.token.raw));

/** The grids of a table block (a pipe table, or the tables of an HTML block). */
export function blockGrids(block: Block): Grid[] {
  if (block.token.type === 'table') return [markdownGrid(block.token as Tokens.Table, block)];
  return block.token.type === 'html' ? readHtmlTables(block.token.raw, block.from).grids : [];
}

/** The level names of a table block whose header row or first column names levels (a ladder matrix, or an overview of the levels). */
export function tableLevelNames(block: Block): string[] {
  let names = levelNames.get(block);
  if (names) return names;
  names = [];
  for (const grid of blockGrids(block)) {
    const o = orientation(grid, false);
    if (!o) continue;
    const cells = o.rowsAreLevels ? grid.rows.slice(1).map((r) => r[0]) : (grid.rows[0] ?? []).slice(1);
    names = cells.map((c) => c?.text.trim() ?? '').filter(Boolean);
    break;
  }
  levelNames.set(block, names);
  return names;
}
/** Asked of a block several times (structure, live headings, level content): parsed once. */
const levelNames = new WeakMap<Block, string[]>();

export const namesLevels = (block: Block): boolean => tableLevelNames(block).length > 0;

export function readMarkdownTable(b: Builder, ledger: Ledger, table: Tokens.Table, block: Block, level: DraftLevel | undefined): void {
  mapGrid(b, ledger, markdownGrid(table, block), level);
}

export function readHtmlBlock(b: Builder, ledger: Ledger, html: string, block: Block, level: DraftLevel | undefined): void {
  const { grids, stray } = readHtmlTables(html, block.from);
  for (const grid of grids) mapGrid(b, ledger, grid, level);
  for (const s of stray) b.ignore(ledger, s.line, s.line, s.what);
}
