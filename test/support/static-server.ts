/**
 * The one static site on 127.0.0.1 for the Node tests and benchmarks that drive Chromium: files from
 * one directory, in-memory pages and assets by path (each with its own headers, e.g. a CSP; more can
 * be added while it runs), and headers for every answer (e.g. CORS). A `handler` may answer first
 * (the ratings protocol of ./ratings-server.mjs on the same origin). Anything else is a 404; nothing
 * outside the directory is served.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** An in-memory file: its body, and headers of its own (content-type defaults from the path's extension). */
export interface Route {
  body: string;
  headers?: Record<string, string>;
}

export interface StaticServerOptions {
  /** Directory served as it is (`/` is its index.html). */
  root?: string;
  /** In-memory files by path, served before the directory's. */
  routes?: Record<string, Route | string>;
  /** Headers added to every answer, 404s included; a function receives the request's path. */
  headers?: Record<string, string> | ((path: string) => Record<string, string>);
  /** Asked first: resolves true when it has answered the request itself. */
  handler?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `http://localhost:<port>`: the same server as another site (a cross-origin frame, a third party). */
  otherOrigin: string;
  /** In-memory files by path: the `routes` option's, and any added since. */
  routes: Map<string, Route>;
  /** Paths asked for, in order (query strings included). */
  requests: string[];
  close(): Promise<void>;
}

const typeOf = (path: string) => TYPES[extname(path)] ?? 'application/octet-stream';

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = options.root === undefined ? undefined : resolve(options.root);
  const routes = new Map<string, Route>(
    Object.entries(options.routes ?? {}).map(([path, route]) => [path, typeof route === 'string' ? { body: route } : route]),
  );
  const requests: string[] = [];

  const server = createServer(async (req, res) => {
    requests.push(req.url ?? '/');
    if (options.handler && (await options.handler(req, res))) return;
    const raw = new URL(req.url ?? '/', 'http://x').pathname;
    let path = raw;
    try {
      path = decodeURIComponent(raw);
    } catch {
      // A malformed %-escape names no file: a 404 below, like any other missing path.
    }
    const common = typeof options.headers === 'function' ? options.headers(path) : (options.headers ?? {});
    const route = routes.get(path);
    if (route) {
      res.writeHead(200, { 'content-type': typeOf(path), ...common, ...route.headers }).end(route.body);
      return;
    }
    // The browser asks for it on its own; the pages that want an icon name theirs.
    if (path === '/favicon.ico') {
      res.writeHead(204, common).end();
      return;
    }
    if (root) {
      const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
      if (file.startsWith(root + sep)) {
        const found = await stat(file).catch(() => undefined);
        if (found?.isFile()) {
          const body = await readFile(file);
          res.writeHead(200, { 'content-type': typeOf(file), ...common }).end(body);
          return;
        }
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain', ...common }).end('not found');
  });

  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({
        origin: `http://127.0.0.1:${port}`,
        otherOrigin: `http://localhost:${port}`,
        routes,
        requests,
        close: () =>
          new Promise<void>((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}
