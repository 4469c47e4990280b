import type { Command } from "./command.ts";
import { telegramApi } from "./telegram-api.ts";

/** `webhook:info`: Telegram's view of the webhook (URL, pending updates, last error) as JSON. */
export const webhookInfo: Command = async ({ env }) =>
  JSON.stringify(await telegramApi(env).getWebhookInfo());
