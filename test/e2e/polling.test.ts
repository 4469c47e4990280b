// `npm start` with a token, as a new user runs it: a real process polling a Bot
// API server on loopback, with a fresh embedded database (migrated and seeded on
// first run).

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningProcess, startTsx } from "../support/child-process.ts";
import { type FakeBotApi, startFakeBotApi } from "../support/fake-bot-api.ts";
import { privateTextUpdate, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

const USER = 777001;

let telegram: FakeBotApi;
let bot: RunningProcess;
let dataDir: string;

beforeAll(async () => {
  telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  dataDir = await mkdtemp(join(tmpdir(), "tanya-e2e-"));
  bot = startTsx("src/main.ts", [], {
    TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    DATABASE_URL: `file:${join(dataDir, "e2e.db")}`,
  });
});

afterAll(async () => {
  await bot?.stop();
  await telegram?.close();
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
});

describe("npm start with TELEGRAM_BOT_TOKEN", () => {
  it("answers a user's question in a private chat", async () => {
    telegram.enqueue((updateId) =>
      privateTextUpdate(updateId, USER, "kabupaten mana KIA terendah?"),
    );

    const answer = await telegram
      .waitForCall(
        ({ method, payload }) => method === "sendMessage" && payload.chat_id === USER,
        20_000,
      )
      .catch((error: unknown) => {
        throw new Error(`${String(error)}\n--- bot output ---\n${bot.output()}`);
      });

    expect(answer.payload.text).toContain("Kabupaten Kutai Barat");
    expect(answer.payload.text).toContain("54,67%");
    // npm start seeds every release: a newer one states KIA without naming regions, and the reply says so.
    expect(answer.payload.text).toContain("menurut rilis 13 Juni 2024; rilis yang lebih baru");
    // Long polling only works once any webhook is gone.
    const methods = telegram.calls.map((call) => call.method);
    expect(methods.indexOf("deleteWebhook")).toBeLessThan(methods.indexOf("getUpdates"));
  });
});
