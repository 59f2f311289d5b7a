/**
 * Line accounting: what each line of a source file became. Readers record every line they use (with
 * the JSON path of what it became, resolved when the ladder is assembled), every line that is only
 * markup, and every line they leave out (with the warning that says so). Whatever no reader recorded
 * is reported as ignored at the end, so no line can be dropped without a warning.
 */
import type { LineUse, SourceLines } from './types.js';

/** A JSON path, known only once levels and sections have their final places. */
export type Target = () => string;

type Record_ = { at: Target } | { markup: true } | { ignored: string };

export class Ledger {
  readonly lines: string[];
  private readonly starts: number[] = [0];
  private readonly records: (Record_ | undefined)[];

  constructor(
    readonly file: string,
    /** The text as read: without a byte order mark, with `\n` line ends. */
    readonly text: string,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.lines = text.split('\n');
    // A final newline ends the last line; it does not start another.
    if (this.lines.length > 1 && this.lines.at(-1) === '') this.lines.pop();
    this.records = new Array(this.lines.length);
  }

  /** The 1-based line of a character offset. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The 1-based line after the last one a text starting at `offset` covers. */
  lineAfter(offset: number, raw: string): number {
    return this.lineAt(offset + raw.trimEnd().length) + 1;
  }

  private set(from: number, to: number, record: Record_): void {
    for (let l = Math.max(from, 1); l <= to && l <= this.records.length; l++) this.records[l - 1] = record;
  }

  /** Lines `from`…`to` (inclusive) went into the ladder at `at`. Later, more specific calls overwrite. */
  use(from: number, to: number, at: Target): void {
    this.set(from, to, { at });
  }

  markup(from: number, to = from): void {
    this.set(from, to, { markup: true });
  }

  ignore(from: number, to: number, message: string): void {
    this.set(from, to, { ignored: message });
  }

  /** Lines no reader recorded that hold text. */
  unrecorded(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.records.length; i++) if (!this.records[i] && this.lines[i]?.trim()) out.push(i + 1);
    return out;
  }

  /** Resolves the targets; call once the ladder is assembled. */
  resolve(): SourceLines {
    const lines = this.lines.map((text, i): LineUse => {
      const r = this.records[i];
      if (!r) return text.trim() ? { ignored: 'not read' } : { blank: true };
      if ('at' in r) return { path: r.at() };
      return r;
    });
    return { file: this.file, lines };
  }
}
