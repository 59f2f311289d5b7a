// A real HTTP server speaking the ratings store protocol (README "Save to your server"), on loopback
// only, for the tests: GET → 200 + ETag or 404; PUT with If-Match / If-None-Match: * → 2xx + ETag or
// 412. CORS allows any origin with credentials (the test page, a sandboxed frame's "null") and
// exposes ETag. Faults are injected through a control API under /__control/ (never through the
// protocol paths), each for the next `times` protocol requests:
//
//   POST /__control/fault {"kind":"status","status":500,"times":3}   answer 500 (or 401, 403…)
//   POST /__control/fault {"kind":"delay","ms":400}                    answer late (the work is done then)
//   POST /__control/fault {"kind":"cut"}                               GET: half the body, then the socket is cut;
//                                                                      PUT: the write is done, the socket cut before any answer
//   POST /__control/fault {"kind":"hide-etag"}                         answer without Access-Control-Expose-Headers
//                                                                      (a host's CORS mistake: the page cannot read the ETag)
//   POST /__control/fault {"kind":"conflict","ratings":{…}}            before the next PUT, another client writes
//                                                                      these entries (so the PUT gets 412)
//   POST /__control/auth {"token":"t"}                                 require Authorization: Bearer t (null: off)
//   POST /__control/file?path=/ratings/x  (body: a ratings file)       another client writes the file
//   GET  /__control/file?path=/ratings/x  → {"file":…,"etag":…}        what the server holds
//   GET  /__control/log                   → [{method,path,status,…}]   the protocol requests answered
//   POST /__control/reset                                              forget files, faults, auth and the log
//
// `startRatingsServer()` is a server of its own (the browser tests'); `ratingsProtocol().handle` answers
// the same requests on another server, such as test/support/static-server.ts's `handler`, so that an
// embed page (dist/) and its store share an origin (test/node/store-e2e.test.ts).
import { createServer } from 'node:http';

