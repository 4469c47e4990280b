// Never lost, never doubled: two workers at once, a worker that dies between
// a send and its record, a Workers invocation that runs out of subrequests,
// and the Node loop stopped mid-broadcast.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startDeliveryLoop } from "../../src/broadcast/node-loop.ts";
import { openDatabase, prepareDatabase } from "../../src/store/db.ts";
import { createFactsSource } from "../../src/store/facts-repository.ts";
import { countSubrequests } from "../../src/subrequest-count.ts";
import {
  type DeliveryRig,
  deliveryRig,
  outboxRows,
  PUBLISHER_ID,
  publishRelease,
  subscribe,
  subscriber,
} from "../support/broadcast.ts";
import { intercepted, isRead } from "../support/intercepted-client.ts";

const SUBSCRIBERS = Array.from({ length: 40 }, (_, i) => subscriber(2000 + i));

let rig: DeliveryRig;
let dir: string | undefined;
afterEach(async () => {
  await rig?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** How many times each subscriber was sent the news. */

/** A rig over a database file, as two processes (or the CLI beside `npm start`) share one. */
async function rigOnFile(): Promise<{ url: string }> {
  dir = await mkdtemp(join(tmpdir(), "tanya-broadcast-"));
  const url = `file:${join(dir, "outbox.db")}`;
  const { client, db } = await prepareDatabase({ url });
  const facts = createFactsSource(client);
  rig = await deliveryRig({ client, db, facts, reference: await facts.reference() });
  return { url };
}

/** A client whose record of the nth sent message never happens: the process died right after sending. */
function dyingAfterSend(client: Client, nth: number): Client {
  let marks = 0;
  return intercepted(client, (sql, run) =>
    sql.includes("status = 'sent'") && ++marks === nth
      ? Promise.reject(new Error("killed"))
      : run(),
  );
}

describe("two workers at once", () => {
  it("never send one delivery twice, and the admin gets one summary", async () => {
    const { url } = await rigOnFile();
    await subscribe(rig.seeded.client, ...SUBSCRIBERS);
    await publishRelease(rig.store);
    const other = openDatabase({ url }).client;
    try {
      const reports = await Promise.all([
        rig.worker({ batchSize: 7 })(),
        rig.worker({ batchSize: 7 }, other)(),
      ]);
      // Both took their share: they really ran side by side.
      expect(reports.every((report) => report.sent > 0)).toBe(true);
      await Promise.all([rig.worker()(), rig.worker({}, other)()]);
    } finally {
      other.close();
    }
    const counts = rig.receivedBy();
    expect(counts.size).toBe(SUBSCRIBERS.length);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const summaries = rig.delivered().filter((c) => c.payload.chat_id === PUBLISHER_ID);
    expect(summaries).toHaveLength(1);
  });
});

describe("a worker that dies", () => {
  it("between a send and its record: after a restart only that message goes twice, none is lost", async () => {
    rig = await deliveryRig();
    await subscribe(rig.seeded.client, ...SUBSCRIBERS);
    await publishRelease(rig.store);

    const dying = rig.worker(
      { batchSize: 10, sendsInFlight: 1 },
      dyingAfterSend(rig.seeded.client, 5),
    );
    await expect(dying()).rejects.toThrow("killed");
    const inFlight = Number(rig.delivered()[4]?.payload.chat_id);
    // The rest of its batch is held until the lease runs out; then a new worker takes it over.
    await rig.worker()();
    expect(rig.receivedBy().size).toBe(SUBSCRIBERS.length - 5);
    rig.clock.advance(60_001);
    await rig.worker()();

    const counts = rig.receivedBy();
    expect(counts.size).toBe(SUBSCRIBERS.length);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([[inFlight, 2]]);
    expect((await outboxRows(rig.seeded.client)).every((r) => r.status === "sent")).toBe(true);
  });

  it("while a send had not reached Telegram: after a restart nothing goes twice", async () => {
    rig = await deliveryRig();
    await subscribe(rig.seeded.client, ...SUBSCRIBERS);
    await publishRelease(rig.store);
    // The first send never arrives (its connection drops), and the worker dies
    // before it can record anything: every write after its claim fails (its
    // read-only look for due deliveries still works).
    rig.telegram.injectFaults("sendMessage", { drop: true });
    const dead = intercepted(rig.seeded.client, (sql, run) =>
      isRead(sql) ? run() : Promise.reject(new Error("killed")),
    );
    await expect(rig.worker({ batchSize: 10, sendsInFlight: 1 }, dead)()).rejects.toThrow("killed");
    rig.clock.advance(60_001);
    await rig.worker()();
    const counts = rig.receivedBy();
    expect(counts.size).toBe(SUBSCRIBERS.length);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});

describe("a Workers invocation", () => {
  it("stays within its subrequest budget, hands back what it could not send, and the next goes on", async () => {
    rig = await deliveryRig();
    await subscribe(rig.seeded.client, ...SUBSCRIBERS);
    await publishRelease(rig.store);
    const invocations: number[] = [];
    for (let i = 0; i < 10 && rig.receivedBy().size < SUBSCRIBERS.length; i++) {
      const counted = countSubrequests(rig.seeded.client, 20);
      await rig.worker({}, counted.client)({ budget: counted.budget });
      invocations.push(20 - counted.budget.left());
      // Nothing is left leased for a lease to run out on.
      expect((await outboxRows(rig.seeded.client)).some((r) => r.status === "sending")).toBe(false);
    }
    expect(invocations.every((used) => used <= 20)).toBe(true);
    expect(invocations.length).toBeGreaterThan(2);
    expect([...rig.receivedBy().values()].every((n) => n === 1)).toBe(true);
    expect(rig.receivedBy().size).toBe(SUBSCRIBERS.length);
  });
});

describe("the Node loop", () => {
  it("delivers when kicked, and when stopped mid-broadcast hands its batch back", async () => {
    rig = await deliveryRig();
    await subscribe(rig.seeded.client, ...SUBSCRIBERS);
    rig.telegram.injectFaults("sendMessage", ...SUBSCRIBERS.map(() => ({ delayMs: 20 })));
    const loop = startDeliveryLoop(rig.worker(), {
      intervalMs: 3_600_000,
      logger: { error: () => {} },
    });
    await publishRelease(rig.store);
    loop.kick();
    await vi.waitFor(() => expect(rig.receivedBy().size).toBeGreaterThan(3), { timeout: 30_000 });
    await loop.stop();

    const rows = await outboxRows(rig.seeded.client);
    expect(rows.some((r) => r.status === "sending")).toBe(false);
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(rig.receivedBy().size);
    expect(rows.some((r) => r.status === "pending" && r.attempts === 0)).toBe(true);
  });
});
