/**
 * The page's side of the compile worker: one request at a time answered by id. A request that takes
 * longer than `limitMs` (a pathological text) stops the worker and fails with a plain message; the
 * next request starts a fresh one. A worker that cannot start (the page opened from a file: URL) fails
 * every request with a message saying how to open the page.
 */
import type { CompileOptions, SourceFile } from '../markdown/compile/types.js';
import type { Conversion } from './convert.js';
import type { CompileAnswer, WorkerAnswer, WorkerRequest } from './protocol.js';

/** A request without its id (Omit over a union would keep only the members' shared keys). */
type Question = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

type Pending = { resolve: (a: WorkerAnswer) => void; reject: (e: Error) => void; timer: ReturnType<typeof setTimeout> };

export class CompilerClient {
  #worker: Worker | undefined;
  #next = 1;
  readonly #pending = new Map<number, Pending>();

  constructor(
    private readonly url: URL,
    private readonly limitMs = 20_000,
  ) {}

  #stop(error: Error): void {
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const p of this.#pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    this.#pending.clear();
  }

  #start(): Worker {
    const worker = new Worker(this.url, { type: 'module' });
    worker.onmessage = (e: MessageEvent<WorkerAnswer>) => {
      const p = this.#pending.get(e.data.id);
      if (!p) return;
      this.#pending.delete(e.data.id);
      clearTimeout(p.timer);
      p.resolve(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      this.#stop(
        new Error(
          location.protocol === 'file:'
            ? 'The compiler cannot start in a page opened from a file: serve the folder over http (for example `npx vite preview --outDir dist`).'
            : `The compiler stopped: ${e.message || 'its script could not be loaded'}. Reload the page to try again.`,
        ),
      );
    };
    return worker;
  }

  #request(message: Question): Promise<WorkerAnswer> {
    const id = this.#next++;
    return new Promise<WorkerAnswer>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = this.#worker ??= this.#start();
      } catch (e) {
        reject(new Error(`The compiler cannot start in this browser: ${e instanceof Error ? e.message : String(e)}`));
        return;
      }
      const timer = setTimeout(
        () =>
          this.#stop(
            new Error(
              `Reading this text took longer than ${this.limitMs / 1000} s, so it was stopped. Is it a ladder? Try a smaller part of it.`,
            ),
          ),
        this.limitMs,
      );
      this.#pending.set(id, { resolve, reject, timer });
      worker.postMessage({ ...message, id } as WorkerRequest);
    });
  }

  async compile(files: SourceFile[], options: CompileOptions): Promise<CompileAnswer> {
    const answer = await this.#request({ type: 'compile', files, options });
    if (answer.type === 'failed') throw new Error(`The compiler failed: ${answer.message}`);
    if (answer.type !== 'compile') throw new Error('The compiler answered another question.');
    return answer;
  }

  async convert(html: string): Promise<Conversion | undefined> {
    const answer = await this.#request({ type: 'convert', html });
    if (answer.type === 'failed') throw new Error(`The paste could not be converted: ${answer.message}`);
    return answer.type === 'convert' ? answer.conversion : undefined;
  }

  dispose(): void {
    this.#stop(new Error('closed'));
  }
}
