/** A running ratings server (see ratings-server.mjs). */
export interface RatingsServer {
  /** `http://127.0.0.1:<port>` (or the host asked for). */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the loopback ratings server; `static` serves a folder's files (dist/), `pages` fixed HTML by path. */
export function startRatingsServer(options?: {
  host?: string;
  port?: number;
  static?: string;
  pages?: Record<string, string>;
}): Promise<RatingsServer>;

/** How many entries of a ratings file say something. */
export function countRated(
  file: { ratings?: Record<string, { value?: string; applies?: boolean; done?: boolean; note?: string }> } | null | undefined,
): number;
