import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import {
  type CompileOptions,
  type CompileResult,
  compileLadder,
  formatCompileError,
  type SourceFile,
} from '../../../src/markdown/compile/index.js';
import type { Ladder } from '../../../src/model/types.js';

const root = new URL('../../fixtures/', import.meta.url);

/** A fixture file, or a folder's files in natural order (as `ladder build` reads them). */
export function sources(path: string): SourceFile[] {
  const url = new URL(path, root);
  if (!statSync(url).isDirectory()) return [{ path: `test/fixtures/${path}`, text: readFileSync(url, 'utf8') }];
  return readdirSync(url)
    .sort(new Intl.Collator('en', { numeric: true }).compare)
    .map((f) => ({ path: `test/fixtures/${path}/${f}`, text: readFileSync(new URL(`${path}/${f}`, root), 'utf8') }));
}

/** The value at a JSON path such as `$.levels[2].items["red-flags"][0].details[1]`, or undefined. */
export function at(data: unknown, path: string): unknown {
  let value: unknown = data;
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  re.lastIndex = 1;
  while (re.lastIndex < path.length) {
    const m = re.exec(path);
    if (!m) return undefined;
    const key = m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3] as string) as string));
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * The "every line is accounted for" guarantee, checked: each line of each file is blank, markup, went
 * into the ladder at a JSON path that exists, or is covered by a warning `file:line: ignored …` at or
 * above it; and no line fell through to the compiler's backstop ("it is not part of …").
 */
export function assertEveryLineAccounted(files: SourceFile[], result: CompileResult): void {
  assert.ok(result.ladder, result.errors.map(formatCompileError).join('\n'));
  const warnings = new Set(result.warnings.map((w) => `${w.file}:${w.message}`));
  for (const file of files) {
    const src = result.sources.find((s) => s.file === file.path);
    assert.ok(src, `${file.path}: no line accounting`);
    const lines = file.text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/\n$/, '')
      .split('\n');
    assert.equal(src.lines.length, lines.length, `${file.path}: one record per line`);
    src.lines.forEach((use, i) => {
      const where = `${file.path}:${i + 1} ${JSON.stringify(lines[i])}`;
      if ('blank' in use) assert.equal(lines[i]?.trim(), '', `${where} is not blank`);
      else if ('path' in use) assert.notEqual(at(result.ladder, use.path), undefined, `${where}: ${use.path} is not in the ladder`);
      else if ('ignored' in use) {
        assert.ok(warnings.has(`${file.path}:${use.ignored}`), `${where}: ignored without a warning (${use.ignored})`);
        assert.doesNotMatch(use.ignored, /it is not part of a level, section or item here/, `${where} fell through to the backstop`);
      }
    });
  }
}

/** Compiles, checks the line accounting, and returns the ladder and the warnings. */
export function compileChecked(
  files: SourceFile[],
  options: CompileOptions = {},
): { ladder: Ladder; warnings: string[]; result: CompileResult } {
  const result = compileLadder(files, options);
  assert.deepEqual(result.errors.map(formatCompileError), []);
  assertEveryLineAccounted(files, result);
  return { ladder: result.ladder as Ladder, warnings: result.warnings.map(formatCompileError), result };
}

/** A level's items, section by section: `{ section: [text, …] }`, with details and examples after a text as `text [details: …]`. */
export function itemsOf(ladder: Ladder, levelId: string): Record<string, string[]> {
  const level = ladder.levels.find((l) => l.id === levelId);
  assert.ok(level, `no level ${levelId}`);
  return Object.fromEntries(
    Object.entries(level.items).map(([section, items]) => [
      section,
      items.map(
        (i) =>
          `${i.text}${i.details ? ` [details: ${i.details.join(' | ')}]` : ''}${i.examples ? ` [examples: ${i.examples.join(' | ')}]` : ''}`,
      ),
    ]),
  );
}

export const levelsOf = (ladder: Ladder): [string, string, string | null][] =>
  ladder.levels.map((l) => [l.id, l.title, l.inherits ?? null]);
