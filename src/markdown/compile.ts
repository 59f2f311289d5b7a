/**
 * Build-time compiler: ladder Markdown → ladder JSON (schemaVersion 1). Pure: no fs, no DOM.
 *
 * The format (one file per level, or many levels per file; files are read in the order given):
 *
 * - `# Title` starts a level. Its id is an explicit `{#id}` suffix (stripped from the title), else the
 *   level code that ends the title ("Engineer L4" → `L4`, P10, IC3, M1), else a slug of the title.
 * - A blockquote right after the level heading is the level's summary (lines of a paragraph are
 *   joined with a space, paragraphs with a blank line; a hard break becomes `\` + newline).
 * - A paragraph "Same as <ref> and…" (also `,`, `plus`, `…`, `...`, or nothing after the ref; emphasis
 *   allowed) sets `inherits`. `<ref>` is a level id or a level title (case-insensitive), anywhere in
 *   the input.
 * - `##` to `####` headings start a section; the list under it (`*`, `-`, `+` or numbered) holds the
 *   items. Section id: slug of the title; kind `red-flag` if the title says "red flag", `example` if
 *   it says "example", else `expectation`. The same id in several levels is one section (first
 *   title wins); the ladder's sections are in order of first appearance.
 * - An item's first paragraph may end with `{#id}` and/or `{replaces=#id}`. Without `{#id}` the id is
 *   `<slug of level id>-<first 5 words, slugified>-<4-char base36 hash of the normalized text>`, so
 *   it does not change when other items change. Nested lists stay part of the item's text.
 * - A level needs at least one item unless it inherits another level.
 * - A file named `README.md` or `_ladder.md` describes the ladder: its `# Title` is the ladder title
 *   and everything after it is the ladder description.
 * - Blank lines and `---` are ignored. Anything else (text before the first level, a paragraph that
 *   is not "Same as", a list outside a section, code, HTML, tables, `#####` headings, …) is an error.
 *
 * Errors carry the file path as given and a 1-based line. The compiled ladder is also checked with
 * `parseLadder`, and its errors are mapped back to the Markdown line that produced the JSON path.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { type Item, type Ladder, type Level, SCHEMA_VERSION, type Section, type SectionKind } from '../model/types.js';
import { slugify } from '../model/ids.js';
import { pathKey } from '../model/json-checks.js';
import { parseLadder } from '../model/validate.js';

export interface SourceFile {
  /** As given by the user: it is repeated verbatim in errors. */
  path: string;
  text: string;
}

