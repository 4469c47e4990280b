// One update through the whole stack: an HTTP request into the Hono app
// (secret check, update_id claim), grammY, the engine, and the reply captured
// at the Bot API transformer. Embedded file database, as `npm start` uses.
// Also resident memory before and after many updates, to show no growth.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { createBot } from "../src/bot/create-bot.ts";
import { createEngine } from "../src/domain/engine.ts";
import { createServer } from "../src/server/create-server.ts";
import { prepareDatabase } from "../src/store/db.ts";
import { createFactsSource } from "../src/store/facts-repository.ts";
import { createHealthCheck } from "../src/store/health-check.ts";
import { createProcessedUpdates } from "../src/store/processed-updates.ts";
import { captureApiCalls } from "../test/support/api-calls.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../test/support/telegram-updates.ts";
import { mixedUpdate } from "./mixed-updates.ts";
import { settledRssMiB, type Timing, time, turnEventLoop } from "./stats.ts";

const SECRET = "bench-secret";

export interface WholeStackBench extends Timing {
  rssBeforeMiB: number;
  rssAfterMiB: number;
  updatesForMemory: number;
}

export async function benchWholeStack(options: {
  updates: number;
  memoryUpdates: number;
}): Promise<WholeStackBench> {
  const dir = mkdtempSync(join(tmpdir(), "tanya-stack-"));
  try {
    const { client } = await prepareDatabase({ url: `file:${join(dir, "stack.db")}` });
    const engine = createEngine({ facts: createFactsSource(client) });
    const bot = createBot(
      { token: TEST_BOT_TOKEN, botInfo: TEST_BOT_INFO, adminUserIds: [], floodLimit: false },
      { engine },
    );
    const calls = captureApiCalls(bot);
    const app = createServer({
      bot,
      webhookSecret: SECRET,
      updates: createProcessedUpdates(client),
      health: createHealthCheck(client),
    });
    const post = async (update: Update) => {
      const response = await app.request("/telegram", {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(update),
      });
      if (response.status !== 200)
        throw new Error(`update ${update.update_id}: HTTP ${response.status}`);
      calls.length = 0;
    };

    const updates = Array.from({ length: options.updates }, (_, i) => mixedUpdate(i));
    // time() runs a warm-up pass first; fresh update ids keep the de-dup claim honest.
    let pass = 0;
    const timing = await time(updates, (update) =>
      post({ ...update, update_id: update.update_id + pass++ * 1e6 }),
    );

    const rssBeforeMiB = await settledRssMiB();
    for (let i = 0; i < options.memoryUpdates; i++) {
      await post({ ...mixedUpdate(i), update_id: 5e7 + i });
      await turnEventLoop();
    }
    const rssAfterMiB = await settledRssMiB();
    client.close();
    return { ...timing, rssBeforeMiB, rssAfterMiB, updatesForMemory: options.memoryUpdates };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
