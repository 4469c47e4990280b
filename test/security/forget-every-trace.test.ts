// /hapusdata takes the user's id out of every table, found by searching every
// column of every table for it afterwards, not by listing the ones we know:
// a table added later that stores the id fails this test until /hapusdata
// handles it. What stays is the audit trail of public data and an editor's
// access, and the answer says so.

import type { Client } from "@libsql/client";
import { beforeEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/domain/engine.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { createPersonalData } from "../../src/store/personal-data.ts";
import { createSubscriptions } from "../../src/store/subscriptions.ts";
import { readLink } from "../../src/watch/read-link.ts";
import { buttonsOf, pressUpdate, type TestBot, testBot, textUpdate, user } from "../bot/harness.ts";
import { subscribe, subscriber } from "../support/broadcast.ts";
import { seededStore } from "../support/reference.ts";

const OWNER_ID = 7001;
/** Distinctive, so a match is this user and nothing else. */
const FORGOTTEN = 987_654_321;
const GROUP = -100_555;

let t: TestBot;
let client: Client;
beforeEach(async () => {
  const seeded = await seededStore();
  client = seeded.client;
  const engine = createEngine({ facts: seeded.facts, defaultProvince: "64" });
  t = testBot(
    engine,
    { adminUserIds: [OWNER_ID] },
    {
      admin: {
        store: createAdminStore(client),
        readLink,
        facts: seeded.facts,
        referenceChanged: seeded.facts.invalidate,
      },
      subscriptions: createSubscriptions(client),
      privacy: createPersonalData(client),
    },
  );
});

/** "table.column" for every cell of every table whose text contains the id. */
async function whereIdRemains(id: number): Promise<string[]> {
  const { rows: tables } = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  const found: string[] = [];
  for (const { name } of tables) {
    const { rows: columns } = await client.execute(`PRAGMA table_info("${String(name)}")`);
    for (const { name: column } of columns) {
      const { rows } = await client.execute({
        sql: `SELECT COUNT(*) AS n FROM "${String(name)}" WHERE CAST("${String(column)}" AS TEXT) LIKE ?`,
        args: [`%${id}%`],
      });
      if (Number(rows[0]?.n) > 0) found.push(`${String(name)}.${String(column)}`);
    }
  }
  return found.sort();
}

async function forget(from: ReturnType<typeof user>, command = "/hapusdata"): Promise<string> {
  await t.send(textUpdate(command, { from }));
  const prompt = t.sent("sendMessage").at(-1);
  await t.send(pressUpdate(buttonsOf(prompt)[0]?.callback_data ?? "", from));
  return String(t.sent("editMessageText").at(-1)?.text);
}

describe("/hapusdata leaves no trace of the user but the audit trail", () => {
  it("of a user who subscribed their chat and a group: every row with their id goes", async () => {
    const citizen = user("id", FORGOTTEN);
    await t.send(textUpdate("/langganan ikd", { from: citizen }));
    await subscribe(client, subscriber(GROUP, { createdBy: FORGOTTEN }));
    await client.execute({
      sql: "INSERT INTO pending_imports (user_id, payload) VALUES (?, '{}')",
      args: [FORGOTTEN],
    });
    expect(await whereIdRemains(FORGOTTEN)).toEqual([
      "pending_imports.user_id",
      "subscriptions.chat_id",
      "subscriptions.created_by",
    ]);

    const done = await forget(citizen);

    expect(await whereIdRemains(FORGOTTEN)).toEqual([]);
    expect(done).toContain(
      "Dihapus: langganan chat ini, 0 catatan kabar, 1 impor tertunda, ID Anda dari 1 langganan grup/kanal",
    );
    expect(done).not.toContain("Tetap disimpan");
    // The group's subscription is the group's: it stays, without the id.
    const { rows } = await client.execute({
      sql: "SELECT active, created_by FROM subscriptions WHERE chat_id = ?",
      args: [GROUP],
    });
    expect(rows.map((r) => [Number(r.active), Number(r.created_by)])).toEqual([[1, 0]]);
  });

  it("of an editor who published: only the audit trail and the access stay, and the answer says so", async () => {
    const owner = user("id", OWNER_ID);
    const editor = user("id", FORGOTTEN);
    await t.send(textUpdate(`/editor_tambah ${FORGOTTEN}`, { from: owner }));
    await t.send(textUpdate("/langganan", { from: editor }));
    await subscribe(client, subscriber(GROUP, { createdBy: FORGOTTEN }));
    await t.send(textUpdate("/draf 2024-12-31 | Desember | DKP3A Kaltim", { from: editor }));
    await t.send(textUpdate("/ubah ikd berau 2", { from: editor }));
    await t.send(textUpdate("/terbitkan", { from: editor }));
    const confirm = buttonsOf(t.sent("sendMessage").at(-1))[0]?.callback_data ?? "";
    await t.send(pressUpdate(confirm, editor));
    expect(String(t.sent("sendMessage").at(-1)?.text)).toContain("Diterbitkan");
    await t.send(
      textUpdate("/sumber_pantau tambah https://dukcapil.example.go.id/rss.xml", { from: editor }),
    );
    // News for their chat and the group, reported to them as the publisher.
    expect(await whereIdRemains(FORGOTTEN)).toContain("deliveries.chat_id");
    expect(await whereIdRemains(FORGOTTEN)).toContain("broadcasts.created_by");

    const done = await forget(editor);

    expect(await whereIdRemains(FORGOTTEN)).toEqual([
      "admins.user_id",
      "audit_log.actor",
      "audit_log.detail",
      "releases.created_by",
      "releases.published_by",
      "watch_sources.created_by",
    ]);
    expect(done).toContain("Dihapus: langganan chat ini, 1 catatan kabar");
    expect(done).toContain("dari 1 laporan pengiriman kabar");
    expect(done).toContain("Tetap disimpan: Anda editor data");
    expect(done).toContain("Tetap disimpan: catatan perubahan data publik");
    // The group still gets the news.
    const { rows } = await client.execute({
      sql: "SELECT COUNT(*) AS n FROM deliveries WHERE chat_id = ?",
      args: [GROUP],
    });
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it("of an editor who only set a source to watch: the source stays, and the answer says so", async () => {
    const owner = user("id", OWNER_ID);
    const editor = user("id", FORGOTTEN);
    await t.send(textUpdate(`/editor_tambah ${FORGOTTEN}`, { from: owner }));
    await t.send(
      textUpdate("/sumber_pantau tambah https://disdukcapil.example.go.id/feed", { from: editor }),
    );
    expect(await whereIdRemains(FORGOTTEN)).toContain("watch_sources.created_by");

    const done = await forget(editor);

    expect(await whereIdRemains(FORGOTTEN)).toContain("watch_sources.created_by");
    expect(done).toContain("Tetap disimpan: catatan perubahan data publik");
  });

  it("says the same in English", async () => {
    const citizen = user("en", FORGOTTEN);
    await t.send(textUpdate("/subscribe", { from: citizen }));
    const done = await forget(citizen, "/deletedata");
    expect(done).toContain("Deleted: this chat's subscription");
    expect(done).toContain("your id from 0 group/channel subscriptions");
    expect(await whereIdRemains(FORGOTTEN)).toEqual([]);
  });
});