export interface CompileError {
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

export interface CompileOptions {
  /** Ladder id; default: slug of `name`. */
  id?: string;
  /** Ladder title; default: the `# Title` of README.md / _ladder.md, else `name` title-cased. */
  title?: string;
  /** Ladder description (Markdown); default: the text after the title in README.md / _ladder.md. */
  description?: string;
  /** What the ladder is called when nothing else says (the CLI passes the folder name); default: the first file's base name. */
  name?: string;
}

export interface CompileResult {
  /** Present exactly when there are no errors. */
  ladder?: Ladder;
  errors: CompileError[];
}

export function formatCompileError(e: CompileError): string {
  return `${e.file}:${e.line}: ${e.message}`;
}

/** Files with these names describe the ladder instead of holding levels. */
const LADDER_FILE_NAMES = ['readme.md', '_ladder.md'];

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** "engineering" → "Engineering", "platform-team" → "Platform Team". */
function titleCase(name: string): string {
  return name
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** 4 base36 characters of the FNV-1a hash of the text's UTF-8 bytes. */
function hash4(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return (h % 36 ** 4).toString(36).padStart(4, '0');
}

/** The generated id of an item: stable while the item's own text (modulo case and whitespace) stays. */
export function generateItemId(levelId: string, text: string): string {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  const words = slugify(normalized.split(' ').slice(0, 5).join(' '));
  return [slugify(levelId), words, hash4(normalized)].filter(Boolean).join('-');
}

interface Loc {
  file: string;
  line: number;
}

interface DraftLevel {
  id: string;
  title: string;
  summary?: string;
  /** The "Same as" line: candidate refs, shortest first. */
  ref?: { candidates: string[]; loc: Loc };
  items: Record<string, Item[]>;
  loc: Loc;
  path: string;
  /** Section id → line of its heading in this level. */
  sectionLines: Map<string, number>;
  /** Generated item id → line, to catch identical texts. */
  generated: Map<string, { line: number; text: string }>;
}

const HEADING_ID = /\s*\{#([^\s{}]+)\}\s*$/;
const ITEM_ATTR = /\s*\{(#|replaces=#)([^\s{}]+)\}\s*$/;
const LOOKS_LIKE_ATTR = /\{\s*(?:#|replaces\s*=)[^}]*\}/;
const LEVEL_CODE = /(?:^|[^A-Za-z0-9])([A-Za-z]+\d+)$/;
const SAME_AS = /^[*_\s]*same as\s+/i;
/** What may follow the ref in a "Same as" line. */
const SAME_AS_END = /^(?:\s+and\b|\s*,|\s+plus\b|\s*…|\s*\.\.\.)/i;

const describe = (t: Token): string =>
  ({
    paragraph: 'paragraph',
    list: 'list',
    blockquote: 'blockquote',
    code: 'code block',
    html: 'HTML block',
    table: 'table',
    heading: 'heading',
    text: 'text',
  })[t.type] ?? `"${t.type}" block`;

const excerpt = (text: string): string => {
  const line = text.trim().split('\n')[0] ?? '';
  return JSON.stringify(line.length > 40 ? `${line.slice(0, 39)}…` : line);
};

/** Joins the lines of each paragraph with a space and paragraphs with a blank line. */
function unwrap(paragraphs: string[]): string {
  return paragraphs
    .map((p) =>
      p
        .split('\n')
        .map((line, i, all) => {
          const last = i === all.length - 1;
          if (!last && /(?:\\| {2,})$/.test(line)) return `${line.replace(/\s+$/, '').replace(/\\$/, '')}\\\n`;
          return `${line.trim()}${last ? '' : ' '}`;
        })
        .join('')
        .trim(),
    )
    .join('\n\n');
}

/** "Same as Senior Engineer and…" → ["Senior Engineer", …]: every prefix that ends where a separator starts. */
function sameAsCandidates(text: string): string[] {
  const rest = text.replace(SAME_AS, '');
  const out: string[] = [];
  const clean = (s: string) => s.replace(/^[*_\s]+|[*_\s.:]+$/g, '');
  for (let i = 1; i <= rest.length; i++) {
    if (i === rest.length || SAME_AS_END.test(rest.slice(i))) {
      const ref = clean(rest.slice(0, i));
      if (ref && !out.includes(ref)) out.push(ref);
    }
  }
  return out;
}

class Compiler {
  readonly errors: (CompileError & { order: number })[] = [];
  readonly levels: DraftLevel[] = [];
  readonly sections = new Map<string, Section>();
  /** JSON path → where it comes from. */
  readonly locs = new Map<string, Loc>();
  meta: { title?: string; description?: string; file?: string } = {};
  private fileOrder = new Map<string, number>();

  error(file: string, line: number, message: string): void {
    this.errors.push({ file, line, message, order: this.errors.length });
  }

  compileFile(file: SourceFile): void {
    this.fileOrder.set(file.path, this.fileOrder.size);
    const src = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const lineStarts = [0];
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) lineStarts.push(i + 1);
    const lineAt = (offset: number): number => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    };
    let cursor = 0;
    const located = new Lexer().lex(src).map((token) => {
      const at = src.indexOf(token.raw, cursor);
      const offset = at >= 0 ? at : cursor;
      cursor = offset + token.raw.length;
      return { token, offset };
    });
    const content = located.filter(({ token }) => token.type !== 'space' && token.type !== 'hr');
    if (LADDER_FILE_NAMES.includes(baseName(file.path).toLowerCase())) {
      this.ladderFile(file.path, src, content, lineAt);
      return;
    }
    if (content.length === 0) {
      this.error(file.path, 1, 'empty file: expected a level heading ("# Title")');
      return;
    }

    let level: DraftLevel | undefined;
    /** `ignored`: the heading had an error; its list is not reported again. */
    let section: { id: string; title: string; line: number; lists: number; ignored?: boolean } | undefined;
    let errorsBeforeLevel = 0;
    let afterLevelHeading = false;
    /** After a level heading that could not start a level: its content is not reported again. */
    let skipping = false;
    const closeSection = () => {
      if (section && section.lists === 0 && !section.ignored) {
        this.error(file.path, section.line, `section "${section.title}" has no items: expected a list under its heading`);
      }
      section = undefined;
    };
    const closeLevel = () => {
      closeSection();
      // A level whose content had errors is not also reported as empty.
      if (level && !level.ref && Object.keys(level.items).length === 0 && this.errors.length === errorsBeforeLevel) {
        this.error(
          file.path,
          level.loc.line,
          `level "${level.id}" has no items: add a section heading with a list, or a "Same as <level> and…" line`,
        );
      }
    };

    for (const { token, offset } of content) {
      const line = lineAt(offset);
      const first = afterLevelHeading;
      afterLevelHeading = false;
      if (token.type === 'heading') {
        const heading = token as Tokens.Heading;
        if (heading.depth === 1) {
          closeLevel();
          errorsBeforeLevel = this.errors.length;
          level = this.startLevel(heading, { file: file.path, line });
          afterLevelHeading = level !== undefined;
          skipping = level === undefined;
        } else if (heading.depth > 4) {
          this.error(file.path, line, `heading level ${heading.depth} is too deep: use "#" for a level and "##" to "####" for a section`);
        } else if (!level) {
          if (!skipping) this.error(file.path, line, 'section heading before the first level heading ("# Title")');
        } else {
          closeSection();
          section = this.startSection(level, heading.text.trim(), { file: file.path, line });
        }
        continue;
      }
      if (!level) {
        if (!skipping) this.error(file.path, line, `${describe(token)} before the first level heading ("# Title")`);
        continue;
      }
      if (token.type === 'blockquote' && first) {
        this.summary(level, token as Tokens.Blockquote, file.path, line);
      } else if (token.type === 'blockquote') {
        this.error(file.path, line, 'a blockquote is only allowed right after the level heading, as the level summary');
      } else if (token.type === 'paragraph' && SAME_AS.test((token as Tokens.Paragraph).text)) {
        if (level.ref) {
          this.error(file.path, line, `level "${level.id}" already has a "Same as" line (line ${level.ref.loc.line})`);
        } else {
          level.ref = { candidates: sameAsCandidates((token as Tokens.Paragraph).text), loc: { file: file.path, line } };
          this.locs.set(pathKey(level.path, 'inherits'), level.ref.loc);
        }
      } else if (token.type === 'paragraph') {
        this.error(
          file.path,
          line,
          `unexpected paragraph ${excerpt((token as Tokens.Paragraph).text)}: outside a list only a "Same as <level> and…" line is allowed`,
        );
      } else if (token.type === 'list' && !section) {
        this.error(file.path, line, 'list without a section heading: put a "### Section title" above it');
      } else if (token.type === 'list' && section) {
        section.lists++;
        if (!section.ignored) this.items(level, section.id, token as Tokens.List, src, offset, file.path, lineAt);
      } else {
        this.error(
          file.path,
          line,
          `${describe(token)} is not supported: a level holds a "> summary", a "Same as" line and section headings with lists`,
        );
      }
    }
    closeLevel();
  }

  private ladderFile(path: string, src: string, content: { token: Token; offset: number }[], lineAt: (o: number) => number): void {
    if (this.meta.file) {
      this.error(path, 1, `a second ladder description file; ${this.meta.file} already describes the ladder`);
      return;
    }
    this.meta.file = path;
    const index = content.findIndex(({ token }) => token.type === 'heading' && (token as Tokens.Heading).depth === 1);
    for (const { token, offset } of content.slice(0, Math.max(index, 0))) {
      this.error(path, lineAt(offset), `${describe(token)} before the ladder title ("# Title")`);
    }
    const heading = content[index];
    if (!heading) {
      this.error(path, 1, 'a ladder description file needs a title ("# Title")');
      return;
    }
    const loc = { file: path, line: lineAt(heading.offset) };
    this.meta.title = (heading.token as Tokens.Heading).text.trim();
    this.locs.set('$.title', loc);
    const description = src.slice(heading.offset + heading.token.raw.length).trim();
    if (description) {
      this.meta.description = description;
      const next = content[index + 1];
      this.locs.set('$.description', next ? { file: path, line: lineAt(next.offset) } : loc);
    }
  }

  private startLevel(heading: Tokens.Heading, loc: Loc): DraftLevel | undefined {
    let title = heading.text.trim();
    let id: string | undefined;
    const explicit = HEADING_ID.exec(title);
    if (explicit) {
      id = explicit[1];
      title = title.slice(0, explicit.index).trim();
    }
    const stray = LOOKS_LIKE_ATTR.exec(title);
    if (stray) {
      this.error(loc.file, loc.line, `misplaced or malformed "${stray[0]}": write {#id} at the end of the heading`);
      return undefined;
    }
    if (!title) {
      this.error(loc.file, loc.line, 'level heading has no title');
      return undefined;
    }
    id ??= LEVEL_CODE.exec(title)?.[1] ?? slugify(title);
    if (!id) {
      this.error(loc.file, loc.line, `cannot derive a level id from "${title}": add one, e.g. "# ${title} {#L1}"`);
      return undefined;
    }
    const path = pathKey('$.levels', this.levels.length);
    const level: DraftLevel = { id, title, items: {}, loc, path, sectionLines: new Map(), generated: new Map() };
    this.levels.push(level);
    this.locs.set(path, loc);
    return level;
  }

  private startSection(level: DraftLevel, title: string, loc: Loc) {
    const stray = LOOKS_LIKE_ATTR.exec(title);
    if (stray) {
      this.error(loc.file, loc.line, `"${stray[0]}" is not supported on a section heading: a section's id is the slug of its title`);
      return { id: '', title, line: loc.line, lists: 0, ignored: true };
    }
    const id = slugify(title);
    if (!id) {
      this.error(loc.file, loc.line, `section heading ${JSON.stringify(title)} needs letters or digits to make an id`);
      return { id, title, line: loc.line, lists: 0, ignored: true };
    }
    const previous = level.sectionLines.get(id);
    if (previous !== undefined) {
      this.error(loc.file, loc.line, `section "${title}" appears twice in level "${level.id}" (first at line ${previous})`);
      return { id, title, line: loc.line, lists: 0, ignored: true };
    }
    level.sectionLines.set(id, loc.line);
    if (!this.sections.has(id)) {
      const kind: SectionKind = /red[\s-]*flag/i.test(title) ? 'red-flag' : /example/i.test(title) ? 'example' : 'expectation';
      this.locs.set(pathKey('$.sections', this.sections.size), loc);
      this.sections.set(id, { id, title, kind });
    }
    this.locs.set(pathKey(pathKey(level.path, 'items'), id), loc);
    return { id, title, line: loc.line, lists: 0 };
  }

  private summary(level: DraftLevel, quote: Tokens.Blockquote, file: string, line: number): void {
    quote.raw.split('\n').forEach((text, i) => {
      if (!/^\s{0,3}>/.test(text) && SAME_AS.test(text)) {
        this.error(file, line + i, 'this "Same as" line continues the summary blockquote: leave a blank line before it');
      }
    });
    const children = quote.tokens.filter((t) => t.type !== 'space');
    const text = children.every((t) => t.type === 'paragraph')
      ? unwrap(children.map((t) => (t as Tokens.Paragraph).text))
      : quote.text.trim();
    if (text) {
      level.summary = text;
      this.locs.set(pathKey(level.path, 'summary'), { file, line });
    }
  }

  private items(
    level: DraftLevel,
    sectionId: string,
    list: Tokens.List,
    src: string,
    listOffset: number,
    file: string,
    lineAt: (o: number) => number,
  ): void {
    let cursor = listOffset;
    const listPath = pathKey(pathKey(level.path, 'items'), sectionId);
    for (const entry of list.items) {
      const at = src.indexOf(entry.raw, cursor);
      const offset = at >= 0 ? at : cursor;
      cursor = offset + entry.raw.length;
      const line = lineAt(offset);
      if (entry.task) {
        this.error(file, line, 'task list checkboxes ("[ ]", "[x]") are not supported in items');
        continue;
      }
      const parsed = parseItem(entry);
      if ('error' in parsed) {
        this.error(file, line, parsed.error);
        continue;
      }
      let id = parsed.id;
      if (id === undefined) {
        id = generateItemId(level.id, parsed.text);
        const twin = level.generated.get(id);
        if (twin) {
          this.error(
            file,
            line,
            twin.text === parsed.text
              ? `same item text as line ${twin.line} in level "${level.id}": give one of them an explicit id, e.g. "{#${id}-2}"`
              : `generated id "${id}" is also the id of the item at line ${twin.line}: give one of them an explicit id`,
          );
          continue;
        }
        level.generated.set(id, { line, text: parsed.text });
      }
      const item: Item = { id, text: parsed.text };
      if (parsed.replaces !== undefined) item.replaces = parsed.replaces;
      // Own properties only: a section titled "Constructor" must not find Object.prototype.constructor.
      const items = Object.hasOwn(level.items, sectionId) ? level.items[sectionId]! : (level.items[sectionId] = []);
      this.locs.set(pathKey(listPath, items.length), { file, line });
      items.push(item);
    }
  }

  /** Resolves "Same as" references and assembles the ladder in the format's key order. */
  finish(options: CompileOptions, fallbackName: string): Ladder {
    const levels = this.levels.map((draft): Level => {
      let inherits: string | undefined;
      if (draft.ref) {
        inherits = this.resolve(draft.ref.candidates)?.id;
        if (inherits === undefined) {
          this.error(
            draft.ref.loc.file,
            draft.ref.loc.line,
            `unknown level "${draft.ref.candidates[0] ?? ''}" in "Same as": no level has that id or title (levels: ${this.levels.map((l) => l.id).join(', ')})`,
          );
        }
      }
      return {
        id: draft.id,
        title: draft.title,
        ...(draft.summary !== undefined ? { summary: draft.summary } : {}),
        ...(inherits !== undefined ? { inherits } : {}),
        items: draft.items,
      };
    });
    const name = options.name ?? fallbackName;
    const description = options.description ?? this.meta.description;
    return {
      schemaVersion: SCHEMA_VERSION,
      id: options.id ?? slugify(name),
      title: options.title ?? this.meta.title ?? titleCase(name),
      ...(description !== undefined ? { description } : {}),
      sections: [...this.sections.values()],
      levels,
    };
  }

  private resolve(candidates: string[]): DraftLevel | undefined {
    for (const ref of candidates) {
      const lower = ref.toLowerCase();
      const found =
        this.levels.find((l) => l.id === ref) ??
        this.levels.find((l) => l.id.toLowerCase() === lower) ??
        this.levels.find((l) => l.title.toLowerCase() === lower);
      if (found) return found;
    }
    return undefined;
  }

  /** The source of the longest known prefix of a JSON path. */
  locate(path: string): { loc: Loc; prefix: string } | undefined {
    let p = path;
    for (;;) {
      const loc = this.locs.get(p);
      if (loc) return { loc, prefix: p };
      const parent = p.replace(/(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])$/, '');
      if (parent === p) return undefined;
      p = parent;
    }
  }

  sorted(): CompileError[] {
    const order = (e: CompileError) => this.fileOrder.get(e.file) ?? -1;
    return [...this.errors]
      .sort((a, b) => order(a) - order(b) || a.line - b.line || a.order - b.order)
      .map(({ file, line, message }) => ({ file, line, message }));
  }
}

type ParsedItem = { text: string; id?: string; replaces?: string } | { error: string };

/** Splits `{#id}` / `{replaces=#id}` off the end of the item's first paragraph. */
function parseItem(entry: Tokens.ListItem): ParsedItem {
  const full = entry.text;
  const lead = entry.tokens[0];
  const headLength =
    lead && (lead.type === 'text' || lead.type === 'paragraph') && full.startsWith(lead.raw) ? lead.raw.length : full.length;
  let head = full.slice(0, headLength).replace(/\s+$/, '');
  const gap = full.slice(head.length, headLength);
  const rest = full.slice(headLength);
  let id: string | undefined;
  let replaces: string | undefined;
  for (let m = ITEM_ATTR.exec(head); m; m = ITEM_ATTR.exec(head)) {
    const [whole, kind, value] = m;
    if (kind === '#') {
      if (id !== undefined) return { error: `item has two ids: {#${value}} and {#${id}}` };
      id = value;
    } else {
      if (replaces !== undefined) return { error: `item has two {replaces=#…}: #${value} and #${replaces}` };
      replaces = value;
    }
    head = head.slice(0, head.length - whole.length);
  }
  const text = `${head}${gap}${rest}`.trim();
  const stray = LOOKS_LIKE_ATTR.exec(text);
  if (stray) {
    return { error: `misplaced or malformed "${stray[0]}": write {#id} or {replaces=#id} at the end of the item's first paragraph` };
  }
  if (!text) return { error: 'empty item' };
  const item: ParsedItem = { text };
  if (id !== undefined) item.id = id;
  if (replaces !== undefined) item.replaces = replaces;
  return item;
}

/**
 * Compiles ladder Markdown files (in the given order) into a ladder. Returns the ladder when there
 * are no errors, else every error found, ordered by file and line.
 */
export function compileLadder(files: SourceFile[], options: CompileOptions = {}): CompileResult {
  const first = files[0];
  if (!first) return { errors: [{ file: '<input>', line: 1, message: 'no Markdown files to compile' }] };
  const c = new Compiler();
  for (const file of files) c.compileFile(file);
  const root = c.meta.file ?? files.find((f) => !LADDER_FILE_NAMES.includes(baseName(f.path).toLowerCase()))?.path ?? first.path;
  c.locs.set('$', { file: root, line: 1 });
  if (c.levels.length === 0 && c.errors.length === 0) {
    c.error(root, 1, 'no levels found: a level starts with a "# Title" heading');
  }
  const ladder = c.finish(options, baseName(first.path).replace(/\.md$/i, ''));
  if (c.errors.length) return { errors: c.sorted() };

  const result = parseLadder(ladder);
  if (result.ok) return { ladder, errors: [] };
  for (const e of result.errors) {
    const found = c.locate(e.path);
    const loc = found?.loc ?? { file: root, line: 1 };
    // JSON paths inside the message ("also at $.levels[1]") become file:line too.
    const message = e.message.replace(/\$(?:\.[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\])+/g, (p) => {
      const at = c.locate(p);
      return at ? `${at.loc.file}:${at.loc.line}` : p;
    });
    // Only the root is too vague to leave the path out.
    c.error(loc.file, loc.line, found && found.prefix !== '$' ? message : `${e.path}: ${message}`);
  }
  return { errors: c.sorted() };
}
