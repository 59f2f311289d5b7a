/**
 * dist/ served on loopback plus pages made on the fly, for the size budget test and the benchmarks:
 * test/support/static-server.ts underneath (the one static server), with pages and files added by
 * path at any time. Every request is counted, so a test can say exactly which files a page loaded.
 * Chromium comes from test/support/browser.ts (`launchChromium`, re-exported here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from '../support/static-server.js';

export { launchChromium } from '../support/browser.js';

const DIST = 'dist';

export interface Page {
  html: string;
  /** A Content-Security-Policy header for it. */
  csp?: string;
}

export interface DistServer {
  origin: string;
  /** Pages by path ("/page/x.html"); add more at any time. */
  pages: { set(path: string, page: Page): void };
  /** Other files by path (a ladder JSON for `src`…): body and content type. */
  files: { set(path: string, file: { body: string; type: string }): void };
  /** Paths requested since the last reset, in order (query strings kept). */
  requests: string[];
  close(): Promise<void>;
}

export async function serveDist(): Promise<DistServer> {
  const server = await startStaticServer({ root: DIST, headers: { 'access-control-allow-origin': '*' } });
  return {
    origin: server.origin,
    pages: {
      set: (path, page) =>
        void server.routes.set(path, {
          body: page.html,
          headers: { 'content-type': 'text/html', ...(page.csp ? { 'content-security-policy': page.csp } : {}) },
        }),
    },
    files: { set: (path, file) => void server.routes.set(path, { body: file.body, headers: { 'content-type': file.type } }) },
    requests: server.requests,
    close: server.close,
  };
}

/** Reads a dist file (for sizes). */
export const distFile = (path: string): Buffer => readFileSync(join(DIST, path));
