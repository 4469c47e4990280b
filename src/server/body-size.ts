// The webhook's cap on request bodies. hono's bodyLimit looks at the body
// stream of every request, even one whose Content-Length already says its
// size, and on @hono/node-server that turns the request into a full web
// Request with a ReadableStream body, which the update is then read through:
// about 5% of the server's time at saturation. Telegram always sends a
// Content-Length (and Node's parser holds the body to it), so that is checked
// as it is and the body is then read on node-server's direct path; a body
// without one (chunked) goes through bodyLimit, which counts as it reads.

import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

export function limitBodySize(
  maxBytes: number,
  onTooLarge: (c: Context) => Response,
): MiddlewareHandler {
  const counting = bodyLimit({ maxSize: maxBytes, onError: onTooLarge });
  return async (c, next) => {
    const declared = c.req.header("content-length");
    if (declared === undefined || c.req.header("transfer-encoding") !== undefined) {
      return counting(c, next);
    }
    if (Number(declared) > maxBytes) return onTooLarge(c);
    await next();
  };
}
