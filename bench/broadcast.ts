// Broadcast delivery as deployed on Node: `npm start` as a child process with
// an embedded database file holding N subscribers and a freshly published
// release, its Bot API calls answered by the fake Bot API in this process on
// 127.0.0.1, which answers every 100th send with 429 and retry_after 1 s, as
// Telegram's flood control does. The run ends when every subscriber has been
// sent the news, or at a deadline.
//
// Figures come from both ends: duplicates and lost from what the fake Bot API
// answered 200 (per chat: more than one is a duplicate, none is lost); the rate
// from the outbox's sent_at times (first to last message sent). In the killed
// run the worker is SIGKILLed once half the subscribers have their message,
// then started again; its lease is 35 s (the least allowed), so the restarted
// process takes over the dead one's batch after that long. With a round trip
// set, a latency proxy sits between the worker and the fake Bot API.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { createAdminStore } from "../src/store/admin-store.ts";
import { prepareDatabase } from "../src/store/db.ts";
import { DECEMBER_VALUES } from "../test/support/broadcast.ts";
import { type RunningProcess, startTsx } from "../test/support/child-process.ts";
import { type FakeBotApi, startFakeBotApi } from "../test/support/fake-bot-api.ts";
import { TEST_BOT_TOKEN } from "../test/support/telegram-updates.ts";
import { type LatencyProxy, startLatencyProxy } from "./broadcast-latency.ts";

const LEASE_SECONDS = 35;
const TOO_MANY_EVERY = 100;

export interface BroadcastRunOptions {
  subscribers: number;
  /** BROADCAST_RATE_PER_SECOND for the worker. */
  ratePerSecond: number;
  /** SIGKILL the worker once this many subscribers have their message, then restart it. */
  killAfter?: number;
  /** Round trip added to every Bot API call by a proxy, in ms. */
  roundTripMs?: number;
  /** BROADCAST_SENDS_IN_FLIGHT; the default when unset. */
  sendsInFlight?: number;
}

export interface BroadcastRun extends BroadcastRunOptions {
  /** Messages per second from the first message sent to the last. */
  achievedPerSecond: number;
  seconds: number;
  duplicates: number;
  lost: number;
  /** Sends the fake Bot API answered with 429. */
  tooMany: number;
  /** Outbox rows not sent when the run ended. */
  unsent: number;
}

