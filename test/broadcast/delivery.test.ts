// The delivery worker against a fake Bot API on loopback, over a real store,
// with a logical clock: what each subscriber is sent, and how every answer
// Telegram can give is handled: 429 with retry_after, 403, 400 with
// migrate_to_chat_id, 5xx and dropped connections.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSubscriptions } from "../../src/store/subscriptions.ts";
import {
  type DeliveryRig,
  deliveryRig,
  outboxRows,
  PUBLISHER_ID,
  publishRelease,
  subscribe,
  subscriber,
} from "../support/broadcast.ts";
import { strayMarkup } from "../support/html.ts";

let rig: DeliveryRig;
beforeEach(async () => {
  rig = await deliveryRig();
});
afterEach(() => rig.close());

describe("a published release", () => {
  it("reaches each subscriber once, in their language and with their filters, then the admin hears how it went", async () => {
    await subscribe(
      rig.seeded.client,
      subscriber(101),
      subscriber(102, { lang: "en" }),
      subscriber(103, { filter: { region: "64.03", indicator: "ikd" } }),
      subscriber(-100500, { title: "Grup Warga Berau" }),
    );
    await publishRelease(rig.store);

    const report = await rig.worker()();

    expect(report).toMatchObject({ sent: 4, later: 0, failed: 0, dropped: 0 });
    expect(rig.textsTo(101)[0]).toContain(
      "<b>Rilis data baru</b>: Capaian adminduk Kaltim Desember 2024",
    );
    expect(rig.textsTo(101)[0]).toContain("<b>KIA Kalimantan Timur</b>: 61,00%, turun 11,80 poin");
    expect(rig.textsTo(101)[0]).toContain("Berhenti menerima kabar ini: /berhenti");
    expect(rig.textsTo(102)[0]).toContain("<b>New data release</b>");
    expect(rig.textsTo(102)[0]).toContain("Stop these updates: /unsubscribe");
    expect(rig.textsTo(103)[0]).toContain("<b>IKD Kabupaten Berau</b>: 2,50%, naik 0,76 poin");
    expect(rig.textsTo(103)[0]).not.toContain("KIA");
    for (const call of rig.delivered()) {
      expect(call.payload.parse_mode).toBe("HTML");
      expect(strayMarkup(String(call.payload.text))).toEqual([]);
    }
    // Every row keeps Telegram's message_id.
    const rows = await outboxRows(rig.seeded.client);
    expect(rows.map((r) => r.status)).toEqual(["sent", "sent", "sent", "sent"]);
    expect(rows.every((r) => r.messageId !== null)).toBe(true);

    // Once nothing is left to deliver, the admin who published is told.
    expect(rig.textsTo(PUBLISHER_ID)).toEqual([
      "<b>Siaran #1 selesai</b>: rilis #2 “Capaian adminduk Kaltim Desember 2024”.\n4 terkirim, 0 menunggu, 0 gagal, 0 tidak aktif.",
    ]);
  });

  it("sends nothing twice when run again, and the summary only once", async () => {
    await subscribe(rig.seeded.client, subscriber(101), subscriber(102));
    await publishRelease(rig.store);
    for (let run = 0; run < 4; run++) await rig.worker()();
    expect(rig.textsTo(101)).toHaveLength(1);
    expect(rig.textsTo(102)).toHaveLength(1);
    expect(rig.textsTo(PUBLISHER_ID)).toHaveLength(1);
  });

  it("keeps to 25 messages a second overall", async () => {
    await subscribe(
      rig.seeded.client,
      ...Array.from({ length: 60 }, (_, i) => subscriber(1000 + i)),
    );
    await publishRelease(rig.store);
    const start = rig.clock.now();
    await rig.worker()();
    expect(rig.delivered().filter((c) => c.payload.chat_id !== PUBLISHER_ID)).toHaveLength(60);
    // 60 messages spaced 40 ms apart: the last goes 59 × 40 ms after the first.
    expect(rig.clock.now() - start).toBeGreaterThanOrEqual(59 * 40);
  });

  it("keeps to 20 messages a minute in one group, rescheduling the rest", async () => {
    const group = -100777;
    await subscribe(rig.seeded.client, subscriber(group));
    for (let i = 0; i < 21; i++)
      await publishRelease(rig.store, undefined, {
        asOf: `2025-01-${String(i + 1).padStart(2, "0")}`,
      });
    const start = rig.clock.now();
    await rig.worker()();
    expect(rig.textsTo(group)).toHaveLength(20);
    const waiting = (await outboxRows(rig.seeded.client)).filter((r) => r.status === "pending");
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.nextAttemptAt).toBeGreaterThanOrEqual(start + 60_000);
    expect(waiting[0]?.lastError).toBe("per-group rate limit");

    rig.clock.advance(60_000);
    await rig.worker()();
    expect(rig.textsTo(group)).toHaveLength(21);
  });
});

