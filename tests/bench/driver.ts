/**
 * The load driver: an undici connection pool to the API with keep-alive connections, one
 * latency figure per request (measured from the moment the request is handed to the pool
 * until its body has been read), and the calls a side panel makes. It never throws for an
 * HTTP or network failure: a reply with status 0 is a request that got no answer at all.
 */
import { Pool } from 'undici';

export interface Reply<T = unknown> {
  status: number;
  ms: number;
  etag?: string;
  /** The handler's own time, from the `Server-Timing: app;dur=…` header the API sets. */
  serverMs?: number;
  body?: T;
  /** Network failure or timeout: the request has no HTTP status. */
  error?: string;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Parse the body as JSON (default) or drop it unread. */
  read?: 'json' | 'discard';
}

export interface ApiDriver {
  readonly origin: string;
  call<T = unknown>(method: string, path: string, options?: CallOptions): Promise<Reply<T>>;
  /** Requests handed to the pool and not answered yet. */
  inFlight(): number;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** Keep-alive connections the pool may open: the most requests that are in flight at once. */
  connections: number;
  timeoutMs?: number;
}

export function apiDriver(origin: string, options: DriverOptions): ApiDriver {
  const pool = new Pool(origin, {
    connections: options.connections,
    pipelining: 1,
    keepAliveTimeout: 60_000,
    headersTimeout: options.timeoutMs ?? 15_000,
    bodyTimeout: options.timeoutMs ?? 15_000,
  });
  let inFlight = 0;
  return {
    origin,
    async call<T>(method: string, path: string, call: CallOptions = {}): Promise<Reply<T>> {
      const headers: Record<string, string> = { ...call.headers };
      if (call.token) headers.authorization = `Bearer ${call.token}`;
      let body: string | undefined;
      if (call.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(call.body);
      }
      inFlight += 1;
      const started = performance.now();
      try {
        const response = await pool.request({ method: method as 'GET', path, headers, body });
        let parsed: T | undefined;
        if (call.read === 'discard') {
          await response.body.dump();
        } else {
          const text = await response.body.text();
          parsed = text ? (JSON.parse(text) as T) : undefined;
        }
        const etag = response.headers.etag;
        const timing = /(?:^|,)\s*app;dur=([\d.]+)/.exec(String(response.headers['server-timing'] ?? ''));
        return {
          status: response.statusCode,
          ms: performance.now() - started,
          etag: typeof etag === 'string' ? etag : undefined,
          serverMs: timing ? Number(timing[1]) : undefined,
          body: parsed,
        };
      } catch (error) {
        return { status: 0, ms: performance.now() - started, error: (error as Error).message };
      } finally {
        inFlight -= 1;
      }
    },
    inFlight: () => inFlight,
    close: () => pool.close(),
  };
}

/** Throws unless the reply has the expected status: for setup steps, not for measured ones. */
export function expectStatus<T>(reply: Reply<T>, status: number, what: string): T {
  if (reply.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${reply.status} ${reply.error ?? JSON.stringify(reply.body)}`);
  }
  return reply.body as T;
}

/** Runs `work` over `items` with at most `concurrency` at once, in order of the items. */
export async function forEachLimited<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A deterministic pseudo-random source, so two runs simulate the same meeting. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // A linear congruential generator: plenty for spreading clicks over time.
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
