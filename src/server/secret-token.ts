// Telegram sends the secret_token given to setWebhook in this header with every
// update; anything without it is not from Telegram and gets no further.

import type { MiddlewareHandler } from "hono";

const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

const encoder = new TextEncoder();

/** Answers 401 unless the request carries the secret. Reads no body and touches no storage. */
export function requireSecretToken(secret: string): MiddlewareHandler {
  if (secret === "") throw new Error("the webhook secret must not be empty");
  const expected = encoder.encode(secret);
  return async (c, next) => {
    const received = c.req.header(SECRET_HEADER);
    if (received === undefined || !constantTimeEqual(encoder.encode(received), expected)) {
      return c.json({ ok: false, error: "unauthorized" }, 401);
    }
    await next();
  };
}

/**
 * Compares every byte whatever the first difference, so the time taken does not
 * tell an attacker how much of a guess was right. (Only the length can leak,
 * and Telegram's secrets are 1-256 characters anyway.)
 */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
