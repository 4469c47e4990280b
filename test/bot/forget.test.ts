// /hapusdata: a user sees what is stored about them and deletes it with one
// press: their subscription, the news for their chat, their pending imports.
// Nobody else's data is touched; in a group the command only points to the
// private chat.

import { beforeEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/domain/engine.ts";
import { createPersonalData } from "../../src/store/personal-data.ts";
import { subscribe, subscriber } from "../support/broadcast.ts";
import { seededStore } from "../support/reference.ts";
import {
  buttonsOf,
  pressUpdate,
  type TestBot,
  testBot,
  textUpdate,
  USER_ID,
  user,
} from "./harness.ts";

const OTHER_USER = 777;

let t: TestBot;
let client: Awaited<ReturnType<typeof seededStore>>["client"];

const count = async (sql: string) => Number((await client.execute(sql)).rows[0]?.n);

beforeEach(async () => {
  const seeded = await seededStore();
  client = seeded.client;
  await subscribe(client, subscriber(USER_ID), subscriber(OTHER_USER));
  for (const chatId of [USER_ID, OTHER_USER]) {
    await client.execute({
      sql: "INSERT INTO pending_imports (user_id, payload) VALUES (?, '{}')",
      args: [chatId],
    });
  }
  t = testBot(createEngine({ facts: seeded.facts }), {}, { privacy: createPersonalData(client) });
});

describe("/hapusdata", () => {
  it("says what is stored, and deletes the user's data, and only theirs, on the press", async () => {
    await t.send(textUpdate("/hapusdata"));
    const [prompt] = t.sent("sendMessage");
    expect(prompt?.text).toContain("Pertanyaan Anda tidak disimpan");
    const [button] = buttonsOf(prompt);
    expect(button?.text).toBe("Hapus data saya");
    expect(await count("SELECT COUNT(*) AS n FROM subscriptions")).toBe(2);

    await t.send(pressUpdate(button?.callback_data ?? ""));

    const [done] = t.sent("editMessageText");
    expect(done?.text).toContain("Dihapus: langganan chat ini, 0 catatan kabar, 1 impor tertunda");
    expect(await count(`SELECT COUNT(*) AS n FROM subscriptions WHERE chat_id = ${USER_ID}`)).toBe(
      0,
    );
    expect(
      await count(`SELECT COUNT(*) AS n FROM pending_imports WHERE user_id = ${USER_ID}`),
    ).toBe(0);
    expect(
      await count(`SELECT COUNT(*) AS n FROM subscriptions WHERE chat_id = ${OTHER_USER}`),
    ).toBe(1);
    expect(
      await count(`SELECT COUNT(*) AS n FROM pending_imports WHERE user_id = ${OTHER_USER}`),
    ).toBe(1);
  });

  it("answers in English to /deletedata", async () => {
    await t.send(textUpdate("/deletedata", { from: user("en") }));
    expect(t.sent("sendMessage")[0]?.text).toContain("Your questions are not stored");
  });

  it("in a group, points to the private chat and deletes nothing", async () => {
    await t.send(textUpdate("/hapusdata", { chat: "group" }));
    expect(t.sent("sendMessage")[0]?.text).toContain("kirim /hapusdata di sana");
    expect(buttonsOf(t.sent("sendMessage")[0])).toEqual([]);
    expect(await count("SELECT COUNT(*) AS n FROM subscriptions")).toBe(2);
  });
});
