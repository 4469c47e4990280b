// The Worker as Cloudflare runs it, end to end: wrangler bundles src/worker.ts
// and serves it from workerd; its database is a libSQL file served over HTTP by
// the dev Hrana server (as Turso serves one), its Bot API the fake on loopback.
// One wrangler serves every scenario here, in order: it costs seconds of CPU.
// So the open-data API's contract (test/api/contract-scenarios.ts) and source
// watching by the Cron Trigger run on it too; only the queue path, which needs
// another config, has a wrangler of its own (worker-queue.test.ts).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Client, createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HranaServer, startHranaServer } from "../../dev/hrana/server.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { describeApiContract } from "../api/contract-scenarios.ts";
import { subscribe, subscriber } from "../support/broadcast.ts";
import { bumpDataVersion } from "../support/data-version.ts";
import { type FakeBotApi, type RecordedCall, startFakeBotApi } from "../support/fake-bot-api.ts";
import { freePort } from "../support/free-port.ts";
import { preparedFile } from "../support/reference.ts";
import { privateTextUpdate, TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { startWranglerDev, type WranglerDev } from "../support/wrangler-dev.ts";
import { type FakeSite, fakeSite } from "../watch/fake-source-server.ts";
import { sentMessage } from "./support/sent-message.ts";
import { publishThroughWebhook, type Webhook, webhook } from "./support/webhook-admin.ts";

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
let hook: Webhook;
/** The test's own connection to the database file, for writes an admin would make elsewhere. */
let store: Client;
let site: FakeSite;

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
  hook = webhook({
    origin: worker.origin,
    secret: SECRET,
    telegram,
    output: worker.process.output,
  });
  store = createClient({ url: `file:${databasePath}` });
  site = await fakeSite();
}, STARTUP_MS + 30_000);

afterAll(async () => {
  await worker?.stop();
  await hrana?.close();
  await telegram?.close();
  await site?.close();
  store?.close();
  if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
});

