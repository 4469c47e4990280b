// /siaran's button for a broadcast with failed deliveries: pressed by an
// admin, they wait to be sent again and delivery is kicked; a stranger's
// press does nothing.

import { beforeEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/domain/engine.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { createSubscriptions } from "../../src/store/subscriptions.ts";
import { readLink } from "../../src/watch/read-link.ts";
import { OWNER_ID, owner, stranger } from "../bot/admin-harness.ts";
import { buttonsOf, pressUpdate, type TestBot, testBot, textUpdate } from "../bot/harness.ts";
import { outboxRows, publishRelease, subscribe, subscriber } from "../support/broadcast.ts";
import { seededStore } from "../support/reference.ts";

let t: TestBot;
let client: Awaited<ReturnType<typeof seededStore>>["client"];
let kicked: number;

beforeEach(async () => {
  const seeded = await seededStore();
  client = seeded.client;
  const store = createAdminStore(client);
  kicked = 0;
  t = testBot(
    createEngine({ facts: seeded.facts, defaultProvince: "64" }),
    { adminUserIds: [OWNER_ID] },
    {
      admin: { store, readLink, facts: seeded.facts, deliverNow: () => kicked++ },
      subscriptions: createSubscriptions(client),
    },
  );
  await subscribe(client, subscriber(101), subscriber(102));
  await publishRelease(store);
  // One delivery failed for good, as a worker records it.
  await client.execute(
    "UPDATE deliveries SET status = 'failed', attempts = 5, last_error = 'Bad Request' WHERE chat_id = 102",
  );
});

describe("/siaran with a failed delivery", () => {
  it("offers a button that puts the failed deliveries back and starts delivery", async () => {
    await t.send(textUpdate("/siaran", { from: owner }));
    const shown = t.sent("sendMessage").at(-1);
    expect(String(shown?.text)).toContain("0 terkirim, 1 menunggu, 1 gagal");
    const [button] = buttonsOf(shown);
    expect(button?.text).toBe("Kirim ulang 1 yang gagal di #1");

    await t.send(pressUpdate(button?.callback_data ?? "", stranger));
    expect((await outboxRows(client)).find((r) => r.chatId === 102)?.status).toBe("failed");

    await t.send(pressUpdate(button?.callback_data ?? "", owner));
    expect(String(t.sent("sendMessage").at(-1)?.text)).toBe(
      "Siaran #1: 1 pengiriman yang gagal dikirim ulang. Ringkasan menyusul setelah selesai.",
    );
    expect((await outboxRows(client)).find((r) => r.chatId === 102)).toMatchObject({
      status: "pending",
      attempts: 0,
    });
    expect(kicked).toBe(1);
  });
});