export async function benchBroadcast(options: BroadcastRunOptions): Promise<BroadcastRun> {
  const dir = await mkdtemp(join(tmpdir(), "tanya-broadcast-bench-"));
  const url = `file:${join(dir, "broadcast.db")}`;
  const telegram = await startFakeBotApi(TEST_BOT_TOKEN);
  const workers: RunningProcess[] = [];
  let proxy: LatencyProxy | undefined;
  try {
    const { client } = await prepareDatabase({ url });
    await subscribeMany(client, options.subscribers);
    await publishWithNews(client);
    client.close();
    telegram.injectFaultEvery("sendMessage", TOO_MANY_EVERY, {
      status: 429,
      description: "Too Many Requests: retry after 1",
      retryAfterSeconds: 1,
    });
    if (options.roundTripMs !== undefined) {
      proxy = await startLatencyProxy(telegram.apiRoot, options.roundTripMs);
    }
    const env: Record<string, string> = {
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      TELEGRAM_API_ROOT: proxy?.apiRoot ?? telegram.apiRoot,
      DATABASE_URL: url,
      BROADCAST_RATE_PER_SECOND: String(options.ratePerSecond),
      BROADCAST_POLL_SECONDS: "1",
      BROADCAST_LEASE_SECONDS: String(LEASE_SECONDS),
      ...(options.sendsInFlight === undefined
        ? {}
        : { BROADCAST_SENDS_IN_FLIGHT: String(options.sendsInFlight) }),
    };
    // Three times the time the rate limit allows, ten seconds to start up, and a lease for a kill.
    const deadline =
      Date.now() +
      (options.subscribers / options.ratePerSecond) * 3_000 +
      10_000 +
      (options.killAfter === undefined ? 0 : LEASE_SECONDS * 1000);
    workers.push(startTsx("src/main.ts", [], env));
    if (options.killAfter !== undefined) {
      await until(() => delivered(telegram).size >= (options.killAfter ?? 0), deadline);
      const killed = workers[0]?.child;
      killed?.kill("SIGKILL");
      await new Promise((exited) => killed?.once("exit", exited));
      workers.push(startTsx("src/main.ts", [], env));
    }
    await until(() => delivered(telegram).size >= options.subscribers, deadline).catch(
      (error: unknown) => {
        const sent = `${delivered(telegram).size} of ${options.subscribers} subscribers sent`;
        const output = workers.map((w) => w.output()).join("\n--- restarted ---\n");
        throw new Error(`${String(error)} (${sent})\n--- worker output ---\n${output}`);
      },
    );
    // By now a dead worker's batch has been taken over (the last subscribers were
    // in it); what is still to come would show within a poll or two.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const worker of workers) await worker.stop();

    const counts = delivered(telegram);
    const outbox = await outboxTimes(url);
    return {
      ...options,
      achievedPerSecond: (outbox.sent - 1) / ((outbox.lastSentAt - outbox.firstSentAt) / 1000),
      seconds: (outbox.lastSentAt - outbox.firstSentAt) / 1000,
      duplicates: [...counts.values()].reduce((sum, n) => sum + n - 1, 0),
      lost: options.subscribers - counts.size,
      tooMany: telegram.calls.filter((c) => telegram.statusOf(c) === 429).length,
      unsent: outbox.unsent,
    };
  } finally {
    for (const worker of workers) await worker.stop();
    await proxy?.close();
    await telegram.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Private chats, a tenth of them groups; a fifth in English; some with filters the release meets. */
async function subscribeMany(client: Client, count: number): Promise<void> {
  await client.execute({
    sql: `
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
      INSERT INTO subscriptions (chat_id, chat_type, lang, region_filter, indicator_filter, created_by)
      SELECT CASE WHEN i % 10 = 0 THEN -1000000000 - i ELSE 1000000 + i END,
             CASE WHEN i % 10 = 0 THEN 'supergroup' ELSE 'private' END,
             CASE WHEN i % 5 = 0 THEN 'en' ELSE 'id' END,
             CASE WHEN i % 3 = 0 THEN '64.03' END,
             CASE WHEN i % 7 = 0 THEN 'ikd' END,
             1
      FROM n`,
    args: [count],
  });
}

/** The December release, published with its news enqueued, as the CLI does. */
async function publishWithNews(client: Client): Promise<void> {
  const store = createAdminStore(client);
  const asOf = "2024-12-31";
  const meta = { asOf, presentedOn: null, title: "Desember 2024", source: "DKP3A", url: null };
  const created = await store.drafts.create(meta, "cli", {
    asOf,
    observations: DECEMBER_VALUES,
    targets: [],
  });
  if (!("ok" in created)) throw new Error("the bench's draft was refused");
  await store.drafts.publish(created.ok.id, "cli", (id) => store.broadcasts.forRelease(id, null));
}

/** Successful sends per chat. */
function delivered(telegram: FakeBotApi): Map<number, number> {
  const counts = new Map<number, number>();
  for (const call of telegram.calls) {
    if (call.method !== "sendMessage" || telegram.statusOf(call) !== 200) continue;
    const chat = Number(call.payload.chat_id);
    counts.set(chat, (counts.get(chat) ?? 0) + 1);
  }
  return counts;
}

async function outboxTimes(url: string) {
  const { client } = await prepareDatabase({ url });
  try {
    const { rows } = await client.execute(`
      SELECT COUNT(sent_at) AS sent, MIN(sent_at) AS first, MAX(sent_at) AS last,
             COUNT(*) FILTER (WHERE status <> 'sent') AS unsent
      FROM deliveries`);
    const row = rows[0];
    return {
      sent: Number(row?.sent),
      firstSentAt: Number(row?.first),
      lastSentAt: Number(row?.last),
      unsent: Number(row?.unsent),
    };
  } finally {
    client.close();
  }
}

async function until(done: () => boolean, deadline: number): Promise<void> {
  while (!done()) {
    if (Date.now() > deadline) throw new Error("the broadcast did not finish in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