describe("the Worker in workerd over a libSQL server", () => {
  it("answers a question sent to POST /telegram through the Bot API", async () => {
    const response = await hook.post(privateTextUpdate(hook.nextUpdateId(), 777_001, "IKD Kaltim"));
    expect(response.status).toBe(200);
    const reply = await sentTo(777_001);
    expect(String(reply.payload.text)).toContain("<b>IKD Kalimantan Timur</b>: 4,48%");
    expect(reply.payload.parse_mode).toBe("HTML");
  });

  it("answers a question with one database round trip: the claim rides with the facts", async () => {
    const before = hrana?.roundTrips() ?? 0;
    const response = await hook.post(privateTextUpdate(hook.nextUpdateId(), 777_004, "KIA Kaltim"));
    expect(response.status).toBe(200);
    await sentTo(777_004);
    expect((hrana?.roundTrips() ?? 0) - before).toBe(1);
  });

  it("processes a redelivered update once", async () => {
    const update = privateTextUpdate(hook.nextUpdateId(), 777_002, "KIA Berau");
    expect((await hook.post(update)).status).toBe(200);
    await sentTo(777_002);
    const again = await hook.post(update);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, duplicate: true });
    expect(messagesTo(777_002)).toHaveLength(1);
  });

  it("publishes a draft through the webhook; waitUntil starts the news, the Cron Trigger sends the rest", async () => {
    await publishThroughWebhook(
      hook,
      telegram,
      { drafter: OWNER, publisher: EDITOR },
      { value: "6,5", waitMs: WAIT_MS, output: worker.process.output },
    );
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
    const update = privateTextUpdate(hook.nextUpdateId(), 777_003, "KTP-el Kaltim");

    const down = await hook.post(update);
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
    const back = await hook.post(update);
    expect(back.status).toBe(200);
    await sentTo(777_003);
    expect((await hook.post(update)).status).toBe(200);
    expect(messagesTo(777_003)).toHaveLength(1);
    expect((await fetch(`${worker.origin}/health`)).status).toBe(200);
  });

  it("refuses a bad secret with 401 and unknown paths with JSON 404", async () => {
    const unauthorized = await hook.post(privateTextUpdate(hook.nextUpdateId(), 1, "x"), "wrong");
    expect(unauthorized.status).toBe(401);
    expect(await unauthorized.json()).toEqual({ ok: false, error: "unauthorized" });
    const missing = await fetch(`${worker.origin}/nowhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ ok: false, error: "not found" });
  });
});

describe("the open-data API on the Worker", () => {
  describeApiContract(() => ({
    request: (path, init) => fetch(`${worker.origin}/api/v1${path}`, init),
    changeData: async () => {
      await store.execute(bumpDataVersion);
    },
  }));
});

describe("source watching by the Cron Trigger", () => {
  it("finds a new article on a watched feed and sends the owner its candidate", async () => {
    // Watched from now on: the broadcast's Cron Trigger runs above fetched nothing.
    await createAdminStore(store).watchSources.add({
      url: `${site.base}/feed.xml`,
      kind: "feed",
      keywords: null,
      regionCode: null,
      createdBy: "test",
    });
    site.publish({
      path: "/daerah/akta-kutim",
      title: "Akta kelahiran anak di Kutai Timur",
      paragraphs: [
        "SANGATTA – Disdukcapil Kabupaten Kutai Timur mencatat kepemilikan akta kelahiran anak di Kabupaten Kutai Timur mencapai 91,3 persen per 31 Mei 2025.",
      ],
    });

    const cron = await fetch(`${worker.origin}/__scheduled?cron=*+*+*+*+*`);
    expect(cron.status).toBe(200);

    // The linkedom and Readability extraction ran inside workerd, without nodejs_compat.
    const sent = await sentMessage(telegram, worker, OWNER, WAIT_MS, (text) =>
      text.includes("Kandidat"),
    );
    const text = String(sent.payload.text);
    expect(text).toContain("Akta kelahiran Kabupaten Kutai Timur: 91,30%");
    expect(text).toContain("mencapai 91,3 persen per 31 Mei 2025");
    expect(text).toContain("Data per: 31 Mei 2025");
    expect(site.requests.map((r) => r.path)).toEqual(["/feed.xml", "/daerah/akta-kutim"]);
  });
});

describe("a chart", () => {
  // resvg's wasm and the fonts are started on the first chart (src/worker.ts).
  it("is drawn in workerd and sent as a PNG photo", async () => {
    const user = 777_010;
    const ask = privateTextUpdate(hook.nextUpdateId(), user, "IKD Balikpapan vs Berau");
    expect((await hook.post(ask)).status).toBe(200);
    const markup = (await sentTo(user)).payload.reply_markup as
      | { inline_keyboard: { text: string; callback_data?: string }[][] }
      | undefined;
    const button = markup?.inline_keyboard.flat().find((b) => b.callback_data?.startsWith("g:"));
    expect(button?.callback_data, "a chart button under the answer").toBeDefined();

    expect((await hook.press(user, button?.callback_data as string)).status).toBe(200);
    const photo = telegram.calls.find(
      ({ method, payload }) => method === "sendPhoto" && payload.chat_id === user,
    );
    const bytes = photo?.files?.photo?.bytes;
    expect(bytes, worker.process.output()).toBeDefined();
    const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    expect([...(bytes as Uint8Array).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect((bytes as Uint8Array).length).toBeGreaterThan(5_000);
  });
});

describe("a link an admin sends", () => {
  // Link reading is loaded on first use (src/worker.ts): here, in workerd.
  it("is fetched, read and offered for import", async () => {
    site.publish({
      path: "/daerah/ikd-berau",
      title: "IKD di Berau terus naik",
      paragraphs: [
        "TANJUNG REDEB – Disdukcapil Kabupaten Berau melaporkan aktivasi IKD di Kabupaten Berau sudah 12,5 persen per 30 April 2025.",
      ],
    });
    const update = privateTextUpdate(hook.nextUpdateId(), EDITOR, `${site.base}/daerah/ikd-berau`);
    expect((await hook.post(update)).status).toBe(200);
    const offer = messagesTo(EDITOR).at(-1);
    expect(String(offer?.payload.text), worker.process.output()).toContain(
      "IKD Kabupaten Berau: 12,50%",
    );
    expect(site.requests.at(-1)?.path).toBe("/daerah/ikd-berau");
  });
});

function messagesTo(chatId: number): RecordedCall[] {
  return telegram.calls.filter(
    ({ method, payload }) => method === "sendMessage" && payload.chat_id === chatId,
  );
}

function sentTo(chatId: number): Promise<RecordedCall> {
  return sentMessage(telegram, worker, chatId, WAIT_MS);
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
