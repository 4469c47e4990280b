// Long polling with grammY's runner: updates are handled concurrently, so one
// chat's slow or throttled reply (auto-retry sleeping out a 429's retry_after)
// does not hold every other chat's answer; the bot keeps each chat's updates
// in order itself (createBot's sequentialPerChat). Stopping ends the pending
// getUpdates, lets the handlers under way finish, and confirms the updates
// handled to Telegram, so none is handled again after a restart.

import {
  createConcurrentSink,
  createRunner,
  createSource,
  createUpdateFetcher,
} from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "./bot/context.ts";

export interface Polling {
  /** Resolves once polling has stopped, with every update taken on handled. */
  stop(): Promise<void>;
  /** Resolves when polling stops, or rejects when Telegram refuses it for good (401, 409). */
  done: Promise<void>;
}

export async function pollConcurrently(
  bot: Bot<BotContext>,
  allowedUpdates: readonly Exclude<keyof Update, "update_id">[],
): Promise<Polling> {
  await bot.init();
  // Telegram refuses getUpdates while a webhook is set (bot.start does the same).
  await bot.api.deleteWebhook();
  let lastUpdateId: number | undefined;
  const fetchUpdates = createUpdateFetcher(bot, { fetch: { allowed_updates: allowedUpdates } });
  const source = createSource({ supply: fetchUpdates });
  const sink = createConcurrentSink<Update>(
    {
      consume: async (update) => {
        lastUpdateId = Math.max(lastUpdateId ?? update.update_id, update.update_id);
        await bot.handleUpdate(update);
      },
    },
    async (error) => {
      await bot.errorHandler(error as Parameters<typeof bot.errorHandler>[0]);
    },
  );
  const runner = createRunner(source, sink);
  runner.start();
  const done = runner.task() ?? Promise.resolve();
  return {
    done,
    async stop() {
      await runner.stop();
      if (lastUpdateId === undefined) return;
      // Marks everything up to the last update as handled, as bot.stop() does.
      await bot.api.getUpdates({ offset: lastUpdateId + 1, limit: 1, timeout: 0 });
    },
  };
}
