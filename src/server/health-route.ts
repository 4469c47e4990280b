// GET /health: a monitor's question "can this deployment answer?", which means
// the database answers. Says which release the bot currently answers from.

import { Hono } from "hono";
import type { HealthCheck } from "../domain/updates/ports.ts";
import type { ErrorLogger } from "./error-log.ts";

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
