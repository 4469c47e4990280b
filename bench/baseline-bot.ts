// The smallest fair baseline for the ratios of `npm run bench -- ratios`: a
// grammY bot that answers every message with one constant text (one
// sendMessage, as a question to the project costs one), behind the same
// webhook shape as the project's: Hono, POST /telegram, the secret header
// checked before the body is read. No store, no engine, no claim. Web-safe,
// so the same app serves from Node (baseline-server.ts) and from workerd
// (baseline-worker.ts).

import { Bot, webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { Hono } from "hono";

export const BASELINE_REPLY = "Baseline: a constant reply.";

export interface BaselineSettings {
  token: string;
  secret: string;
  botInfo: UserFromGetMe;
  apiRoot: string;
}

export function createBaselineApp(settings: BaselineSettings): Hono {
  const bot = new Bot(settings.token, {
    botInfo: settings.botInfo,
    client: { apiRoot: settings.apiRoot },
  });
  bot.on("message", (ctx) => ctx.api.sendMessage(ctx.chat.id, BASELINE_REPLY));
  const app = new Hono();
  // grammY's own adapter checks X-Telegram-Bot-Api-Secret-Token (401 otherwise)
  // and answers 200 once the handler, and so the sendMessage, has ended.
  app.post("/telegram", webhookCallback(bot, "hono", { secretToken: settings.secret }));
  return app;
}
