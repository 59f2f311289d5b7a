/** The compile module's public types: what a caller (the CLI, the playground page) passes in and gets back. */
import type { Ladder } from '../../model/types.js';

export interface SourceFile {
  /** As given by the user: it is repeated verbatim in errors and warnings. Its extension picks the reader (.md, .csv, .tsv, .html). */
  path: string;
  text: string;
}

/** A problem or a note at one line of one file; printed as `file:line: message`. */
export interface CompileMessage {
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

/** A problem that stops the build: no ladder is returned while there is one. */
export type CompileError = CompileMessage;

/** Something the compiler left out or decided, said so the author can check it: the build still succeeds. */
export type CompileWarning = CompileMessage;

export interface CompileOptions {
  /** Ladder id; default: slug of `name`. */
  id?: string;
  /** Ladder title; default: README.md / _ladder.md, else a document title, else `name` title-cased. */
  title?: string;
  /** Ladder description (Markdown); default: the text after the title in README.md / _ladder.md or a document. */
  description?: string;
  /** What the ladder is called when nothing else says (the CLI passes the folder name); default: the first file's base name. */
  name?: string;
  /** Each level builds on the one before it (the CLI's `--cumulative`); front matter `cumulative: true` says the same. */
  cumulative?: boolean;
}

/**
 * What one source line became. Every line of every file has one: its text went into the ladder (at
 * `path`, a JSON path into it), it carries only markup (a fence, a table rule, tags), it is blank, or a
 * warning says why it was left out.
 */
export type LineUse = { path: string } | { markup: true } | { blank: true } | { ignored: string };

export interface SourceLines {
  file: string;
  /** Index 0 is line 1. */
  lines: LineUse[];
}

/** How the compiler read one file: shown in the build summary so that a wrong reading is seen at a glance. */
export interface FileReading {
  file: string;
  /** E.g. "levels: ## headings (they hold the sections)", "CSV, matrix: one column per level". */
  how: string;
}

export interface SummaryLevel {
  id: string;
  title: string;
  inherits?: string;
  /** Own items per section id, in the ladder's section order. */
  items: Record<string, number>;
}

/** What `ladder build` prints (as a table, or as JSON with `--json`). */
export interface BuildSummary {
  ladder: { id: string; title: string };
  files: FileReading[];
  sections: { id: string; title: string; kind: string }[];
  levels: SummaryLevel[];
  items: number;
  warnings: number;
}

export interface CompileResult {
  /** Present exactly when there are no errors. */
  ladder?: Ladder;
  errors: CompileError[];
  /** Ordered by file and line, like errors. */
  warnings: CompileWarning[];
  /** Present with the ladder. */
  summary?: BuildSummary;
  /** What each line of each file became (also when there are errors, as far as reading got). */
  sources: SourceLines[];
}
