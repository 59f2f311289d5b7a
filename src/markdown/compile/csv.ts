/**
 * Spreadsheet exports (.csv, .tsv), read with Papa Parse: comma, semicolon or tab delimited (guessed,
 * or Excel's `sep=;` first line), quoted multi-line cells, CRLF. Two shapes: *long*, one row per
 * expectation (level, section, text, optional id / examples / replaces columns), and *matrix*, one row
 * per competency and one column per level (a multi-line cell holds one item per line).
 */
import Papa from 'papaparse';
import type { Builder } from './builder.js';
import type { Ledger } from './ledger.js';
import { cellItems, type GridCell, mapGrid } from './tables.js';
import { trailingAttributes } from './text.js';

const LEVEL = /^(?:career |job )?(?:levels?|grades?|titles?|roles?|bands?|ranks?|seniority)$/i;
const SECTION =
  /^(?:sections?|competenc(?:y|ies)|areas?|focus areas?|skills?|topics?|categor(?:y|ies)|dimensions?|pillars?|attributes?|themes?|capabilit(?:y|ies))$/i;
const TEXT = /^(?:text|expectations?|items?|criteri(?:a|on)|behaviou?rs?|descriptions?|statements?|indicators?|requirements?)$/i;
const ID = /^(?:id|item id|key)$/i;
const EXAMPLES = /^examples?$/i;
const REPLACES = /^replaces$/i;

interface Row {
  cells: string[];
  /** Line of each cell's first line. */
  lines: number[];
  from: number;
  to: number;
}

function parseRows(ledger: Ledger, b: Builder, tsv: boolean): { rows: Row[]; delimiter: string } {
  let text = ledger.text;
  let offset = 0;
  let delimiter = tsv ? '\t' : '';
  const sep = /^sep=(.)\n/i.exec(text);
  if (sep) {
    delimiter = sep[1] as string;
    offset = sep[0].length;
    text = text.slice(offset);
    ledger.markup(1);
  }
  const rows: Row[] = [];
  let start = 0;
  let used = delimiter;
  Papa.parse<string[]>(text, {
    delimiter,
    delimitersToGuess: [',', ';', '\t', '|'],
    step: (r) => {
      used = r.meta.delimiter;
      const end = r.meta.cursor;
      const from = ledger.lineAt(offset + start);
      const cells = r.data;
      const lines: number[] = [];
      let line = from;
      for (const c of cells) {
        lines.push(line);
        for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) line++;
      }
      const to = Math.max(from, ledger.lineAt(Math.max(offset + start, offset + end - 1)));
      for (const e of r.errors) b.error(ledger.file, from, `cannot read this CSV row: ${e.message}`);
      if (cells.some((c) => c.trim())) rows.push({ cells, lines, from, to });
      else if (to >= from) ledger.markup(from, to);
      start = end;
    },
  });
  return { rows, delimiter: used };
}

export function readCsv(b: Builder, ledger: Ledger, tsv: boolean): void {
  const file = ledger.file;
  const { rows, delimiter } = parseRows(ledger, b, tsv);
  const [header, ...body] = rows;
  if (!header) {
    b.error(file, 1, 'empty spreadsheet: expected a header row and one row per expectation or competency');
    return;
  }
  const names = header.cells.map((c) => c.trim());
  const col = (re: RegExp) => names.findIndex((n) => re.test(n));
  const level = col(LEVEL);
  const text = col(TEXT);
  const shown = delimiter === '\t' ? 'tab' : JSON.stringify(delimiter);
  if (level >= 0 && text >= 0) {
    const section = col(SECTION);
    const id = col(ID);
    const examples = col(EXAMPLES);
    const replaces = col(REPLACES);
    b.note(
      file,
      `CSV (${shown}-delimited), long: one row per item; level ${JSON.stringify(names[level])}, text ${JSON.stringify(names[text])}${section >= 0 ? `, section ${JSON.stringify(names[section])}` : ''}`,
    );
    ledger.use(header.from, header.to, () => '$.levels');
    const known = new Set([level, text, section, id, examples, replaces]);
    names.forEach((n, i) => {
      if (!known.has(i) && n)
        b.warn(file, header.from, `ignored column ${JSON.stringify(n)}: not one of level, section, text, id, examples, replaces`);
    });
    for (const row of body) {
      const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? '').trim() : '');
      const levelName = cell(level);
      const itemText = cell(text);
      if (!levelName || !itemText) {
        b.ignore(ledger, row.from, row.to, `row: it has no ${levelName ? 'text' : 'level'}`);
        continue;
      }
      const lv = b.levelNamed(levelName, { file, line: row.from });
      const s = b.section(cell(section) || 'Expectations', { file, line: row.from });
      if (!lv || !s) continue;
      const attrs = trailingAttributes(itemText);
      if (attrs.error) {
        b.error(file, row.from, attrs.error);
        continue;
      }
      const at = b.item(
        lv,
        s,
        {
          text: attrs.text,
          id: cell(id) || attrs.id,
          replaces: cell(replaces) || attrs.replaces,
          examples: cell(examples)
            .split('\n')
            .map((e) => e.trim().replace(/^[-*•]\s+/, ''))
            .filter(Boolean),
        },
        { file, line: row.from },
      );
      if (at) ledger.use(row.from, row.to, at);
    }
    return;
  }
  b.note(file, `CSV (${shown}-delimited), matrix`);
  const grid = rows.map((r) =>
    r.cells.map((c, i): GridCell => {
      const line = r.lines[i] ?? r.from;
      return { text: c.trim(), line, to: line + (c.split('\n').length - 1), items: cellItems(c, line) };
    }),
  );
  mapGrid(b, ledger, { rows: grid, from: header.from, to: rows.at(-1)?.to ?? header.to, what: 'the spreadsheet' }, undefined);
}
