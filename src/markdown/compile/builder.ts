/**
 * The draft ladder every reader (Markdown, front matter, tables, CSV, HTML) fills: levels, sections,
 * items, the ladder's title and description, messages, and the line ledger of each file. `assemble.ts`
 * turns it into the ladder.
 */
import type { SectionKind } from '../../model/types.js';
import { slugify } from '../../model/ids.js';
import { pathKey, quote } from '../../model/json-checks.js';
import { Ledger, type Target } from './ledger.js';
import type { CompileMessage, FileReading } from './types.js';
import { numberedLevel, splitLevelName, stripEmphasis } from './level-names.js';
import { generateItemId, strayAttribute } from './text.js';

export interface Loc {
  file: string;
  /** 1-based. */
  line: number;
}

export interface DraftItem {
  id: string;
  text: string;
  replaces?: string;
  details: string[];
  examples: string[];
}

export interface DraftSection {
  id: string;
  title: string;
  kind: SectionKind;
  description?: string;
  loc: Loc;
  /** Place in the ladder's sections, set when it is assembled. */
  index: number;
}

export interface DraftLevel {
  id: string;
  title: string;
  loc: Loc;
  summary?: string;
  /** What it builds on: a "Same as" line or front matter `inherits`, resolved once every level is known. */
  ref?: { rest: string; loc: Loc };
  /** Front matter `level` / `order`: the level's place, over the order of the files. */
  order?: { value: number; loc: Loc };
  /** "All levels": the shared base of a cumulative ladder. */
  base: boolean;
  /** Items by section id, in the order the level gives its sections. */
  items: Map<string, DraftItem[]>;
  /** Section id → line of its heading in this level. */
  sectionLines: Map<string, number>;
  /** Generated item id → where, to catch identical texts. */
  generated: Map<string, { line: number; text: string }>;
  errorsAtStart: number;
  /** Read without errors: only then is "no items" worth reporting. */
  quiet: boolean;
  /** Place in the ladder, set when it is assembled. */
  index: number;
}

export const levelPath = (level: DraftLevel): string => pathKey('$.levels', level.index);
export const itemsPath = (level: DraftLevel, sectionId: string): string => pathKey(pathKey(levelPath(level), 'items'), sectionId);

const BASE_TITLE = /^(?:all|every|any)[\s-]+(?:levels?|engineers?|roles?)$|^everyone$|^common$|^baseline$/i;

export function sectionKind(title: string): SectionKind {
  return /red[\s-]*flag|anti[\s-]*pattern|warning sign/i.test(title) ? 'red-flag' : /example/i.test(title) ? 'example' : 'expectation';
}

export class Builder {
  readonly levels: DraftLevel[] = [];
  readonly sections = new Map<string, DraftSection>();
  readonly ledgers = new Map<string, Ledger>();
  readonly errors: (CompileMessage & { order: number })[] = [];
  readonly warnings: (CompileMessage & { order: number })[] = [];
  readonly readings: FileReading[] = [];
  /** JSON paths that errors may name, with where they come from (besides the line records). */
  readonly anchors: { loc: Loc; at: Target }[] = [];
  title?: { text: string; loc: Loc };
  description?: { text: string; loc: Loc };
  /** The README.md / _ladder.md that describes the ladder. */
  ladderFile?: string;
  cumulative?: { value: boolean; loc?: Loc };
  /** Section titles in the order the ladder declares them. */
  declaredSections: string[] = [];

  ledger(file: string, text: string): Ledger {
    const ledger = new Ledger(file, text);
    this.ledgers.set(file, ledger);
    return ledger;
  }

  error(file: string, line: number, message: string): void {
    this.errors.push({ file, line, message, order: this.errors.length });
  }

  warn(file: string, line: number, message: string): void {
    this.warnings.push({ file, line, message, order: this.warnings.length });
  }

  /** Leaves lines `from`…`to` out of the ladder with a warning `ignored …` at `from`. */
  ignore(ledger: Ledger, from: number, to: number, what: string): void {
    const message = `ignored ${what}`;
    this.warn(ledger.file, from, message);
    ledger.ignore(from, to, message);
  }

  note(file: string, how: string): void {
    this.readings.push({ file, how });
  }

  anchor(loc: Loc, at: Target): void {
    this.anchors.push({ loc, at });
  }

  /** Sets the ladder title unless something earlier did; says whether it was taken. */
  setTitle(text: string, loc: Loc): boolean {
    if (this.title) return false;
    this.title = { text, loc };
    this.anchor(loc, () => '$.title');
    return true;
  }

  setDescription(text: string, loc: Loc): boolean {
    if (this.description || !text.trim()) return false;
    this.description = { text, loc };
    this.anchor(loc, () => '$.description');
    return true;
  }

  /** Where the ladder's description came from, for "ignored" messages. */
  describedBy(): string {
    return this.description ? `${this.description.loc.file}:${this.description.loc.line}` : '';
  }