describe("a correction", () => {
  it("reaches the subscribers it concerns with what changed, and the admin hears how it went", async () => {
    await subscribe(
      rig.seeded.client,
      subscriber(101, { filter: { region: "64.03", indicator: null } }),
      subscriber(102, { lang: "en", filter: { region: null, indicator: "ikd" } }),
      subscriber(103, { filter: { region: null, indicator: "kia" } }),
    );
    await rig.store.corrections.correct(
      { indicator: "ikd", region: "64.03", value: 1.84 },
      "salah ketik",
      `tg:${PUBLISHER_ID}`,
      (correction) => rig.store.broadcasts.forCorrection(correction, PUBLISHER_ID),
    );
    await rig.worker()();
    expect(rig.textsTo(101)[0]).toContain(
      "<b>Koreksi data</b>\n<b>IKD Kabupaten Berau</b>: 1,74% → <b>1,84%</b>\nAlasan: salah ketik",
    );
    expect(rig.textsTo(102)[0]).toContain(
      "<b>Data correction</b>\n<b>IKD in Kabupaten Berau</b>: 1.74% → <b>1.84%</b>",
    );
    expect(rig.textsTo(103)).toEqual([]);
    expect(rig.textsTo(PUBLISHER_ID)).toEqual([
      "<b>Siaran #1 selesai</b>: koreksi IKD Kabupaten Berau 1,74% → 1,84% di rilis #1 “Capaian perekaman KTP-el, KIA dan IKD Kalimantan Timur per 13 Juni 2024”.\n2 terkirim, 0 menunggu, 0 gagal, 0 tidak aktif.",
    ]);
  });
});

describe("Telegram's answers", () => {
  it("429: that chat waits retry_after while the others go on, and is then sent", async () => {
    await subscribe(rig.seeded.client, subscriber(101), subscriber(102), subscriber(103));
    rig.telegram.injectChatFaults(102, {
      status: 429,
      description: "Too Many Requests: retry after 7",
      retryAfterSeconds: 7,
    });
    await publishRelease(rig.store);
    const start = rig.clock.now();

    expect(await rig.worker()()).toMatchObject({ sent: 2, later: 1 });
    const [, waiting] = await outboxRows(rig.seeded.client);
    expect(waiting).toMatchObject({ chatId: 102, status: "pending", attempts: 0 });
    expect(waiting?.nextAttemptAt).toBeGreaterThanOrEqual(start + 7_000);

    await rig.worker()();
    expect(rig.textsTo(102)).toHaveLength(0);
    rig.clock.advance(7_000);
    await rig.worker()();
    expect(rig.textsTo(102)).toHaveLength(1);
  });

  it("403: the subscription stops and the delivery is not tried again", async () => {
    await subscribe(rig.seeded.client, subscriber(101), subscriber(-100600));
    rig.telegram.injectChatFaults(101, {
      status: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    rig.telegram.injectChatFaults(-100600, {
      status: 403,
      description: "Forbidden: bot was kicked from the supergroup chat",
    });
    await publishRelease(rig.store);
    expect(await rig.worker()()).toMatchObject({ sent: 0, dropped: 2 });

    const subscriptions = createSubscriptions(rig.seeded.client);
    expect(await subscriptions.find(101)).toMatchObject({
      active: false,
      inactiveReason: "blocked",
    });
    expect(await subscriptions.find(-100600)).toMatchObject({
      active: false,
      inactiveReason: "removed",
    });
    expect((await outboxRows(rig.seeded.client)).map((r) => r.status)).toEqual([
      "inactive",
      "inactive",
    ]);
    rig.clock.advance(3_600_000);
    await rig.worker()();
    const tried = rig.telegram.calls.filter(
      (c) => c.method === "sendMessage" && c.payload.chat_id !== PUBLISHER_ID,
    );
    expect(tried).toHaveLength(2);
    expect(rig.textsTo(PUBLISHER_ID)[0]).toContain(
      "0 terkirim, 0 menunggu, 0 gagal, 2 tidak aktif",
    );
  });

  it("400 with migrate_to_chat_id: the subscription moves to the supergroup, which gets the message", async () => {
    const group = -4001;
    const supergroup = -1004001;
    await subscribe(rig.seeded.client, subscriber(group, { chatKind: "group" }));
    rig.telegram.injectChatFaults(group, {
      status: 400,
      description: "Bad Request: group chat was upgraded to a supergroup chat",
      migrateToChatId: supergroup,
    });
    await publishRelease(rig.store);
    await rig.worker()();

    expect(rig.textsTo(supergroup)).toHaveLength(1);
    const subscriptions = createSubscriptions(rig.seeded.client);
    expect(await subscriptions.find(supergroup)).toMatchObject({
      active: true,
      chatKind: "supergroup",
    });
    expect(await subscriptions.find(group)).toBeNull();
    expect(await outboxRows(rig.seeded.client)).toMatchObject([
      { chatId: supergroup, status: "sent" },
    ]);
  });

  it("5xx and dropped connections: retried with growing waits, then failed for good", async () => {
    await subscribe(rig.seeded.client, subscriber(101));
    rig.telegram.injectChatFaults(
      101,
      { status: 502, description: "Bad Gateway" },
      { drop: true },
      { status: 500, description: "Internal Server Error" },
    );
    await publishRelease(rig.store);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const before = rig.clock.now();
      await rig.worker()();
      const [row] = await outboxRows(rig.seeded.client);
      if (row?.status === "pending") waits.push(row.nextAttemptAt - before);
      rig.clock.advance(3_600_000);
    }
    expect(waits).toEqual([10_000, 20_000]);
    const [row] = await outboxRows(rig.seeded.client);
    expect(row).toMatchObject({ status: "failed", attempts: 3 });
    expect(row?.lastError).toContain("Internal Server Error");
    expect(rig.textsTo(PUBLISHER_ID)[0]).toContain(
      "0 terkirim, 0 menunggu, 1 gagal, 0 tidak aktif",
    );
  });
});
