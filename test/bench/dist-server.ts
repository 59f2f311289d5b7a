/**
 * dist/ served on loopback plus pages made on the fly, and one Chromium (playwright-core, the system
 * browser) to open them: what the size budget test, the clobbering test and the benchmarks share.
 * Every response is counted, so a test can say exactly which files a page loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, MISSING_CHROMIUM } from '../chromium.mjs';

const DIST = 'dist';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' };

export interface Page {
  html: string;
  /** A Content-Security-Policy header for it. */
  csp?: string;
}

export interface DistServer {
  origin: string;
  /** Pages by path ("/page/x.html"); add more at any time. */
  pages: Map<string, Page>;
  /** Other files by path (a ladder JSON for `src`…): body and content type. */
  files: Map<string, { body: string | Buffer; type: string }>;
  /** Paths requested since the last reset, in order (query strings kept). */
  requests: string[];
  close(): Promise<void>;
}

export async function serveDist(): Promise<DistServer> {
  const pages = new Map<string, Page>();
  const files = new Map<string, { body: string | Buffer; type: string }>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    const page = pages.get(url.pathname);
    if (page) {
      res.writeHead(200, { 'content-type': 'text/html', ...(page.csp ? { 'content-security-policy': page.csp } : {}) });
      return res.end(page.html);
    }
    const extra = files.get(url.pathname);
    if (extra) {
      res.writeHead(200, { 'content-type': extra.type, 'access-control-allow-origin': '*' });
      return res.end(extra.body);
    }
    const file = normalize(join(DIST, url.pathname));
    if (!file.startsWith(`${DIST}/`) || !existsSync(file)) {
      res.writeHead(404);
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pages,
    files,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The system Chromium, headless, with the project's flags (and `extra` ones). */
export async function launchChromium(extra: string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(MISSING_CHROMIUM);
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...extra], headless: true, ...options });
}

/** Reads a dist file (for sizes). */
export const distFile = (path: string): Buffer => readFileSync(join(DIST, path));
