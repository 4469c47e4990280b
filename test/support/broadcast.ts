// Broadcasting under test: a seeded store with subscribers, releases published
// (their news enqueued as the bot does), a fake Bot API on loopback, and a
// logical clock: rate limits and retry times are checked without waiting.

import type { Client } from "@libsql/client";
import type { Clock } from "../../src/broadcast/clock.ts";
import { createDeliveryWorker, type DeliveryWorker } from "../../src/broadcast/delivery-worker.ts";
import type { BroadcastSettings } from "../../src/config.ts";
import type { AdminStore } from "../../src/domain/admin/ports.ts";
import type { NewSubscription } from "../../src/domain/broadcast/subscription.ts";
import { createEngine } from "../../src/domain/engine.ts";
import type { DraftObservation } from "../../src/domain/import/draft-data.ts";
import type { Logger } from "../../src/redacting-logger.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { createOutbox } from "../../src/store/outbox.ts";
import { createSubscriptions } from "../../src/store/subscriptions.ts";
import type { StoreStatement } from "../../src/store/typed.ts";
import { type FakeBotApi, type RecordedCall, startFakeBotApi } from "./fake-bot-api.ts";
import { type SeededStore, seededStore } from "./reference.ts";
import { TEST_BOT_TOKEN } from "./telegram-updates.ts";

/** Time that passes only when the code under test sleeps, or the test says so. */
export class LogicalClock implements Clock {
  constructor(public time = Date.UTC(2025, 0, 8, 2, 0, 0)) {}

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.time += ms;
  }

  advance(ms: number): void {
    this.time += ms;
  }
}

export const TEST_SETTINGS: BroadcastSettings = {
  ratePerSecond: 25,
  groupRatePerMinute: 20,
  batchSize: 50,
  sendsInFlight: 4,
  maxAttempts: 3,
  leaseSeconds: 60,
  pollSeconds: 1,
  subrequestBudget: 50,
};

/** The admin who publishes in these tests, and is sent the summaries. */
export const PUBLISHER_ID = 7001;

/** A subscriber: private, Indonesian, no filter, unless said otherwise. */
export function subscriber(chatId: number, more: Partial<NewSubscription> = {}): NewSubscription {
  return {
    chatId,
    chatKind: chatId < 0 ? "supergroup" : "private",
    title: chatId < 0 ? "Grup Warga" : null,
    lang: "id",
    filter: { region: null, indicator: null },
    createdBy: 4242,
    ...more,
  };
}

export async function subscribe(client: Client, ...subscribers: NewSubscription[]): Promise<void> {
  const subscriptions = createSubscriptions(client);
  for (const s of subscribers) await subscriptions.subscribe(s);
}

/** The values of the December 2024 release the tests publish. */
export const DECEMBER_VALUES: DraftObservation[] = [
  { indicator: "ikd", region: "64", value: 6.5, sourceRank: null },
  { indicator: "ikd", region: "64.03", value: 2.5, sourceRank: "lowest" },
  { indicator: "ikd", region: "64.74", value: 12, sourceRank: "highest" },
  { indicator: "kia", region: "64", value: 61, sourceRank: null },
];

/** A release with these values, published with its news enqueued as the bot does; its id. */
export async function publishRelease(
  store: AdminStore<StoreStatement>,
  observations: DraftObservation[] = DECEMBER_VALUES,
  meta: { asOf?: string; title?: string } = {},
): Promise<number> {
  const asOf = meta.asOf ?? "2024-12-31";
  const created = await store.drafts.create(
    {
      asOf,
      presentedOn: null,
      title: meta.title ?? "Capaian adminduk Kaltim Desember 2024",
      source: "DKP3A Provinsi Kalimantan Timur",
      url: null,
    },
    `tg:${PUBLISHER_ID}`,
    { asOf, observations, targets: [] },
  );
  if (!("ok" in created)) throw new Error(`draft refused: ${JSON.stringify(created)}`);
  const published = await store.drafts.publish(created.ok.id, `tg:${PUBLISHER_ID}`, (id) =>
    store.broadcasts.forRelease(id, PUBLISHER_ID),
  );
  if (!("ok" in published)) throw new Error(`publish refused: ${JSON.stringify(published)}`);
  return created.ok.id;
}

export interface DeliveryRig {
  seeded: SeededStore;
  store: AdminStore<StoreStatement>;
  telegram: FakeBotApi;
  clock: LogicalClock;
  logged: string[];
  /** A delivery worker over this rig's store (or another client on the same database). */
  worker(
    settings?: Partial<BroadcastSettings>,
    client?: Client,
    more?: { sendTimeoutSeconds?: number },
  ): DeliveryWorker;
  /** sendMessage calls Telegram answered 200, in order. */
  delivered(): RecordedCall[];
  /** The texts Telegram accepted for one chat, in order. */
  textsTo(chatId: number): string[];
  /** How many messages each subscriber (the publisher left out) received. */
  receivedBy(): Map<number, number>;
  close(): Promise<void>;
}

export async function deliveryRig(seeded?: SeededStore): Promise<DeliveryRig> {
  const store = seeded ?? (await seededStore());
  const telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  const clock = new LogicalClock();
  const logged: string[] = [];
  const logger: Logger = { error: (message) => logged.push(message) };
  const engine = createEngine({ facts: store.facts, defaultProvince: "64" });
  const delivered = () =>
    telegram.calls.filter(
      (call) => call.method === "sendMessage" && telegram.statusOf(call) === 200,
    );
  return {
    seeded: store,
    store: createAdminStore(store.client),
    telegram,
    clock,
    logged,
    worker: (settings = {}, client = store.client, more = {}) =>
      createDeliveryWorker({
        ...more,
        outbox: createOutbox(client),
        engine,
        facts: store.facts,
        token: TEST_BOT_TOKEN,
        apiRoot: telegram.apiRoot,
        settings: { ...TEST_SETTINGS, ...settings },
        logger,
        clock,
      }),
    delivered,
    textsTo: (chatId) =>
      delivered()
        .filter((call) => call.payload.chat_id === chatId)
        .map((call) => String(call.payload.text)),
    receivedBy: () => {
      const counts = new Map<number, number>();
      for (const call of delivered()) {
        const chat = Number(call.payload.chat_id);
        if (chat !== PUBLISHER_ID) counts.set(chat, (counts.get(chat) ?? 0) + 1);
      }
      return counts;
    },
    close: () => telegram.close(),
  };
}

/** Rows of the outbox, oldest first. */
export async function outboxRows(client: Client) {
  const { rows } = await client.execute(
    `SELECT id, broadcast_id, chat_id, status, attempts, next_attempt_at, message_id, last_error
     FROM deliveries ORDER BY id`,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    broadcastId: Number(row.broadcast_id),
    chatId: Number(row.chat_id),
    status: String(row.status),
    attempts: Number(row.attempts),
    nextAttemptAt: Number(row.next_attempt_at),
    messageId: row.message_id === null ? null : Number(row.message_id),
    lastError: row.last_error === null ? null : String(row.last_error),
  }));
}
