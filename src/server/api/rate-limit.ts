// Per-client rate limit of the open-data API (hono-rate-limiter, in memory).
// The client is Cloudflare's CF-Connecting-IP on Workers, the socket's address
// on Node, where that header could be sent by anyone and is not trusted.
// On Workers the count lives in one isolate: a limit per isolate, not a global
// one, which is enough to stop one client hammering the database.

import type { Context, MiddlewareHandler } from "hono";

export interface RateLimitOptions {
  /** Requests per window and client. Default 120. */
  limit?: number;
  /** Default one minute. */
  windowMs?: number;
}

/**
 * The limiter is made on the first request, not here: its store starts a
 * timer, which Workers allow only inside a request (and its module is loaded
 * then, off a Worker's start-up). Keep the returned middleware for the
 * process's (or isolate's) life so the counts persist.
 */
export function createApiRateLimit(options: RateLimitOptions = {}): MiddlewareHandler {
  let limiter: Promise<MiddlewareHandler> | undefined;
  return async (c, next) => {
    limiter ??= import("hono-rate-limiter").then(({ rateLimiter }) =>
      rateLimiter({
        windowMs: options.windowMs ?? 60_000,
        limit: options.limit ?? 120,
        standardHeaders: "draft-6",
        keyGenerator: clientKey,
        message: { ok: false, error: "too many requests: try again in a minute" },
      }),
    );
    return (await limiter)(c, next);
  };
}

/** The address the request came from, as the runtime knows it. */
export function clientKey(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  if (incoming !== undefined) return incoming.socket?.remoteAddress ?? "unknown";
  return c.req.header("cf-connecting-ip") ?? "unknown";
}
