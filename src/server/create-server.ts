// The HTTP face of the bot, the same Hono app on Workers and on Node:
// POST /telegram (the webhook), GET /health and the open-data API under /api/v1;
// JSON for every other answer too.

import { Hono, type NotFoundHandler } from "hono";
import { LinearRouter } from "hono/router/linear-router";
import type { HealthCheck, ProcessedUpdates } from "../domain/updates/ports.ts";
import { lazyOpenDataApi } from "./api/lazy-open-data-api.ts";
import type { OpenDataApiOptions } from "./api/open-data-api.ts";
import type { ErrorLogger } from "./error-log.ts";
import { healthRoute } from "./health-route.ts";
import { telegramRoute, type WebhookBot } from "./telegram-route.ts";

export interface ServerOptions {
  /** Any grammY Bot; it needs botInfo or one getMe on the first update. */
  bot: WebhookBot;
  /** The secret_token given to setWebhook; requests without it get 401. */
  webhookSecret: string;
  updates: ProcessedUpdates;
  /**
   * Update ids whose claim could not be given back when the store failed, to
   * give back before the next claim. Default: the server's own; a Worker, which
   * builds a server per request, passes one it keeps for the isolate's life.
   */
  unreleasedClaims?: Set<number>;
  health: HealthCheck;
  /** Larger request bodies get 413. Default 1 MiB, far above any real update. */
  maxBodyBytes?: number;
  /**
   * After this long an update still being processed is answered 503 and left to
   * finish. Default 10 s, grammY's webhook default, well within Telegram's patience.
   */
  timeoutMs?: number;
  /** Default: console. */
  logger?: ErrorLogger;
  /**
   * Set where the app is built for every request (a Worker): Hono's default
   * router compiles its matcher on the first request an app serves, work
   * that is then thrown away with the app; LinearRouter compiles nothing.
   */
  builtPerRequest?: boolean;
  /** Serves GET /api/v1/… from this source (the API built on its first request); without it there is no API. */
  openData?: Omit<OpenDataApiOptions, "logger">;
}

const API_BASE = "/api/v1";

const notFound: NotFoundHandler = (c) => c.json({ ok: false, error: "not found" }, 404);

export function createServer(options: ServerOptions): Hono {
  const logger = options.logger ?? console;
  const app = options.builtPerRequest ? new Hono({ router: new LinearRouter() }) : new Hono();
  app.route(
    "/telegram",
    telegramRoute({
      bot: options.bot,
      webhookSecret: options.webhookSecret,
      updates: options.updates,
      unreleasedClaims: options.unreleasedClaims ?? new Set(),
      maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
      timeoutMs: options.timeoutMs ?? 10_000,
      logger,
    }),
  );
  app.route("/health", healthRoute(options.health, logger));
  if (options.openData) {
    app.route(API_BASE, lazyOpenDataApi(API_BASE, { ...options.openData, logger }, notFound));
  }
  app.notFound(notFound);
  // Whatever went wrong stays in the log; the caller learns only that it did.
  app.onError((error, c) => {
    logger.error(`${c.req.method} ${c.req.path} failed`, error);
    return c.json({ ok: false, error: "internal error" }, 500);
  });
  return app;
}
