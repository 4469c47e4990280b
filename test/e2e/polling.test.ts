// `npm start` with a token, as a new user runs it: a real process polling a Bot
// API server on loopback, with a fresh embedded database (migrated and seeded on
// first run). Chats are served concurrently: one chat's throttled reply does
// not hold another's.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type RunningProcess, startTsx } from "../support/child-process.ts";
import { type FakeBotApi, startFakeBotApi } from "../support/fake-bot-api.ts";
import { privateTextUpdate, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

const USER = 777001;
const THROTTLED = 777003;
const OTHER = 777004;

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

  it("answers another chat while one chat's reply waits out a 429", async () => {
    // Telegram's flood control asks the bot to wait 5 s before answering this chat again.
    telegram.injectChatFaults(THROTTLED, {
      status: 429,
      description: "Too Many Requests: retry after 5",
      retryAfterSeconds: 5,
    });
    telegram.enqueue((updateId) => privateTextUpdate(updateId, THROTTLED, "KIA Kaltim"));
    telegram.enqueue((updateId) => privateTextUpdate(updateId, OTHER, "IKD Kaltim"));
    const answered = (chatId: number) =>
      telegram.calls.some(
        (call) =>
          call.method === "sendMessage" &&
          call.payload.chat_id === chatId &&
          telegram.statusOf(call) === 200,
      );
    // The throttled chat's reply was refused first...
    await telegram.waitForCall(
      ({ method, payload }) => method === "sendMessage" && payload.chat_id === THROTTLED,
      20_000,
    );
    // ...and the other chat has its answer while that one still waits.
    await vi.waitFor(() => expect(answered(OTHER)).toBe(true), { timeout: 20_000 });
    expect(answered(THROTTLED)).toBe(false);
    await vi.waitFor(() => expect(answered(THROTTLED)).toBe(true), { timeout: 20_000 });
  });
});
