// The Worker as Cloudflare runs it, end to end: wrangler bundles src/worker.ts
// and serves it from workerd; its database is a libSQL file served over HTTP by
// the dev Hrana server (as Turso serves one), its Bot API the fake on loopback.
// One wrangler serves every scenario here, in order: it costs seconds of CPU.

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HranaServer, startHranaServer } from "../../dev/hrana/server.ts";
import { subscribe, subscriber } from "../support/broadcast.ts";
import { type FakeBotApi, type RecordedCall, startFakeBotApi } from "../support/fake-bot-api.ts";
import { freePort } from "../support/free-port.ts";
import { preparedFile } from "../support/reference.ts";
import { privateTextUpdate, TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { startWranglerDev, type WranglerDev } from "../support/wrangler-dev.ts";

const SECRET = "worker-end-to-end-secret";
const STARTUP_MS = 60_000;
const WAIT_MS = 30_000;
const OWNER = 7001;
/** A second admin: the flood limit allows one user 3 updates in 2 s, and a draft takes 4. */
const EDITOR = 7002;
/** Subscribers to the news: more than one invocation's 50 subrequests can reach. */
const SUBSCRIBERS = Array.from({ length: 60 }, (_, i) => 900_001 + i);

let directory: string;
let databasePath: string;
let hranaPort: number;
let hrana: HranaServer | undefined;
let telegram: FakeBotApi;
let worker: WranglerDev;
let nextUpdateId = 1;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "tanya-worker-"));
  databasePath = join(directory, "tanya.db");
  const database = await preparedFile({ url: `file:${databasePath}` });
  await subscribe(database.client, ...SUBSCRIBERS.map((chatId) => subscriber(chatId)));
  database.client.close();
  hranaPort = await freePort();
  hrana = await startHranaServer({ path: databasePath, port: hranaPort });
  telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  worker = await startWranglerDev(
    {
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      WEBHOOK_SECRET: SECRET,
      BOT_INFO: JSON.stringify(TEST_BOT_INFO),
      DATABASE_URL: hrana.url,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ADMIN_USER_IDS: `${OWNER},${EDITOR}`,
      BROADCAST_RATE_PER_SECOND: "100",
    },
    STARTUP_MS,
  );
}, STARTUP_MS + 30_000);

afterAll(async () => {
  await worker?.stop();
  await hrana?.close();
  await telegram?.close();
  if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
});

describe("the Worker in workerd over a libSQL server", () => {
  it("answers a question sent to POST /telegram through the Bot API", async () => {
    const response = await postUpdate(privateTextUpdate(nextUpdateId++, 777_001, "IKD Kaltim"));
    expect(response.status).toBe(200);
    const reply = await sentTo(777_001);
    expect(String(reply.payload.text)).toContain("<b>IKD Kalimantan Timur</b>: 4,48%");
    expect(reply.payload.parse_mode).toBe("HTML");
  });

  it("answers a question with one database round trip: the claim rides with the facts", async () => {
    const before = hrana?.roundTrips() ?? 0;
    const response = await postUpdate(privateTextUpdate(nextUpdateId++, 777_004, "KIA Kaltim"));
    expect(response.status).toBe(200);
    await sentTo(777_004);
    expect((hrana?.roundTrips() ?? 0) - before).toBe(1);
  });

  it("processes a redelivered update once", async () => {
    const update = privateTextUpdate(nextUpdateId++, 777_002, "KIA Berau");
    expect((await postUpdate(update)).status).toBe(200);
    await sentTo(777_002);
    const again = await postUpdate(update);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    expect(messagesTo(777_002)).toHaveLength(1);
  });

  it("publishes a draft through the webhook; waitUntil starts the news, the Cron Trigger sends the rest", async () => {
    await adminSays(OWNER, "/draf 2024-12-31 | Capaian adminduk Kaltim Desember 2024 | DKP3A");
    await adminSays(OWNER, "/ubah ikd kaltim 6,5");
    const preview = await adminSays(EDITOR, "/pratinjau");
    const publish = buttonData(preview, "Terbitkan");

    const pressed = await postUpdate(press(nextUpdateId++, EDITOR, publish));
    expect(pressed.status).toBe(200);
    await telegram
      .waitForCall(
        ({ method, payload }) =>
          method === "sendMessage" &&
          payload.chat_id === EDITOR &&
          String(payload.text).includes("Diterbitkan"),
        WAIT_MS,
      )
      .catch((error: unknown) => {
        const said = telegram.calls.slice(-5);
        throw new Error(`${String(error)}: ${JSON.stringify(said)}\n${worker.process.output()}`);
      });
    // The webhook answered; the news went on in waitUntil, within the subrequests
    // left to that invocation: some subscribers, never all 60.
    await sentTo(SUBSCRIBERS[0] ?? 0);
    const beforeCron = new Set(newsMessages().map(({ payload }) => payload.chat_id)).size;
    expect(beforeCron).toBeGreaterThan(0);
    expect(beforeCron).toBeLessThan(SUBSCRIBERS.length);

    // Each Cron Trigger run delivers what is due until every subscriber has it.
    for (let run = 0; run < 10 && distinctNewsChats() < SUBSCRIBERS.length; run++) {
      const cron = await fetch(`${worker.origin}/__scheduled?cron=*+*+*+*+*`);
      expect(cron.status).toBe(200);
    }
    expect(distinctNewsChats()).toBe(SUBSCRIBERS.length);
    // Exactly once each, though the webhook's delivery and the cron's overlapped.
    expect(newsMessages()).toHaveLength(SUBSCRIBERS.length);
    expect(String(newsMessages()[0]?.payload.text)).toContain("6,50%");
  }, 90_000);

  it("answers 503 while the database is down, then processes the redelivery once", async () => {
    await hrana?.close();
    hrana = undefined;
    const update = privateTextUpdate(nextUpdateId++, 777_003, "KTP-el Kaltim");

    const down = await postUpdate(update);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, error: "store unavailable" });
    const health = await fetch(`${worker.origin}/health`);
    expect(health.status).toBe(503);
    const cron = await fetch(`${worker.origin}/__scheduled?cron=*+*+*+*+*`);
    expect(cron.status).toBe(200);
    await expect
      .poll(() => worker.process.output(), { timeout: WAIT_MS })
      .toContain("delivery run failed");
    expect(messagesTo(777_003)).toHaveLength(0);

    hrana = await startHranaServer({ path: databasePath, port: hranaPort });
    const back = await postUpdate(update);
    expect(back.status).toBe(200);
    await sentTo(777_003);
    expect((await postUpdate(update)).status).toBe(200);
    expect(messagesTo(777_003)).toHaveLength(1);
    expect((await fetch(`${worker.origin}/health`)).status).toBe(200);
  });

  it("refuses a bad secret with 401 and unknown paths with JSON 404", async () => {
    const unauthorized = await postUpdate(privateTextUpdate(nextUpdateId++, 1, "x"), "wrong");
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toEqual({ ok: false, error: "unauthorized" });
    const missing = await fetch(`${worker.origin}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ ok: false, error: "not found" });
  });
});

function postUpdate(update: Update, secret = SECRET): Promise<Response> {
  return fetch(`${worker.origin}/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret },
    body: JSON.stringify(update),
  });
}

