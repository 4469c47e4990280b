// No message twice from slowness or leases: a send Telegram answers too late
// is not sent again; a worker stalled past its lease sends nothing from it;
// every worker on one database takes its send slots from one shared budget;
// and a worker that dies with a window of sends in flight doubles at most that
// window.

import type { Client } from "@libsql/client";
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createComposer } from "../../src/broadcast/compose.ts";
import { type DeliverySettings, deliverDue } from "../../src/broadcast/deliver.ts";
import { telegramSender } from "../../src/broadcast/telegram-send.ts";
import { Throttle } from "../../src/broadcast/throttle.ts";
import { createEngine } from "../../src/domain/engine.ts";
import { createOutbox } from "../../src/store/outbox.ts";
import {
  type DeliveryRig,
  deliveryRig,
  outboxRows,
  publishRelease,
  subscribe,
  subscriber,
} from "../support/broadcast.ts";
import { intercepted, isRead } from "../support/intercepted-client.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

let rig: DeliveryRig;
beforeEach(async () => {
  rig = await deliveryRig();
});
afterEach(() => rig.close());

const SETTINGS: DeliverySettings = {
  batchSize: 50,
  maxAttempts: 3,
  leaseMs: 60_000,
  sendTimeoutMs: 30_000,
  sendsInFlight: 4,
  slotMs: 40,
  pauseMs: 60_000,
};

/** Sends per subscriber that reached Telegram, answered or not. */
function arrivedAt(chatId: number): number {
  return rig.telegram.calls.filter(
    (c) => c.method === "sendMessage" && c.payload.chat_id === chatId,
  ).length;
}

describe("Telegram answering later than the send timeout", () => {
  it("fails the delivery as perhaps arrived, and never sends it again by itself", async () => {
    await subscribe(rig.seeded.client, subscriber(101), subscriber(102));
    rig.telegram.injectChatFaults(101, { delayMs: 1_500 });
    await publishRelease(rig.store);

    const report = await rig.worker({}, undefined, { sendTimeoutSeconds: 1 })();
    expect(report).toMatchObject({ sent: 1, failed: 1 });
    for (let run = 0; run < 3; run++) {
      rig.clock.advance(3_600_000);
      await rig.worker()();
    }
    expect(arrivedAt(101)).toBe(1);
    const [slow] = await outboxRows(rig.seeded.client);
    expect(slow).toMatchObject({ chatId: 101, status: "failed", attempts: 1 });
    expect(slow?.lastError).toContain("may have arrived");
  });
});

describe("a worker stalled past its lease", () => {
  it("does not send what another worker has taken over since; each subscriber gets one message", async () => {
    await subscribe(rig.seeded.client, subscriber(101), subscriber(102), subscriber(103));
    await publishRelease(rig.store);
    const engine = createEngine({ facts: rig.seeded.facts, defaultProvince: "64" });
    const composer = createComposer(engine, rig.seeded.facts);
    const api = new Api(TEST_BOT_TOKEN, { apiRoot: rig.telegram.apiRoot });
    let stalled = false;
    const stalling = {
      ...composer,
      // The process stops (a pause, a suspended laptop) while composing its first message,
      // and another worker takes the deliveries over once the lease has run out.
      async message(...args: Parameters<typeof composer.message>) {
        if (!stalled) {
          stalled = true;
          rig.clock.advance(SETTINGS.leaseMs + 1);
          await rig.worker()();
        }
        return composer.message(...args);
      },
    };
    await deliverDue(
      {
        outbox: createOutbox(rig.seeded.client),
        send: telegramSender(api),
        throttle: new Throttle({ groupPerMinute: 20 }, rig.clock),
        clock: rig.clock,
        logger: { error: () => {} },
        composer: stalling,
      },
      SETTINGS,
    );
    expect(stalled).toBe(true);
    expect([...rig.receivedBy().values()]).toEqual([1, 1, 1]);
    expect((await outboxRows(rig.seeded.client)).map((r) => r.status)).toEqual([
      "sent",
      "sent",
      "sent",
    ]);
  });
});

describe("the overall rate across workers", () => {
  it("gives two workers on one database send slots that never overlap", async () => {
    await subscribe(
      rig.seeded.client,
      ...Array.from({ length: 30 }, (_, i) => subscriber(3000 + i)),
    );
    await publishRelease(rig.store);
    const outbox = createOutbox(rig.seeded.client);
    const now = rig.clock.now();
    const claim = (lease: string) =>
      outbox.claim({
        lease,
        now,
        leaseUntil: now + 60_000,
        limit: 10,
        summaries: 0,
        groupSendsSince: now - 60_000,
        slotMs: 40,
      });
    const first = await claim("a");
    const second = await claim("b");
    expect(first.deliveries).toHaveLength(10);
    expect(first.firstSlot).toBe(now);
    // The second worker's first slot comes after the first worker's ten.
    expect(second.firstSlot).toBe(now + 10 * 40);
    // A worker that claims later than every slot taken starts at once.
    const later = await outbox.claim({
      lease: "c",
      now: now + 5_000,
      leaseUntil: now + 65_000,
      limit: 10,
      summaries: 0,
      groupSendsSince: now,
      slotMs: 40,
    });
    expect(later.firstSlot).toBe(now + 5_000);
  });
});

describe("a worker that dies with sends in flight", () => {
  it("sends at most its window twice after a restart, and loses none", async () => {
    const subscribers = Array.from({ length: 40 }, (_, i) => subscriber(2000 + i));
    await subscribe(rig.seeded.client, ...subscribers);
    await publishRelease(rig.store);
    rig.telegram.injectFaults("sendMessage", ...subscribers.map(() => ({ delayMs: 5 })));
    const window = 4;
    const dying = rig.worker({ sendsInFlight: window }, dyingAfterRecords(rig.seeded.client, 10));
    await expect(dying()).rejects.toThrow("killed");
    rig.clock.advance(60_001);
    await rig.worker()();

    const counts = rig.receivedBy();
    expect(counts.size).toBe(subscribers.length);
    const doubled = [...counts.values()].filter((n) => n > 1);
    expect(doubled.length).toBeGreaterThan(0);
    expect(doubled.length).toBeLessThanOrEqual(window);
    expect(Math.max(...counts.values())).toBe(2);
  });
});

/** A client whose writes fail from the nth record of a sent message on: the process died. */
function dyingAfterRecords(client: Client, nth: number): Client {
  let marks = 0;
  return intercepted(client, (sql, run) => {
    if (sql.includes("status = 'sent'")) marks += 1;
    return marks >= nth && !isRead(sql) ? Promise.reject(new Error("killed")) : run();
  });
}
