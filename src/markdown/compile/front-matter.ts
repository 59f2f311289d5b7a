/**
 * YAML front matter (`---` … `---` at the top of a file), read with the `yaml` package: its values
 * with the lines they come from, so that every line is accounted for and errors point at the line.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLMap } from 'yaml';
import type { Ledger } from './ledger.js';

export interface FrontMatter {
  /** The mapping, or undefined when the front matter is not one (reported). */
  map?: YAMLMap;
  /** Lines of the opening and closing fences. */
  open: number;
  close: number;
  /** Character offset where the body starts. */
  bodyOffset: number;
  /** Lines in the YAML text are file lines minus this. */
  lineOffset: number;
  /** The YAML text's line starts, for offsets → lines. */
  counter: LineCounter;
}

/** Splits off the front matter; returns undefined when the file has none. Reports YAML errors through `error`. */
export function readFrontMatter(ledger: Ledger, error: (line: number, message: string) => void): FrontMatter | undefined {
  const text = ledger.text;
  if (!/^---[ \t]*(?:\n|$)/.test(text)) return undefined;
  let close = -1;
  for (let i = 1; i < ledger.lines.length; i++) {
    const line = (ledger.lines[i] ?? '').trimEnd();
    if (line === '---' || line === '...') {
      close = i + 1;
      break;
    }
  }
  if (close < 0) {
    error(1, 'front matter starts with "---" but has no closing "---" line');
    return undefined;
  }
  let bodyOffset = 0;
  for (let i = 0; i < close; i++) bodyOffset += (ledger.lines[i] ?? '').length + 1;
  const yamlText = ledger.lines.slice(1, close - 1).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const fm: FrontMatter = { open: 1, close, bodyOffset, lineOffset: 1, counter };
  const first = doc.errors[0];
  if (first) {
    const line = counter.linePos(first.pos[0]).line + 1;
    const what = first.message.split('\n')[0] ?? '';
    error(line, `cannot read the front matter: YAML error: ${what.length > 120 ? `${what.slice(0, 119)}…` : what}`);
    return fm;
  }
  if (doc.contents === null) return { ...fm, map: undefined };
  if (!isMap(doc.contents)) {
    error(2, 'cannot read the front matter: it must be a mapping of keys to values (e.g. "title: Senior Engineer")');
    return fm;
  }
  fm.map = doc.contents;
  return fm;
}

/** The file lines a YAML node spans. */
export function nodeLines(fm: FrontMatter, node: { range?: [number, number, number] | null } | null | undefined): [number, number] {
  const range = node?.range;
  if (!range) return [fm.open, fm.open];
  const from = fm.counter.linePos(range[0]).line + fm.lineOffset;
  // The end offset points after the value (often at the next line's start).
  const to = fm.counter.linePos(Math.max(range[0], range[1] - 1)).line + fm.lineOffset;
  return [from, Math.max(from, to)];
}

/** The pairs of a mapping with their key as text. */
export function entries(map: YAMLMap): { key: string; keyNode: Node | null; value: unknown; from: number }[] {
  return map.items.map((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const keyNode = (pair.key as Node | null) ?? null;
    return { key, keyNode, value: pair.value, from: keyNode?.range?.[0] ?? 0 };
  });
}

/** The lines of a whole pair: from its key to the end of its value. */
export function pairLines(fm: FrontMatter, keyNode: Node | null, value: unknown): [number, number] {
  const [from] = nodeLines(fm, keyNode as never);
  const [, to] = nodeLines(fm, (value as never) ?? (keyNode as never));
  return [from, Math.max(from, to)];
}

/** A scalar's value as text (numbers and booleans as written), or undefined for a mapping or a sequence. */
export function scalarText(value: unknown): string | undefined {
  if (!isScalar(value)) return undefined;
  const v = value.value;
  return v === null || v === undefined ? '' : typeof v === 'object' ? undefined : String(v);
}

export const isSequence = isSeq;
export const isMapping = isMap;
