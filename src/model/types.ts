/**
 * The ladder format, schemaVersion 1. This is a public contract: the JSON Schema in
 * `ladders/ladder.schema.json` describes the same shape, and `parseLadder` enforces it
 * (plus the rules a schema cannot express: references, cycles, uniqueness).
 *
 * Text fields marked "md" hold Markdown.
 */

/** The only schemaVersion this version of ladder-elements reads. */
export const SCHEMA_VERSION = 1;

/** The `precompiled.format` this version reads and `ladder build --precompile` writes; other formats are ignored. */
export const PRECOMPILED_FORMAT = 1;

export type SectionKind = 'expectation' | 'red-flag' | 'example';

export const SECTION_KINDS: readonly SectionKind[] = ['expectation', 'red-flag', 'example'];

export interface Item {
  /** Unique within the whole ladder and stable across edits: ratings are keyed by it. */
  id: string;
  /** Markdown. */
  text: string;
  /** Id of an item this level inherits and supersedes ("moderate scope" → "high scope"). */
  replaces?: string;
  /**
   * Markdown, one entry per point: what the item breaks down into (the nested bullets under it in the
   * source). Part of the expectation, shown with it; not rated on their own. Optional, never empty.
   */
  details?: string[];
  /**
   * Markdown, one entry per example: concrete evidence that illustrates the item (a progression
   * framework's `exampleCriteria[].examples`). Not expectations themselves. Optional, never empty.
   */
  examples?: string[];
}

export interface Section {
  /** A slug: lowercase letters, digits and single dashes. */
  id: string;
  title: string;
  kind: SectionKind;
  /** Markdown. */
  description?: string;
}

export interface Level {
  /** For example "L4"; unique within the ladder. */
  id: string;
  title: string;
  /** Markdown. */
  summary?: string;
  /** Id of an earlier level whose items this level includes (transitively). */
  inherits?: string;
  /** Items by section id. A section with no items may be left out. */
  items: Record<string, Item[]>;
}

export interface Ladder {
  /** Optional pointer to the JSON Schema, for editors. */
  $schema?: string;
  schemaVersion: typeof SCHEMA_VERSION;
  /** A slug. */
  id: string;
  title: string;
  /** Markdown. */
  description?: string;
  /** Display order. */
  sections: Section[];
  /** Ladder order, lowest first. */
  levels: Level[];
  /**
   * Optional: the Markdown texts precompiled by `ladder build --precompile`, so that a page needs no
   * Markdown parser to show them. Checked by `parseLadder`; see src/markdown/precompiled.ts.
   */
  precompiled?: { format: number; texts: Record<string, unknown> };
}

/** One problem found in a ladder: where (a JSON path such as `$.levels[2].items["red-flags"][0].id`) and what. */
export interface LadderError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; ladder: Ladder } | { ok: false; errors: LadderError[] };

/** An item as a level sees it after inheritance. */
export interface ResolvedItem {
  id: string;
  text: string;
  sectionId: string;
  /** Id of the level that declares this item. */
  levelId: string;
  /** Markdown: what the item breaks down into (see Item.details). */
  details?: string[];
  /** Markdown: examples attached to the item (see Item.examples). */
  examples?: string[];
  /** The inherited item this one supersedes, itself possibly a replacement (a chain). */
  replaces?: ResolvedItem;
}

export interface ResolvedSection {
  section: Section;
  /** Items the level declares itself, in authored order. */
  own: ResolvedItem[];
  /** Items that reach the level by inheritance and are not replaced, nearest ancestor first. */
  inherited: ResolvedItem[];
}

export interface ResolvedLevel {
  level: Level;
  /** The levels this one inherits from, nearest first (parent, grandparent, …). */
  ancestors: Level[];
  /** Every section of the ladder, in display order, even when empty. */
  sections: ResolvedSection[];
  /** Every item the level expects (own and inherited), by id. */
  items: Map<string, ResolvedItem>;
}

export interface ReplacedItem {
  item: ResolvedItem;
  /** The item of the `from` level that `item` supersedes (directly or through a chain). */
  previous: ResolvedItem;
}

/** What changes from one level to another. */
export interface LevelDiff {
  from: Level;
  to: Level;
  /** In `to`, not in `from`, and not superseding anything of `from`. */
  added: ResolvedItem[];
  /** In `to`, superseding an item of `from`. */
  replaced: ReplacedItem[];
  /** In both. */
  carried: ResolvedItem[];
  /** In `from`, neither in `to` nor superseded by it (going down, or across branches). */
  removed: ResolvedItem[];
}
