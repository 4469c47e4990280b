// Broadcasting as an operator runs it: `npm start` polling a Bot API server on
// loopback delivers in its own process, and a release the CLI publishes into
// the same database file reaches a chat that subscribed through the bot. One
// Ctrl+C in the terminal (SIGINT to the whole process group: npm, tsx and the
// bot) stops it mid-broadcast: the messages in flight finish and are recorded,
// the rest wait, it exits 0, and a restart sends each of the rest once.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { prepareDatabase } from "../../src/store/db.ts";
import { DECEMBER_VALUES, outboxRows, subscribe, subscriber } from "../support/broadcast.ts";
import { type RunningProcess, runToEnd, start, startTsx } from "../support/child-process.ts";
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
  }, 60_000);
});

describe("one Ctrl+C under npm start, mid-broadcast", () => {
  it("finishes the messages in flight, hands the rest back, exits 0; a restart sends the rest once", async () => {
    const other = await startFakeBotApi(TEST_BOT_TOKEN);
    const url = `file:${join(dir, "ctrl-c.db")}`;
    const chats = Array.from({ length: 30 }, (_, i) => 880_000 + i);
    const { client } = await prepareDatabase({ url });
    await subscribe(client, ...chats.map((chat) => subscriber(chat)));
    const store = createAdminStore(client);
    const meta = {
      asOf: "2024-12-31",
      presentedOn: null,
      title: "Desember",
      source: "DKP3A",
      url: null,
    };
    const created = await store.drafts.create(meta, "cli", {
      asOf: meta.asOf,
      observations: DECEMBER_VALUES,
      targets: [],
    });
    if (!("ok" in created)) throw new Error("draft refused");
    await store.drafts.publish(created.ok.id, "cli", (id) => store.broadcasts.forRelease(id, null));
    // Slow answers, so that some sends are in flight when the signal comes.
    other.injectFaults("sendMessage", ...chats.map(() => ({ delayMs: 150 })));
    const settings = {
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      TELEGRAM_API_ROOT: other.apiRoot,
      DATABASE_URL: url,
      BROADCAST_POLL_SECONDS: "1",
    };
    const answered = () =>
      other.calls.filter((c) => c.method === "sendMessage" && other.statusOf(c) === 200);
    let restarted: RunningProcess | undefined;
    try {
      const npm = start("npm", ["start"], settings);
      await vi.waitFor(() => expect(answered().length).toBeGreaterThanOrEqual(5), {
        timeout: 30_000,
      });
      const pid = npm.child.pid ?? 0;
      // As a terminal does: the signal goes to every process in the foreground group.
      process.kill(-pid, "SIGINT");
      const { code, output } = await runToEnd(npm, 30_000);
      expect(code, `${npm.child.signalCode} ${output}`).toBe(0);

      const rows = await outboxRows(client);
      expect(rows.some((r) => r.status === "sending")).toBe(false);
      // Every message Telegram accepted is recorded as sent: none will go again.
      expect(rows.filter((r) => r.status === "sent")).toHaveLength(answered().length);
      expect(rows.some((r) => r.status === "pending" && r.attempts === 0)).toBe(true);

      restarted = startTsx("src/main.ts", [], settings);
      await vi.waitFor(() => expect(answered()).toHaveLength(chats.length), { timeout: 30_000 });
      const perChat = new Map<unknown, number>();
      for (const call of answered()) {
        perChat.set(call.payload.chat_id, (perChat.get(call.payload.chat_id) ?? 0) + 1);
      }
      expect(perChat.size).toBe(chats.length);
    } finally {
      await restarted?.stop();
      client.close();
      await other.close();
    }
  }, 120_000);
});
