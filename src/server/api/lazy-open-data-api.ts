// The open-data API made on its first request. Its OpenAPI document, valibot's
// JSON Schema conversion and the rate limiter are large and seldom needed: a
// Worker whose isolate only answers Telegram never evaluates them, and its
// start-up stays short. Built once, it serves every later request.

import { Hono, type NotFoundHandler } from "hono";
import type { OpenDataApiOptions } from "./open-data-api.ts";

/**
 * An app for `app.route(base, …)` that hands each request under `base` to the
 * real API, built on first use. A path the API does not serve gets `notFound`
 * (the outer app's), after the API's middleware (CORS, the rate limit), as
 * when the API is mounted directly.
 */
export function lazyOpenDataApi(
  base: string,
  options: OpenDataApiOptions,
  notFound: NotFoundHandler,
): Hono {
  let built: Promise<Hono> | undefined;
  return new Hono().all("*", async (c) => {
    built ??= import("./open-data-api.ts").then(({ openDataApi }) =>
      new Hono().route(base, openDataApi(options)).notFound(notFound),
    );
    return (await built).fetch(c.req.raw, c.env, executionContextOf(c));
  });
}

/** Workers' ExecutionContext; absent on Node, where Hono's getter throws. */
function executionContextOf(c: { executionCtx: unknown }) {
  try {
    return c.executionCtx as Parameters<Hono["fetch"]>[2];
  } catch {
    return undefined;
  }
}