/** An admin's command through the webhook; resolves with the bot's reply to it. */
async function adminSays(admin: number, text: string): Promise<RecordedCall> {
  const before = messagesTo(admin).length;
  const command = text.split(" ")[0] ?? text;
  const update = privateTextUpdate(nextUpdateId++, admin, text);
  if (update.message) {
    Object.assign(update.message, {
      entities: [{ type: "bot_command", offset: 0, length: command.length }],
    });
  }
  const response = await postUpdate(update);
  expect(response.status, worker.process.output()).toBe(200);
  const reply = messagesTo(admin)[before];
  if (reply === undefined) throw new Error(`no reply to ${text}\n${worker.process.output()}`);
  return reply;
}

function press(updateId: number, admin: number, data: string): Update {
  const from = { id: admin, is_bot: false, first_name: "Admin", language_code: "id" };
  return {
    update_id: updateId,
    callback_query: {
      id: `cb${updateId}`,
      from,
      chat_instance: "worker-test",
      data,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: admin, type: "private", first_name: "Admin" },
        text: "…",
      },
    },
  };
}

function buttonData(call: RecordedCall, label: string): string {
  const markup = call.payload.reply_markup as
    | { inline_keyboard: { text: string; callback_data?: string }[][] }
    | undefined;
  const button = markup?.inline_keyboard.flat().find((b) => b.text === label);
  if (button?.callback_data === undefined) throw new Error(`no ${label} button in the preview`);
  return button.callback_data;
}

function messagesTo(chatId: number): RecordedCall[] {
  return telegram.calls.filter(
    ({ method, payload }) => method === "sendMessage" && payload.chat_id === chatId,
  );
}

function sentTo(chatId: number): Promise<RecordedCall> {
  return telegram
    .waitForCall(
      ({ method, payload }) => method === "sendMessage" && payload.chat_id === chatId,
      WAIT_MS,
    )
    .catch((error: unknown) => {
      throw new Error(`${String(error)}\n--- wrangler output ---\n${worker.process.output()}`);
    });
}

function newsMessages(): RecordedCall[] {
  const subscribers = new Set<unknown>(SUBSCRIBERS);
  return telegram.calls.filter(
    ({ method, payload }) => method === "sendMessage" && subscribers.has(payload.chat_id),
  );
}

function distinctNewsChats(): number {
  return new Set(newsMessages().map(({ payload }) => payload.chat_id)).size;
}
