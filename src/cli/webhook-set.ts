// `webhook:set [--url URL] [--drop-pending-updates]`: tells Telegram where to
// deliver updates (POST /telegram of a deployment) and the secret to send along.

import { parseArgs } from "node:util";
import { createConfig } from "../config.ts";
import { ALLOWED_UPDATES } from "../server/allowed-updates.ts";
import type { Command } from "./command.ts";
import { telegramApi } from "./telegram-api.ts";

export const webhookSet: Command = async ({ env, args }) => {
  const { values } = parseArgs({
    args,
    options: { url: { type: "string" }, "drop-pending-updates": { type: "boolean" } },
  });
  const { webhookUrl, webhookSecret } = createConfig(env);
  const url = values.url ?? webhookUrl;
  if (url === undefined) throw new Error("set WEBHOOK_URL or pass --url https://…/telegram");
  refuseUnlessHttps(url);
  // The server answers 401 to every update without the secret, so a webhook without one is dead.
  if (webhookSecret === undefined) throw new Error("WEBHOOK_SECRET is not set");
  const dropPending = values["drop-pending-updates"] === true;
  await telegramApi(env).setWebhook(url, {
    secret_token: webhookSecret,
    allowed_updates: [...ALLOWED_UPDATES],
    drop_pending_updates: dropPending,
  });
  return `webhook set: ${url} (updates: ${ALLOWED_UPDATES.join(", ")}${dropPending ? "; pending updates dropped" : ""})`;
};

/**
 * Telegram delivers webhooks over HTTPS only, and the secret travels in every
 * delivery's headers: an http:// address would be refused by Telegram at best.
 */
function refuseUnlessHttps(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error(`the webhook URL is not a URL: ${url}`);
  }
  if (protocol !== "https:") {
    throw new Error(
      `the webhook URL must start with https:// (Telegram delivers only over HTTPS): ${url}`,
    );
  }
}
