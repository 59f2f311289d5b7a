/**
 * A Markdown file: its front matter (a level's, the ladder's, or a progression-framework matrix), then
 * its body, read in the structure the document has (see structure.ts).
 */
import { Lexer, type Tokens } from 'marked';
import type { YAMLMap } from 'yaml';
import { type Builder, type DraftLevel, levelPath } from './builder.js';
import { readCompetencies } from './competency-first.js';
import { entries, type FrontMatter, pairLines, readFrontMatter, scalarText } from './front-matter.js';
import type { Ledger } from './ledger.js';
import { type MarkdownContext, readLevels } from './markdown-levels.js';
import { readProgression } from './progression.js';
import { readTableDocument } from './table-document.js';
import { type Block, decideStructure } from './structure.js';
import { splitLevelName, stripEmphasis } from './level-names.js';
import { baseName } from './text.js';

/** Files with these names describe the ladder instead of holding levels. */
export const LADDER_FILE_NAMES = ['readme.md', '_ladder.md'];

const LEVEL_KEYS = ['level', 'order', 'weight', 'nav_order', 'inherits', 'summary', 'id'];
const LADDER_KEYS = ['title', 'description', 'cumulative', 'sections'];

function lex(ledger: Ledger, from: number): Block[] {
  const body = ledger.text.slice(from);
  let cursor = 0;
  const blocks = new Lexer().lex(body).map((token) => {
    const at = body.indexOf(token.raw, cursor);
    const offset = at >= 0 ? at : cursor;
    cursor = offset + token.raw.length;
    const start = from + offset;
    return { token, offset: start, from: ledger.lineAt(start), to: ledger.lineAt(start + Math.max(0, token.raw.trimEnd().length - 1)) };
  });
  return joinHtmlTables(ledger, blocks);
}

