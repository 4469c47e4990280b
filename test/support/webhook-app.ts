// The Hono app serving a bot over a real store, reached as Telegram reaches it:
// POST /telegram with (or without) the webhook secret. What the server hands
// the bot and what it logs are recorded.

import type { Client } from "@libsql/client";
import type { Update } from "grammy/types";
import type { Hono } from "hono";
import { createServer, type ServerOptions } from "../../src/server/create-server.ts";
import type { WebhookBot } from "../../src/server/telegram-route.ts";
import { createHealthCheck } from "../../src/store/health-check.ts";
import { createProcessedUpdates } from "../../src/store/processed-updates.ts";

export const WEBHOOK_SECRET = "test-webhook-secret_123";
export const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

export interface WebhookApp {
  app: Hono;
  /** Updates the server handed to the bot. */
  seen: Update[];
  /** Messages the server logged. */
  errors: string[];
  /** POST /telegram with a JSON content type and these headers. */
  post(body: RequestInit["body"], headers?: Record<string, string>): Promise<Response>;
  /** POST /telegram as Telegram does: the update, with the secret. */
  deliver(update: Update, secret?: string): Promise<Response>;
}

/** Claims and health go to the store's client unless the options say otherwise. */
export function webhookApp(
  bot: WebhookBot,
  store: { client: Client },
  options: Partial<ServerOptions> = {},
): WebhookApp {
  const seen: Update[] = [];
  const errors: string[] = [];
  const app = createServer({
    bot: {
      init: (signal) => bot.init(signal),
      handleUpdate: (update, envelope) => {
        seen.push(update);
        return bot.handleUpdate(update, envelope);
      },
    },
    webhookSecret: WEBHOOK_SECRET,
    updates: createProcessedUpdates(store.client),
    health: createHealthCheck(store.client),
    logger: { error: (message) => errors.push(message) },
    ...options,
  });
  const post = (body: RequestInit["body"], headers: Record<string, string> = {}) =>
    Promise.resolve(
      app.request("/telegram", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
        // Required by fetch's Request for a streamed body; harmless for the rest.
        duplex: "half",
      }),
    );
  return {
    app,
    seen,
    errors,
    post,
    deliver: (update, secret = WEBHOOK_SECRET) =>
      post(JSON.stringify(update), { [SECRET_HEADER]: secret }),
  };
}
