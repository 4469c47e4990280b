// Faults as an operator meets them: Telegram refusing the bot's token (401,
// 404) pauses delivery with every delivery kept; failed deliveries put back
// by broadcast:retry; a message over Telegram's 4,096 characters sent in
// parts; and a look that finds nothing due writes nothing.

import type { Client } from "@libsql/client";
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createComposer } from "../../src/broadcast/compose.ts";
import { deliverDue } from "../../src/broadcast/deliver.ts";
import { PAUSE_MS } from "../../src/broadcast/delivery-worker.ts";
import { telegramSender } from "../../src/broadcast/telegram-send.ts";
import { Throttle } from "../../src/broadcast/throttle.ts";
import { broadcastRetry } from "../../src/cli/broadcast-retry.ts";
import { createEngine } from "../../src/domain/engine.ts";
import { escapeHtml, html, joinHtml } from "../../src/domain/html.ts";
import { MESSAGE_LIMIT } from "../../src/domain/split-message.ts";
import { createBroadcasts } from "../../src/store/broadcasts.ts";
import { createOutbox } from "../../src/store/outbox.ts";
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
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

let rig: DeliveryRig;
beforeEach(async () => {
  rig = await deliveryRig();
});
afterEach(() => rig.close());

/** The same client, with every statement it runs written down. */
function recording(client: Client): { client: Client; statements: string[] } {
  const statements: string[] = [];
  const wrapped = intercepted(
    client,
    (sql, run) => {
      statements.push(sql);
      return run();
    },
    (batch) => statements.push(...batch),
  );
  return { client: wrapped, statements };
}

const writes = (statements: string[]) => statements.filter((sql) => !isRead(sql));

describe("Telegram refusing the bot's token", () => {
  for (const [status, description] of [
    [401, "Unauthorized"],
    [404, "Not Found"],
  ] as const) {
    it(`${status}: delivery pauses with every delivery waiting, the owner is told, and it goes on after the pause`, async () => {
      await subscribe(rig.seeded.client, subscriber(101), subscriber(102), subscriber(103));
      await publishRelease(rig.store);
      rig.telegram.injectFaults("sendMessage", { status, description });

      const report = await rig.worker({ sendsInFlight: 1 })();
      expect(report).toMatchObject({ sent: 0, failed: 0, later: 1 });
      const rows = await outboxRows(rig.seeded.client);
      expect(rows.map((r) => [r.status, r.attempts])).toEqual([
        ["pending", 0],
        ["pending", 0],
        ["pending", 0],
      ]);
      expect(rig.textsTo(PUBLISHER_ID)).toEqual([
        expect.stringContaining(
          `<b>Siaran #1 dijeda</b>: Telegram menolak token bot (${status}: ${description})`,
        ),
      ]);

      // Paused for every worker: a look now sends nothing and writes nothing.
      const watched = recording(rig.seeded.client);
      await rig.worker({}, watched.client)();
      expect(writes(watched.statements)).toEqual([]);
      expect(rig.textsTo(101)).toEqual([]);

      rig.clock.advance(PAUSE_MS);
      await rig.worker()();
      for (const chat of [101, 102, 103]) expect(rig.textsTo(chat)).toHaveLength(1);
      expect(rig.textsTo(PUBLISHER_ID)[1]).toContain("3 terkirim, 0 menunggu, 0 gagal");
    });
  }
});

describe("broadcast:retry", () => {
  it("puts a broadcast's failed deliveries back; they are sent, and the owner hears again", async () => {
    await subscribe(rig.seeded.client, subscriber(101), subscriber(102));
    rig.telegram.injectChatFaults(102, { status: 400, description: "Bad Request: odd" });
    await publishRelease(rig.store);
    await rig.worker()();
    expect(rig.textsTo(PUBLISHER_ID)[0]).toContain("1 terkirim, 0 menunggu, 1 gagal");

    const broadcasts = createBroadcasts(rig.seeded.client);
    expect(await broadcasts.retryFailed(1)).toBe(1);
    expect(await broadcasts.retryFailed(1)).toBe(0);
    expect(await broadcasts.retryFailed(99)).toBeNull();
    await rig.worker()();
    expect(rig.textsTo(101)).toHaveLength(1);
    expect(rig.textsTo(102)).toHaveLength(1);
    expect(rig.textsTo(PUBLISHER_ID)[1]).toContain("2 terkirim, 0 menunggu, 0 gagal");
  });

  it("refuses anything but one broadcast number, writing nothing", async () => {
    const context = {
      database: { url: "file:/nonexistent/never-opened.db" },
      env: {},
      log: () => {},
    };
    for (const args of [[], ["x"], ["1", "2"], ["-1"]]) {
      await expect(broadcastRetry({ ...context, args })).rejects.toThrow(
        /broadcast:retry takes one broadcast number/,
      );
    }
  });
});

describe("a message longer than Telegram's 4,096 characters", () => {
  it("goes in parts, in order, each within the limit, recorded once", async () => {
    await subscribe(rig.seeded.client, subscriber(101));
    await publishRelease(rig.store);
    const engine = createEngine({ facts: rig.seeded.facts, defaultProvince: "64" });
    const composer = createComposer(engine, rig.seeded.facts);
    const lines = Array.from(
      { length: 200 },
      (_, i) => html`<b>Baris ${i + 1}</b>: ${escapeHtml("x".repeat(40))}`,
    );
    const report = await deliverDue(
      {
        outbox: createOutbox(rig.seeded.client),
        send: telegramSender(new Api(TEST_BOT_TOKEN, { apiRoot: rig.telegram.apiRoot })),
        throttle: new Throttle({ groupPerMinute: 20 }, rig.clock),
        clock: rig.clock,
        logger: { error: () => {} },
        composer: { ...composer, message: async () => joinHtml(lines, "\n") },
      },
      {
        batchSize: 50,
        maxAttempts: 3,
        leaseMs: 60_000,
        sendTimeoutMs: 30_000,
        sendsInFlight: 4,
        slotMs: 40,
        pauseMs: 60_000,
      },
    );
    expect(report).toMatchObject({ sent: 1, failed: 0 });
    const parts = rig.textsTo(101);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((part) => part.length <= MESSAGE_LIMIT)).toBe(true);
    expect(parts.join("\n")).toBe(lines.join("\n"));
    const [row] = await outboxRows(rig.seeded.client);
    expect(row).toMatchObject({ status: "sent", attempts: 1 });
  });
});

describe("a look when nothing is due", () => {
  it("writes nothing: after delivery is done, and while a retry is not due yet", async () => {
    await subscribe(rig.seeded.client, subscriber(101), subscriber(102));
    rig.telegram.injectChatFaults(102, { status: 502, description: "Bad Gateway" });
    await publishRelease(rig.store);
    await rig.worker()();

    const watched = recording(rig.seeded.client);
    await rig.worker({}, watched.client)();
    expect(watched.statements.length).toBeGreaterThan(0);
    expect(writes(watched.statements)).toEqual([]);

    rig.clock.advance(3_600_000);
    await rig.worker()();
    expect(rig.textsTo(102)).toHaveLength(1);
    const after = recording(rig.seeded.client);
    await rig.worker({}, after.client)();
    expect(writes(after.statements)).toEqual([]);
  });
});
