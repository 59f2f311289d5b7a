/**
 * The compile worker (dist/playground-worker.js): the compiler the CLI uses, off the page's main
 * thread, so that typing never waits for a build and a pathological text cannot freeze the page (the
 * page stops a worker that takes too long and starts another). Holds no state between messages.
 */
import { compileLadder, ladderJson } from '../markdown/compile/index.js';
import { convertPastedHtml } from './convert.js';
import type { WorkerAnswer, WorkerRequest } from './protocol.js';

const scope = self as unknown as { postMessage(message: WorkerAnswer): void; onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null };

scope.onmessage = (e) => {
  const request = e.data;
  try {
    if (request.type === 'compile') {
      const { ladder, errors, warnings, summary } = compileLadder(request.files, request.options);
      scope.postMessage({
        id: request.id,
        type: 'compile',
        errors,
        warnings,
        ...(summary ? { summary } : {}),
        ...(ladder ? { json: ladderJson(ladder) } : {}),
      });
    } else {
      const conversion = convertPastedHtml(request.html);
      scope.postMessage({ id: request.id, type: 'convert', ...(conversion ? { conversion } : {}) });
    }
  } catch (error) {
    scope.postMessage({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