  /** Starts a level; reports and returns undefined when no id can be made. */
  level(name: string, loc: Loc, explicitId?: string): DraftLevel | undefined {
    const stray = strayAttribute(name);
    if (stray) {
      this.error(loc.file, loc.line, `misplaced or malformed "${stray}": write {#id} at the end of the heading`);
      return undefined;
    }
    if (!name) {
      this.error(loc.file, loc.line, 'level heading has no title');
      return undefined;
    }
    // With an explicit id the title is kept as written (but for emphasis around all of it).
    const split = splitLevelName(name);
    const title = explicitId === undefined ? split.title : stripEmphasis(name);
    const id = explicitId ?? split.id;
    if (!id) {
      this.error(loc.file, loc.line, `cannot derive a level id from ${quote(title)}: add one, e.g. "# ${title} {#L1}"`);
      return undefined;
    }
    const level: DraftLevel = {
      id,
      title,
      loc,
      base: BASE_TITLE.test(title),
      items: new Map(),
      sectionLines: new Map(),
      generated: new Map(),
      errorsAtStart: this.errors.length,
      quiet: true,
      index: this.levels.length,
    };
    this.levels.push(level);
    this.anchor(loc, () => levelPath(level));
    return level;
  }

  /** The level with this name (id or title, any case), or a new one: for shapes that name a level many times. */
  levelNamed(name: string, loc: Loc): DraftLevel | undefined {
    const numbered = numberedLevel(name);
    const split = splitLevelName(name);
    const lower = (numbered?.title ?? split.title).toLowerCase();
    const id = (numbered?.id ?? split.id).toLowerCase();
    const found = this.levels.find((l) => l.title.toLowerCase() === lower || l.id.toLowerCase() === id);
    return found ?? (numbered ? this.level(numbered.title, loc, numbered.id) : this.level(name.trim(), loc));
  }

  /** Marks the end of a level read from headings: a level read with errors is not also reported as empty. */
  endLevel(level: DraftLevel): void {
    level.quiet = this.errors.length === level.errorsAtStart;
  }

  /** The ladder's section with this title's slug (the first title wins), or a new one. */
  section(name: string, loc: Loc): DraftSection | undefined {
    const title = stripEmphasis(name);
    const stray = strayAttribute(title);
    if (stray) {
      this.error(loc.file, loc.line, `"${stray}" is not supported on a section heading: a section's id is the slug of its title`);
      return undefined;
    }
    const id = slugify(title);
    if (!id) {
      this.error(loc.file, loc.line, `section heading ${quote(title)} needs letters or digits to make an id`);
      return undefined;
    }
    let section = this.sections.get(id);
    if (!section) {
      const s: DraftSection = { id, title, kind: sectionKind(title), loc, index: this.sections.size };
      this.sections.set(id, s);
      this.anchor(loc, () => pathKey('$.sections', s.index));
      section = s;
    }
    return section;
  }

  /** A section heading inside a level: the same section twice in one level is an error. */
  enterSection(level: DraftLevel, name: string, loc: Loc): DraftSection | undefined {
    const section = this.section(name, loc);
    const title = stripEmphasis(name);
    if (!section) return undefined;
    const previous = level.sectionLines.get(section.id);
    if (previous !== undefined) {
      this.error(loc.file, loc.line, `section ${quote(title)} appears twice in level "${level.id}" (first at line ${previous})`);
      return undefined;
    }
    level.sectionLines.set(section.id, loc.line);
    this.anchor(loc, () => itemsPath(level, section.id));
    return section;
  }

  describeSection(section: DraftSection, text: string): boolean {
    if (section.description !== undefined) return section.description === text;
    section.description = text;
    return true;
  }

  /**
   * Adds an item to a level's section. Without an explicit id it gets a generated one; two items whose
   * generated ids collide are an error. Returns the JSON path of the item, or undefined.
   */
  item(
    level: DraftLevel,
    section: DraftSection,
    item: { text: string; id?: string; replaces?: string; details?: string[]; examples?: string[] },
    loc: Loc,
  ): Target | undefined {
    let id = item.id;
    if (id === undefined) {
      id = generateItemId(level.id, item.text);
      const twin = level.generated.get(id);
      if (twin) {
        this.error(
          loc.file,
          loc.line,
          twin.text === item.text
            ? `same item text as line ${twin.line} in level "${level.id}": give one of them an explicit id, e.g. "{#${id}-2}"`
            : `generated id "${id}" is also the id of the item at line ${twin.line}: give one of them an explicit id`,
        );
        return undefined;
      }
      level.generated.set(id, { line: loc.line, text: item.text });
    }
    let list = level.items.get(section.id);
    if (!list) level.items.set(section.id, (list = []));
    const draft: DraftItem = { id, text: item.text, details: item.details ?? [], examples: item.examples ?? [] };
    if (item.replaces !== undefined) draft.replaces = item.replaces;
    const index = list.length;
    list.push(draft);
    const at: Target = () => pathKey(itemsPath(level, section.id), index);
    this.anchor(loc, at);
    return at;
  }
}
