import type { IncomingMessage, ServerResponse } from 'node:http';

/** A running ratings server (see ratings-server.mjs). */
export interface RatingsServer {
  /** `http://127.0.0.1:<port>` (or the host asked for). */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the loopback ratings server. */
export function startRatingsServer(options?: { host?: string; port?: number }): Promise<RatingsServer>;

/** The protocol as a request handler for another server: resolves true when it has answered. */
export interface RatingsProtocol {
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** The CORS headers it answers `req` with. */
  cors(req: IncomingMessage): Record<string, string>;
  /** Drops pending delays. */
  stop(): void;
}

export function ratingsProtocol(): RatingsProtocol;

/** How many entries of a ratings file say something. */
export function countRated(
  file: { ratings?: Record<string, { value?: string; applies?: boolean; done?: boolean; note?: string }> } | null | undefined,
): number;
