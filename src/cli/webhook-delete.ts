// `webhook:delete [--drop-pending-updates]`: back to getUpdates, e.g. before
// running the bot with long polling.

import { parseArgs } from "node:util";
import type { Command } from "./command.ts";
import { telegramApi } from "./telegram-api.ts";

export const webhookDelete: Command = async ({ env, args }) => {
  const { values } = parseArgs({ args, options: { "drop-pending-updates": { type: "boolean" } } });
  const dropPending = values["drop-pending-updates"] === true;
  await telegramApi(env).deleteWebhook({ drop_pending_updates: dropPending });
  return `webhook deleted${dropPending ? "; pending updates dropped" : ""}`;
};
