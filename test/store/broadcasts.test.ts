// The outbox in the store, on real libSQL with the real migrations: news is
// enqueued in the batch of the publication or correction it announces (both
// or neither), for exactly the subscriptions whose filters it concerns.

import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { NewSubscription } from "../../src/domain/broadcast/subscription.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { createSubscriptions } from "../../src/store/subscriptions.ts";
import { typed } from "../../src/store/typed.ts";
import {
  DECEMBER_VALUES,
  outboxRows,
  PUBLISHER_ID,
  publishRelease,
  subscribe,
  subscriber,
} from "../support/broadcast.ts";
import { type SeededStore, seededStore } from "../support/reference.ts";

let seeded: SeededStore;
let store: ReturnType<typeof createAdminStore>;
beforeEach(async () => {
  seeded = await seededStore();
  store = createAdminStore(seeded.client);
});

const chatsOf = async (broadcastId: number) =>
  (await outboxRows(seeded.client))
    .filter((r) => r.broadcastId === broadcastId)
    .map((r) => r.chatId);

/** Filters, and whether the December release (IKD and KIA of Kaltim, IKD of Berau and Bontang) concerns them. */
const FILTERED: [NewSubscription, boolean][] = [
  [subscriber(1), true],
  [subscriber(2, { filter: { region: "64.03", indicator: null } }), true],
  [subscriber(3, { filter: { region: "64", indicator: null } }), true],
  [subscriber(4, { filter: { region: "64.07", indicator: null } }), false],
  [subscriber(5, { filter: { region: null, indicator: "ikd" } }), true],
  [subscriber(6, { filter: { region: null, indicator: "ktp_el" } }), false],
  [subscriber(7, { filter: { region: "64.74", indicator: "ikd" } }), true],
  [subscriber(8, { filter: { region: "64.74", indicator: "kia" } }), false],
  [subscriber(9, { filter: { region: "64", indicator: "kia" } }), true],
  [subscriber(10, { filter: { region: "32", indicator: null } }), false],
];

describe("publishing a release", () => {
  it("enqueues one delivery per active subscription whose filters the release concerns", async () => {
    await subscribe(seeded.client, ...FILTERED.map(([s]) => s), subscriber(11));
    await createSubscriptions(seeded.client).unsubscribe(11);
    await publishRelease(store);
    expect(await chatsOf(1)).toEqual(
      FILTERED.filter(([, wanted]) => wanted).map(([s]) => s.chatId),
    );
    const [broadcast] = await store.broadcasts.recent(5);
    expect(broadcast).toMatchObject({
      kind: "release",
      release: { id: 2, title: "Capaian adminduk Kaltim Desember 2024" },
      correction: null,
      counts: { pending: 6, sent: 0, failed: 0, inactive: 0 },
    });
  });

  it("enqueues nothing if the publication fails, and publishes nothing if enqueueing fails", async () => {
    await subscribe(seeded.client, subscriber(1));
    const created = await store.drafts.create(
      { asOf: "2024-12-31", presentedOn: null, title: "T", source: "S", url: null },
      "cli",
      { asOf: "2024-12-31", observations: DECEMBER_VALUES, targets: [] },
    );
    if (!("ok" in created)) throw new Error("draft refused");
    const failingEnqueue = (id: number) => [
      ...store.broadcasts.forRelease(id, PUBLISHER_ID),
      // The outbox's own rule (one delivery per chat and broadcast) breaks the batch.
      typed(seeded.client).db.run(
        sql`INSERT INTO deliveries (broadcast_id, chat_id) SELECT broadcast_id, chat_id FROM deliveries`,
      ),
    ];
    await expect(store.drafts.publish(created.ok.id, "cli", failingEnqueue)).rejects.toThrow();
    expect((await store.drafts.open())?.release.id).toBe(created.ok.id);
    expect(await store.broadcasts.recent(5)).toEqual([]);
    expect(await outboxRows(seeded.client)).toEqual([]);

    // A publication refused (another draft's button) enqueues nothing either.
    expect(await store.drafts.publish(999, "cli", failingEnqueue)).toEqual({
      refused: { reason: "stale-draft" },
    });
    expect(await outboxRows(seeded.client)).toEqual([]);
  });
});

describe("a correction", () => {
  it("enqueues a notice for the subscriptions whose filters the corrected value concerns", async () => {
    await subscribe(seeded.client, ...FILTERED.map(([s]) => s));
    const corrected = await store.corrections.correct(
      { indicator: "ikd", region: "64.03", value: 1.84 },
      "salah ketik",
      "tg:7001",
      (correction) => store.broadcasts.forCorrection(correction, PUBLISHER_ID),
    );
    expect(corrected).toMatchObject({ ok: { old: 1.74, new: 1.84 } });
    expect(await chatsOf(1)).toEqual([1, 2, 3, 5]);
    const [broadcast] = await store.broadcasts.recent(1);
    expect(broadcast).toMatchObject({
      kind: "correction",
      release: { id: 1 },
      correction: {
        indicator: "ikd",
        region: "64.03",
        old: 1.74,
        new: 1.84,
        reason: "salah ketik",
      },
    });
  });
});

describe("a group that becomes a supergroup", () => {
  it("keeps its subscription, settings and waiting deliveries under the new id", async () => {
    const subscriptions = createSubscriptions(seeded.client);
    await subscribe(
      seeded.client,
      subscriber(-501, {
        chatKind: "group",
        lang: "en",
        filter: { region: "64.03", indicator: null },
      }),
    );
    await publishRelease(store);
    await subscriptions.moveChat(-501, -100501);
    expect(await subscriptions.find(-501)).toBeNull();
    expect(await subscriptions.find(-100501)).toMatchObject({
      chatKind: "supergroup",
      lang: "en",
      filter: { region: "64.03", indicator: null },
      active: true,
    });
    expect(await outboxRows(seeded.client)).toMatchObject([{ chatId: -100501, status: "pending" }]);
    // Told twice (both chats say so): the second time changes nothing.
    await subscriptions.moveChat(-501, -100501);
    expect((await subscriptions.find(-100501))?.active).toBe(true);
  });

  it("keeps the supergroup's own subscription if it already had one", async () => {
    const subscriptions = createSubscriptions(seeded.client);
    await subscribe(
      seeded.client,
      subscriber(-502, { chatKind: "group" }),
      subscriber(-100502, { lang: "en" }),
    );
    await subscriptions.moveChat(-502, -100502);
    expect(await subscriptions.find(-100502)).toMatchObject({ lang: "en", active: true });
    expect(await subscriptions.find(-502)).toMatchObject({
      active: false,
      inactiveReason: "migrated",
    });
  });
});