/** Occurrences of `needle` (lowercase) in `text`, any case. */
function count(text: string, needle: string): number {
  const lower = text.toLowerCase();
  let n = 0;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * An HTML `<table>` with blank lines between its rows (as people indent them) reaches us as several
 * blocks (an HTML block ends at a blank line; an indented cell after one is a code block): one block again.
 */
function joinHtmlTables(ledger: Ledger, blocks: Block[]): Block[] {
  const out: Block[] = [];
  // Once a table is found never to close, later ones are not looked for either (the scan stays linear).
  let unclosed = false;
  for (let i = 0; i < blocks.length; i++) {
    const first = blocks[i] as Block;
    let open = first.token.type === 'html' && !unclosed ? count(first.token.raw, '<table') - count(first.token.raw, '</table') : 0;
    let j = i;
    while (open > 0 && j + 1 < blocks.length) {
      j++;
      const raw = (blocks[j] as Block).token.raw;
      open += count(raw, '<table') - count(raw, '</table');
    }
    if (open > 0) {
      unclosed = true;
      j = i;
    }
    if (j === i) {
      out.push(first);
      continue;
    }
    const last = blocks[j] as Block;
    const raw = ledger.text.slice(first.offset, last.offset + last.token.raw.length);
    out.push({ token: { type: 'html', raw, text: raw, block: true, pre: false }, offset: first.offset, from: first.from, to: last.to });
    i = j;
  }
  return out;
}

export function readMarkdown(b: Builder, ledger: Ledger): void {
  const file = ledger.file;
  const errorsBefore = b.errors.length;
  const fm = readFrontMatter(ledger, (line, message) => b.error(file, line, message));
  if (b.errors.length > errorsBefore) return;
  if (fm) {
    ledger.markup(fm.open);
    ledger.markup(fm.close);
  }
  const blocks = lex(ledger, fm?.bodyOffset ?? 0);
  const ctx: MarkdownContext = { b, ledger, blocks };
  const map = fm?.map;
  if (LADDER_FILE_NAMES.includes(baseName(file).toLowerCase())) {
    if (fm && map) ladderFrontMatter(b, ledger, fm, map);
    ladderFile(b, ledger, blocks);
    return;
  }
  if (fm && map?.has('topics')) {
    readProgression(b, ledger, fm, map);
    const first = blocks.find((x) => x.token.type !== 'space');
    const last = blocks.at(-1);
    if (first && last) {
      const text = ledger.text.slice(first.offset).trim();
      if (b.setDescription(text, { file, line: first.from })) ledger.use(first.from, last.to, () => '$.description');
      else b.ignore(ledger, first.from, last.to, `prose after the front matter: the ladder's description comes from ${b.describedBy()}`);
    }
    return;
  }
  if (blocks.every((x) => x.token.type === 'space' || x.token.type === 'hr') && !map) {
    b.error(file, 1, 'empty file: expected a level heading ("# Title")');
    return;
  }
  const structure = decideStructure(blocks);
  const levelHeadings =
    structure.kind === 'levels'
      ? blocks.filter((x) => x.token.type === 'heading' && (x.token as Tokens.Heading).depth === structure.depth)
      : [];
  const levelFm =
    fm &&
    map &&
    (entries(map).some((e) => LEVEL_KEYS.includes(e.key)) ||
      (map.has('title') && levelHeadings.length <= 1 && (structure.kind === 'levels' || structure.kind === 'none')));
  if (fm && map && !levelFm) ladderFrontMatter(b, ledger, fm, map);
  if (structure.kind === 'competencies') {
    b.note(file, structure.why);
    readCompetencies(ctx, structure.depth);
    return;
  }
  if (levelFm && fm && map) {
    const fmTitle = scalarText(map.get('title', true))?.trim().toLowerCase();
    const heading = levelHeadings[0]?.token as Tokens.Heading | undefined;
    if (levelHeadings.length === 1 && heading && (!fmTitle || heading.text.trim().toLowerCase() === fmTitle)) {
      const before = b.levels.length;
      readLevels(ctx, structure.kind === 'levels' ? structure.depth : 7);
      const level = b.levels[before];
      b.note(file, `one level: the front matter and the ${'#'.repeat(heading.depth)} heading`);
      if (level) levelFrontMatter(b, ledger, fm, map, level);
      return;
    }
    const title = scalarText(map.get('title', true));
    if (!title?.trim()) {
      b.error(file, fm.open, 'front matter without a "title" and a file without a level heading: give the level a title');
      return;
    }
    const level = b.level(title.trim(), { file, line: fm.open }, scalarText(map.get('id', true)) || undefined);
    if (!level) return;
    b.note(file, 'one level: its title from the front matter, every heading a section');
    levelFrontMatter(b, ledger, fm, map, level);
    readLevels(ctx, 0, level);
    return;
  }
  b.note(file, structure.why);
  if (structure.kind === 'tables') readTableDocument(ctx);
  else readLevels(ctx, structure.kind === 'levels' ? structure.depth : 7);
}

/** Front matter that describes one level. */
function levelFrontMatter(b: Builder, ledger: Ledger, fm: FrontMatter, map: YAMLMap, level: DraftLevel): void {
  const file = ledger.file;
  for (const { key, keyNode, value } of entries(map)) {
    const [from, to] = pairLines(fm, keyNode, value);
    const text = scalarText(value)?.trim();
    const path = (field: string) => () => `${levelPath(level)}${field}`;
    if (text === undefined || (text === '' && key !== 'title')) {
      b.ignore(ledger, from, to, `front matter "${key}": expected a text or a number`);
      continue;
    }
    if (key === 'title') {
      if (text && text !== level.title) {
        const name = splitLevelName(text);
        const explicit = !!scalarText(map.get('id', true));
        level.title = explicit ? stripEmphasis(text) : name.title;
        if (!explicit) level.id = name.id;
      }
      ledger.use(from, to, path('.title'));
    } else if (key === 'id') {
      level.id = text;
      ledger.use(from, to, path('.id'));
    } else if (key === 'summary') {
      level.summary = text;
      ledger.use(from, to, path('.summary'));
      b.anchor({ file, line: from }, path('.summary'));
    } else if (key === 'inherits') {
      level.ref = { rest: text, loc: { file, line: from } };
      ledger.use(from, to, path('.inherits'));
    } else if (['level', 'order', 'weight', 'nav_order'].includes(key)) {
      const n = Number(text);
      if (text !== '' && Number.isFinite(n)) {
        level.order = { value: n, loc: { file, line: from } };
        ledger.use(from, to, path(''));
      } else if (key === 'level') {
        level.id = text;
        ledger.use(from, to, path('.id'));
      } else b.ignore(ledger, from, to, `front matter "${key}": expected a number`);
    } else {
      b.ignore(ledger, from, to, `front matter "${key}": a level's front matter has title, id, level (or order), inherits and summary`);
    }
  }
}

/** Front matter that describes the whole ladder (a README.md / _ladder.md, or a document holding several levels). */
function ladderFrontMatter(b: Builder, ledger: Ledger, fm: FrontMatter, map: YAMLMap): void {
  const file = ledger.file;
  for (const { key, keyNode, value } of entries(map)) {
    const [from, to] = pairLines(fm, keyNode, value);
    const text = scalarText(value)?.trim();
    if (key === 'title' && text) {
      if (b.setTitle(text, { file, line: from })) ledger.use(from, to, () => '$.title');
      else b.ignore(ledger, from, to, `front matter "title": the ladder's title is given by ${b.title?.loc.file}:${b.title?.loc.line}`);
    } else if (key === 'description' && text) {
      if (b.setDescription(text, { file, line: from })) ledger.use(from, to, () => '$.description');
      else b.ignore(ledger, from, to, `front matter "description": the ladder's description comes from ${b.describedBy()}`);
    } else if (key === 'cumulative' && (text === 'true' || text === 'false')) {
      b.cumulative = { value: text === 'true', loc: { file, line: from } };
      ledger.use(from, to, () => '$.levels');
    } else if (key === 'sections' && value && typeof value === 'object' && 'items' in value && Array.isArray(value.items)) {
      for (const item of value.items) {
        const t = scalarText(item)?.trim();
        if (t) b.declaredSections.push(t);
      }
      ledger.use(from, to, () => '$.sections');
    } else {
      b.ignore(
        ledger,
        from,
        to,
        `front matter "${key}": the ladder's front matter has ${LADDER_KEYS.join(', ')} (${key === 'cumulative' ? 'true or false' : 'a text or a list'})`,
      );
    }
  }
}

/** README.md / _ladder.md: its `# Title` is the ladder title and everything after it the description. */
function ladderFile(b: Builder, ledger: Ledger, blocks: Block[]): void {
  const file = ledger.file;
  if (b.ladderFile) {
    b.error(file, 1, `a second ladder description file; ${b.ladderFile} already describes the ladder`);
    return;
  }
  b.ladderFile = file;
  const content = blocks.filter((x) => x.token.type !== 'space' && x.token.type !== 'hr');
  const index = content.findIndex((x) => x.token.type === 'heading' && (x.token as Tokens.Heading).depth === 1);
  for (const x of content.slice(0, Math.max(index, 0)))
    b.error(file, x.from, `${x.token.type === 'paragraph' ? 'paragraph' : x.token.type} before the ladder title ("# Title")`);
  const heading = content[index];
  if (!heading) {
    if (!b.title) b.error(file, 1, 'a ladder description file needs a title ("# Title")');
    return;
  }
  const loc = { file, line: heading.from };
  b.title = undefined;
  b.setTitle((heading.token as Tokens.Heading).text.trim(), loc);
  ledger.use(heading.from, heading.to, () => '$.title');
  const after = heading.offset + heading.token.raw.length;
  const description = ledger.text.slice(after).trim();
  const next = content[index + 1];
  if (description && next) {
    b.description = undefined;
    b.setDescription(description, { file, line: next.from });
    ledger.use(next.from, ledger.lines.length, () => '$.description');
  }
}
