/** Messages between the page and the compile worker (playground-worker.ts). */
import type { BuildSummary, CompileMessage, CompileOptions, SourceFile } from '../markdown/compile/types.js';
import type { Conversion } from './convert.js';

export type WorkerRequest =
  | { id: number; type: 'compile'; files: SourceFile[]; options: CompileOptions }
  | { id: number; type: 'convert'; html: string };

export interface CompileAnswer {
  errors: CompileMessage[];
  warnings: CompileMessage[];
  summary?: BuildSummary;
  /** Exactly what `ladder build` writes for the same files and options; present when there are no errors. */
  json?: string;
}

export type WorkerAnswer =
  | ({ id: number; type: 'compile' } & CompileAnswer)
  | { id: number; type: 'convert'; conversion?: Conversion }
  | { id: number; type: 'failed'; message: string };

/** Clipboard HTML worth converting: it has structure beyond styled text (a code editor's copy is only spans and divs). */
export const worthConverting = (html: string): boolean => /<(?:table|h[1-6]|ul|ol|li)[\s>]/i.test(html);
