// Questions the bot could not answer, counted by their text alone and shown to
// data admins with /belumterjawab, through the real bot and store.

import { describe, expect, it } from "vitest";
import { createUnansweredQuestions } from "../../src/store/unanswered.ts";
import { readLink } from "../../src/watch/read-link.ts";
import { adminTestBot, OWNER_ID, owner } from "./admin-harness.ts";
import { testBot, textUpdate, USER_ID, user } from "./harness.ts";

async function rig() {
  const t = await adminTestBot();
  const unanswered = createUnansweredQuestions(t.client);
  // The admin harness's bot has no counter; this one shares its store and engine.
  const counted = testBot(
    t.engine,
    { adminUserIds: [OWNER_ID] },
    { admin: { store: t.store, readLink, facts: t.facts }, unanswered },
  );
  return { ...counted, client: t.client };
}

describe("counting unanswered questions", () => {
  it("keeps only the normalised text of questions not understood or without data", async () => {
    const t = await rig();
    await t.send(
      textUpdate("Xyzzy   plugh?"),
      textUpdate("xyzzy plugh", { from: user("id", 5555) }),
      textUpdate("IKD Kota Bandung"),
      textUpdate("IKD Berau"),
      textUpdate("kabupaten mana KIA terendah?"),
    );
    // Every question got its reply first.
    expect(t.sent("sendMessage")).toHaveLength(5);

    const { rows, columns } = await t.client.execute(
      "SELECT * FROM unanswered_questions ORDER BY text",
    );
    expect(columns).toEqual(["text", "week", "reason", "count"]);
    expect(rows.map((r) => [r.text, r.reason, r.count])).toEqual([
      ["ikd kota bandung", "no-data", 1],
      ["xyzzy plugh", "not-understood", 2],
    ]);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(String(USER_ID));
    expect(stored).not.toContain("5555");
  });

  it("does not keep a question that looks like personal data", async () => {
    const t = await rig();
    await t.send(
      textUpdate("NIK saya 6471 0123 4567 8901 belum ada datanya"),
      textUpdate("hubungi saya di 0812-3456-789 soal KK"),
      textUpdate("kirim ke ani.warga@example.com"),
    );
    expect(t.sent("sendMessage")).toHaveLength(3);
    const { rows } = await t.client.execute("SELECT COUNT(*) AS n FROM unanswered_questions");
    expect(rows[0]?.n).toBe(0);
  });

  it("answers even when counting fails, and logs the failure", async () => {
    const t = await rig();
    await t.client.execute("DROP TABLE unanswered_questions");
    await t.send(textUpdate("xyzzy plugh"));
    expect(t.sent("sendMessage")).toHaveLength(1);
    expect(t.errors.map((e) => e.message)).toEqual(["counting an unanswered question failed"]);
  });
});

describe("/belumterjawab", () => {
  it("lists the most frequent with their counts, for admins", async () => {
    const t = await rig();
    await t.send(
      textUpdate("xyzzy plugh"),
      textUpdate("IKD Kota Bandung"),
      textUpdate("xyzzy plugh"),
      textUpdate("<b>xyzzy</b> & co"),
      textUpdate("/belumterjawab", { from: owner }),
    );
    const list = String(t.sent("sendMessage").at(-1)?.text);
    const lines = list.split("\n");
    expect(lines[0]).toContain("Pertanyaan yang paling sering belum terjawab");
    expect(lines[1]).toBe("1. “xyzzy plugh” — 2× (minggu ini 2), tidak dipahami");
    expect(lines.slice(2).sort()).toEqual([
      "2. “ikd kota bandung” — 1× (minggu ini 1), datanya tidak ada",
      "3. “xyzzy co” — 1× (minggu ini 1), tidak dipahami",
    ]);
  });

  it("says so when nothing is waiting", async () => {
    const t = await rig();
    await t.send(textUpdate("/belumterjawab", { from: owner }));
    expect(t.sent("sendMessage").at(-1)?.text).toBe(
      "Tidak ada pertanyaan yang belum terjawab dalam 90 hari terakhir.",
    );
  });
});
