// The Bot API client for operator commands: TELEGRAM_BOT_TOKEN, and
// TELEGRAM_API_ROOT for another Bot API server.

import { Api } from "grammy";
import { createConfig } from "../config.ts";

export function telegramApi(env: Readonly<Record<string, string | undefined>>): Api {
  const { botToken, apiRoot } = createConfig(env);
  if (botToken === undefined) throw new Error("TELEGRAM_BOT_TOKEN is not set");
  return new Api(botToken, { apiRoot });
}
