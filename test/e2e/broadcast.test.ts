// Broadcasting as an operator runs it: `npm start` polling a Bot API server on
// loopback delivers in its own process, and a release the CLI publishes into
// the same database file reaches a chat that subscribed through the bot.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningProcess, runToEnd, startTsx } from "../support/child-process.ts";
import { type FakeBotApi, type RecordedCall, startFakeBotApi } from "../support/fake-bot-api.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

const READER = 777_002;

let telegram: FakeBotApi;
let bot: RunningProcess;
let dir: string;
let env: Record<string, string>;

beforeAll(async () => {
  telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  dir = await mkdtemp(join(tmpdir(), "tanya-e2e-broadcast-"));
  env = {
    TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    DATABASE_URL: `file:${join(dir, "tanya.db")}`,
    BROADCAST_POLL_SECONDS: "1",
  };
  bot = startTsx("src/main.ts", [], env);
});

afterAll(async () => {
  await bot?.stop();
  await telegram?.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

function command(updateId: number, text: string): Update {
  const from = { id: READER, is_bot: false, first_name: "Ani", language_code: "id" };
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: READER, type: "private", first_name: "Ani" },
      from,
      text,
      entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]?.length ?? 0 }],
    },
  };
}

function sentToReader(containing: string): Promise<RecordedCall> {
  return telegram
    .waitForCall(
      ({ method, payload }) =>
        method === "sendMessage" &&
        payload.chat_id === READER &&
        String(payload.text).includes(containing),
      20_000,
    )
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\n--- bot output ---\n${bot.output()}`);
    });
}

describe("npm start with a token", () => {
  it("delivers a release the CLI publishes into its database to a chat that subscribed", async () => {
    telegram.enqueue((updateId) => command(updateId, "/langganan ikd"));
    await sentToReader("Berlangganan.");

    const csv = join(dir, "desember.csv");
    await writeFile(csv, "kaltim;ikd;6,5\nberau;ikd;2,5\n");
    const published = await runToEnd(
      startTsx(
        "src/cli/main.ts",
        ["import", csv, "--publish", "--as-of", "2024-12-31", "--source", "DKP3A Kaltim"],
        { DATABASE_URL: env.DATABASE_URL ?? "" },
      ),
      30_000,
    );
    expect(published.code).toBe(0);

    const news = await sentToReader("Rilis data baru");
    expect(news.payload.text).toContain("<b>IKD Kalimantan Timur</b>: 6,50%, naik 2,02 poin");
    const sends = telegram.calls.filter(
      (c) => c.method === "sendMessage" && String(c.payload.text).includes("Rilis data baru"),
    );
    expect(sends).toHaveLength(1);
  });
});
