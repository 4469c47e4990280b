// The Worker's broadcast through Cloudflare Queues, in workerd: wrangler dev
// with wrangler.toml's queue sections switched on (test/workers/support/
// queue-config.ts), its database a libSQL file behind the dev Hrana server,
// its Bot API the fake on loopback. A release published through the webhook
// reaches 1,000 subscribers through the local queue and its consumer, each
// exactly once, three of them after a 429 sent their messages back to the
// queue with retry_after's delay. The throughput is printed (reported, not
// asserted).

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HranaServer, startHranaServer } from "../../dev/hrana/server.ts";
import { subscribe, subscriber } from "../support/broadcast.ts";
import { type FakeBotApi, type RecordedCall, startFakeBotApi } from "../support/fake-bot-api.ts";
import { preparedFile } from "../support/reference.ts";
import { TEST_BOT_INFO, TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import { startWranglerDev, type WranglerDev } from "../support/wrangler-dev.ts";
import { writeQueueConfig } from "./support/queue-config.ts";
import { sentMessage } from "./support/sent-message.ts";
import { publishThroughWebhook, type Webhook, webhook } from "./support/webhook-admin.ts";

const SECRET = "worker-queue-secret";
const STARTUP_MS = 60_000;
/** At Telegram's 25 messages a second, 1,000 take 40 s; room for a busy machine. */
const DELIVERY_MS = 240_000;
const WAIT_MS = 30_000;
const OWNER = 7001;
const EDITOR = 7002;
const SUBSCRIBERS = Array.from({ length: 1_000 }, (_, i) => 800_001 + i);
/** Subscribers whose first send Telegram answers 429: their queue messages come back delayed. */
const THROTTLED = [800_010, 800_500, 800_990];

let directory: string;
let hrana: HranaServer;
let telegram: FakeBotApi;
let worker: WranglerDev;
let hook: Webhook;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "tanya-worker-queue-"));
  const databasePath = join(directory, "tanya.db");
  const database = await preparedFile({ url: `file:${databasePath}` });
  await subscribe(database.client, ...SUBSCRIBERS.map((chatId) => subscriber(chatId)));
  database.client.close();
  hrana = await startHranaServer({ path: databasePath });
  telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  worker = await startWranglerDev(
    {
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      WEBHOOK_SECRET: SECRET,
      BOT_INFO: JSON.stringify(TEST_BOT_INFO),
      DATABASE_URL: hrana.url,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ADMIN_USER_IDS: `${OWNER},${EDITOR}`,
    },
    STARTUP_MS,
    { config: writeQueueConfig(directory), persistTo: join(directory, "state") },
  );
  hook = webhook({
    origin: worker.origin,
    secret: SECRET,
    telegram,
    output: worker.process.output,
  });
}, STARTUP_MS + 30_000);

afterAll(async () => {
  await worker?.stop();
  await hrana?.close();
  await telegram?.close();
  if (directory !== undefined) rmSync(directory, { recursive: true, force: true });
});

describe("the Worker's broadcast through a queue", () => {
  it(
    "delivers a release to 1,000 subscribers: none lost, none twice, 429s retried after their delay",
    async () => {
      for (const chatId of THROTTLED) {
        telegram.injectChatFaults(chatId, {
          status: 429,
          description: "Too Many Requests: retry after 2",
          retryAfterSeconds: 2,
        });
      }
      await publishThroughWebhook(
        hook,
        telegram,
        { drafter: OWNER, publisher: EDITOR },
        { value: "6,5", waitMs: WAIT_MS, output: worker.process.output },
      );
      const published = Date.now();

      // The publication hands every delivery to the queue, and its consumer
      // sends them: no Cron Trigger runs meanwhile (without a queue, one
      // invocation's 50 subrequests would send about 15).
      await expect
        .poll(distinctNewsChats, { timeout: DELIVERY_MS, interval: 500 })
        .toBe(SUBSCRIBERS.length);
      const lastSend = Date.now();

      // The next Cron Trigger run finds the broadcast finished and tells the publisher.
      const cron = await fetch(`${worker.origin}/__scheduled?cron=*+*+*+*+*`);
      expect(cron.status).toBe(200);
      const summary = await sentMessage(telegram, worker, EDITOR, WAIT_MS, (text) =>
        text.includes("selesai"),
      );
      expect(String(summary.payload.text)).toContain(
        `${SUBSCRIBERS.length} terkirim, 0 menunggu, 0 gagal`,
      );

      const perChat = new Map<unknown, number>();
      for (const { payload } of newsMessages()) {
        perChat.set(payload.chat_id, (perChat.get(payload.chat_id) ?? 0) + 1);
      }
      const doubled = [...perChat.values()].filter((count) => count > 1).length;
      const lost = SUBSCRIBERS.filter((chatId) => !perChat.has(chatId)).length;
      expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
      for (const chatId of THROTTLED) {
        const statuses = telegram.calls
          .filter((call) => call.method === "sendMessage" && call.payload.chat_id === chatId)
          .map((call) => telegram.statusOf(call));
        expect(statuses).toEqual([429, 200]);
      }
      expect(String(newsMessages()[0]?.payload.text)).toContain("6,50%");

      const minutes = (lastSend - published) / 60_000;
      console.info(
        `queue broadcast: ${SUBSCRIBERS.length} subscribers, ${lost} lost, ${doubled} doubled, ` +
          `${((lastSend - published) / 1000).toFixed(1)} s from publication to the last send ` +
          `(${Math.round(SUBSCRIBERS.length / minutes)} messages a minute)`,
      );
    },
    STARTUP_MS + DELIVERY_MS,
  );
});

function newsMessages(): RecordedCall[] {
  const subscribers = new Set<unknown>(SUBSCRIBERS);
  return telegram.calls.filter(
    (call) =>
      call.method === "sendMessage" &&
      subscribers.has(call.payload.chat_id) &&
      telegram.statusOf(call) === 200,
  );
}

function distinctNewsChats(): number {
  return new Set(newsMessages().map(({ payload }) => payload.chat_id)).size;
}
