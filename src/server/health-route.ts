// GET /health: a monitor's question "can this deployment answer?", which means
// the database answers. Says which release the bot currently answers from.

import { Hono } from "hono";
import type { ErrorLogger } from "./error-log.ts";

/** Reads the current release's as-of date (ISO) from the store; null when none is published. */
export type HealthCheck = () => Promise<{ releaseAsOf: string | null }>;

export function healthRoute(health: HealthCheck, logger: ErrorLogger): Hono {
  return new Hono().get("/", async (c) => {
    try {
      const { releaseAsOf } = await health();
      return c.json({ ok: true, release: releaseAsOf });
    } catch (error) {
      logger.error("health check failed", error);
      return c.json({ ok: false }, 503);
    }
  });
}
