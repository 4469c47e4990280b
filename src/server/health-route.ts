// GET /health: a monitor's question "can this deployment answer?", which means
// the database answers and accepts writes (every update's claim is one). Says
// which release the bot currently answers from, or why it cannot serve.

import { Hono } from "hono";
import type { HealthCheck, HealthReport } from "../domain/updates/ports.ts";
import type { ErrorLogger } from "./error-log.ts";

export function healthRoute(health: HealthCheck, logger: ErrorLogger): Hono {
  return new Hono().get("/", async (c) => {
    let report: HealthReport;
    try {
      report = await health();
    } catch (error) {
      logger.error("health check failed", error);
      return c.json({ ok: false }, 503);
    }
    if ("unhealthy" in report) {
      logger.error(`health check failed: ${report.unhealthy}`, report.error);
      return c.json({ ok: false, reason: report.unhealthy }, 503);
    }
    return c.json({ ok: true, release: report.releaseAsOf });
  });
}