/** The protocol, the control API and the CORS preflights: `handle` resolves false for any other request. */
export function ratingsProtocol() {
  /** @type {Map<string, { text: string, etag: string }>} */
  const files = new Map();
  /** @type {{ kind: string, times: number, status?: number, ms?: number, ratings?: object, method?: string }[]} */
  let faults = [];
  /** @type {string | null} */
  let token = null;
  /** @type {object[]} */
  let log = [];
  let version = 0;
  const timers = new Set();

  const nextEtag = () => `"v${++version}"`;

  function cors(req) {
    const origin = req.headers.origin;
    return {
      'access-control-allow-origin': origin ?? '*',
      ...(origin ? { 'access-control-allow-credentials': 'true', vary: 'Origin' } : {}),
      'access-control-expose-headers': 'ETag',
    };
  }

  const body = (req) =>
    new Promise((resolve, reject) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const later = (ms) =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  /** Another client's write: the entries given over what is stored (a new ETag). */
  function otherClientWrites(path, ratings) {
    const current = files.get(path);
    const file = current ? JSON.parse(current.text) : { version: 1, ratings: {} };
    file.ratings = { ...file.ratings, ...ratings };
    files.set(path, { text: JSON.stringify(file), etag: nextEtag() });
  }

  function takeFault(method) {
    const i = faults.findIndex((f) => !f.method || f.method === method);
    if (i < 0) return undefined;
    const fault = faults[i];
    if (--fault.times <= 0) faults.splice(i, 1);
    return fault;
  }

  async function protocol(req, res, path) {
    let headers = cors(req);
    const send = (status, extra = {}, text = '') => {
      log.push({ method: req.method, path, status, ifMatch: req.headers['if-match'], ifNoneMatch: req.headers['if-none-match'] });
      res.writeHead(status, { ...headers, ...extra });
      res.end(text);
    };
    const text = req.method === 'PUT' ? await body(req) : '';
    const fault = takeFault(req.method);
    if (fault?.kind === 'hide-etag')
      headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'access-control-expose-headers'));
    if (fault?.kind === 'status') return send(fault.status ?? 500, { 'content-type': 'text/plain' }, 'injected fault');
    if (fault?.kind === 'delay') await later(fault.ms ?? 1000);
    if (fault?.kind === 'conflict' && req.method === 'PUT') otherClientWrites(path, fault.ratings ?? {});
    if (token !== null && req.headers.authorization !== `Bearer ${token}`) return send(401, { 'content-type': 'text/plain' }, 'sign in');
    const current = files.get(path);
    if (req.method === 'GET') {
      if (!current) return send(404, { 'content-type': 'text/plain' }, 'no ratings yet');
      if (fault?.kind === 'cut') {
        log.push({ method: 'GET', path, status: 200, cut: true });
        res.writeHead(200, {
          ...headers,
          'content-type': 'application/json',
          etag: current.etag,
          'content-length': Buffer.byteLength(current.text),
        });
        res.write(current.text.slice(0, Math.floor(current.text.length / 2)));
        return setImmediate(() => res.socket?.destroy());
      }
      return send(200, { 'content-type': 'application/json', etag: current.etag }, current.text);
    }
    // PUT
    const ifMatch = req.headers['if-match'];
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifMatch === undefined && ifNoneMatch === undefined) return send(428, {}, 'If-Match or If-None-Match required');
    if (ifNoneMatch === '*' && current) return send(412);
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== current?.etag) return send(412);
    if (ifMatch === '*' && !current) return send(412);
    try {
      JSON.parse(text);
    } catch {
      return send(400, {}, 'not JSON');
    }
    const etag = nextEtag();
    files.set(path, { text, etag });
    if (fault?.kind === 'cut') {
      // The write is done, but the connection is cut before any answer: the client cannot know.
      log.push({ method: 'PUT', path, status: 0, cut: true });
      return res.socket?.destroy();
    }
    return send(200, { etag });
  }

  async function control(req, res, url) {
    const reply = (value, status = 200) => {
      res.writeHead(status, { ...cors(req), 'content-type': 'application/json' });
      res.end(JSON.stringify(value ?? null));
    };
    const what = url.pathname.slice('/__control/'.length);
    const path = url.searchParams.get('path') ?? '';
    if (what === 'reset') {
      files.clear();
      faults = [];
      token = null;
      log = [];
      return reply(true);
    }
    if (what === 'fault') {
      const fault = JSON.parse(await body(req));
      faults.push({ times: 1, ...fault });
      return reply(true);
    }
    if (what === 'clear-faults') {
      faults = [];
      return reply(true);
    }
    if (what === 'auth') {
      token = JSON.parse(await body(req)).token ?? null;
      return reply(true);
    }
    if (what === 'log') return reply(log);
    if (what === 'file' && req.method === 'POST') {
      files.set(path, { text: await body(req), etag: nextEtag() });
      return reply(true);
    }
    if (what === 'file') {
      const f = files.get(path);
      return reply({ file: f ? JSON.parse(f.text) : null, etag: f?.etag ?? null });
    }
    return reply({ error: `unknown control ${what}` }, 404);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @returns {Promise<boolean>}
   */
  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://x');
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...cors(req),
          'access-control-allow-methods': 'GET, PUT, POST',
          'access-control-allow-headers': 'Content-Type, If-Match, If-None-Match, Authorization',
          'access-control-allow-private-network': 'true',
          'access-control-max-age': '600',
        });
        res.end();
        return true;
      }
      if (url.pathname.startsWith('/__control/')) await control(req, res, url);
      else if (url.pathname.startsWith('/ratings/') && (req.method === 'GET' || req.method === 'PUT'))
        await protocol(req, res, url.pathname);
      else return false;
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, cors(req));
      res.end(String(e));
    }
    return true;
  }

  return {
    handle,
    cors,
    /** Drops pending delays. */
    stop() {
      for (const t of timers) clearTimeout(t);
    },
  };
}

/**
 * @param {{ host?: string, port?: number }} [options]
 */
export async function startRatingsServer(options = {}) {
  const { host = '127.0.0.1', port = 0 } = options;
  const ratings = ratingsProtocol();
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    if (await ratings.handle(req, res)) return;
    res.writeHead(404, ratings.cors(req));
    res.end('not found');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const origin = `http://${host}:${server.address().port}`;
  return {
    origin,
    port: server.address().port,
    /** Stops the server: pending delays are dropped, open connections closed. */
    close: () =>
      new Promise((resolve) => {
        ratings.stop();
        for (const s of sockets) s.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}

/** How many entries of a ratings file say something (a value, "applies", "done" or a note). */
export function countRated(file) {
  return Object.values(file?.ratings ?? {}).filter((e) => e.value !== undefined || e.applies || e.done || e.note).length;
}
