// Two editors at once, through the bot: what one admin confirms is what they
// saw, and a write that races another is refused instead of overwriting it.
// The interleavings are forced, not hoped for: a gate on the database client
// lets the second editor act between the first one's read and write.

import type { Client, TransactionMode } from "@libsql/client";
import type { User } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { rowCounts } from "../support/row-counts.ts";
import {
  type AdminTestBot,
  adminTestBot,
  EDITOR_ID,
  editor,
  expectOnlyIntendedMarkup,
  OWNER_ID,
  owner,
  stranger,
} from "./admin-harness.ts";
import { buttonsOf, pressUpdate, textUpdate } from "./harness.ts";

const CREATE = "/draf 2024-12-31 | Capaian adminduk Kaltim Desember 2024 | DKP3A Kaltim";

let t: AdminTestBot;
beforeEach(async () => {
  t = await adminTestBot();
  await t.store.editors.add(EDITOR_ID, `tg:${OWNER_ID}`);
});
afterEach(() => expectOnlyIntendedMarkup(t));

async function say(from: User, text: string): Promise<string> {
  await t.send(textUpdate(text, { from }));
  return lastTextTo(from);
}

async function press(from: User, data: string): Promise<string> {
  await t.send(pressUpdate(data, from));
  return lastTextTo(from);
}

function lastTextTo(to: User): string {
  const mine = t.sent("sendMessage").filter((m) => m.chat_id === to.id);
  return String(mine.at(-1)?.text ?? "");
}

/** The data of the button labelled `label` on the last message to `to` that had buttons. */
function button(to: User, label: string): string {
  const withButtons = t
    .sent("sendMessage")
    .filter((m) => m.chat_id === to.id && buttonsOf(m).length > 0);
  const found = buttonsOf(withButtons.at(-1)).find((b) => b.text === label);
  if (!found) throw new Error(`no button “${label}” for ${to.id}`);
  return found.callback_data;
}

/**
 * Runs `meanwhile` once, just before the next write batch whose first
 * statement matches `pattern`: between that writer's read and its write.
 */
function beforeNextWrite(pattern: RegExp, meanwhile: () => Promise<void>): void {
  const batch = t.client.batch.bind(t.client);
  let armed = true;
  vi.spyOn(t.client, "batch").mockImplementation(
    async (statements: Parameters<Client["batch"]>[0], mode?: TransactionMode) => {
      // The batch's first statement, its text and arguments (a key may be bound, not written).
      const first = statements[0];
      const said = typeof first === "string" ? first : JSON.stringify(first);
      if (armed && mode === "write" && pattern.test(said ?? "")) {
        armed = false;
        await meanwhile();
      }
      return batch(statements, mode);
    },
  );
}

async function correctedRows(): Promise<number> {
  const { rows } = await t.client.execute(
    "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'correct'",
  );
  return Number(rows[0]?.n);
}

describe("publishing what was previewed", () => {
  it("refuses the preview's button once another editor changed the draft, and writes nothing", async () => {
    await say(owner, CREATE);
    await say(owner, "/ubah ikd berau 2");
    expect(await say(owner, "/pratinjau")).toContain("IKD Kabupaten Berau 1,74% → 2,00%");
    const previewed = button(owner, "Terbitkan");

    expect(await say(editor, "/ubah ikd berau 9")).toContain("9,00%");

    const before = await rowCounts(t.client);
    expect(await press(owner, previewed)).toBe(
      "Draf berubah sejak Anda melihatnya (editor lain mengubahnya pada saat yang sama). Tidak ada yang ditulis. Lihat pratinjau lagi: /pratinjau",
    );
    expect(await rowCounts(t.client)).toEqual(before);
    expect((await t.store.drafts.open())?.release.status).toBe("draft");
    expect(await say(stranger, "IKD Berau")).toContain("1,74%");

    // Previewed again, the new value is what the owner sees and publishes.
    expect(await say(owner, "/pratinjau")).toContain("IKD Kabupaten Berau 1,74% → 9,00%");
    expect(await press(owner, button(owner, "Terbitkan"))).toContain("Diterbitkan: #2");
    expect(await say(stranger, "IKD Berau")).toContain("9,00%");
  });

  it("refuses the /terbitkan and /buang confirmations after a change, and an undo counts as one", async () => {
    await say(owner, CREATE);
    await say(owner, "/ubah ikd berau 2");
    await say(owner, "/terbitkan");
    const confirmPublish = button(owner, "Ya, terbitkan");
    await say(owner, "/buang");
    const confirmDiscard = button(owner, "Ya, buang");

    expect(await say(editor, "/urung")).toContain("Diurungkan");

    expect(await press(owner, confirmPublish)).toContain("Draf berubah sejak Anda melihatnya");
    expect(await press(owner, confirmDiscard)).toContain("Draf berubah sejak Anda melihatnya");
    expect(await t.store.drafts.open()).not.toBeNull();
  });

  it("refuses a button made before buttons carried the revision", async () => {
    await say(owner, CREATE);
    await say(owner, "/ubah ikd berau 2");
    expect(await press(owner, "adm:pub:2")).toContain("Lihat pratinjau lagi");
    expect((await t.store.drafts.open())?.release.status).toBe("draft");
  });
});

describe("two editors writing at once", () => {
  it("a correction conditioned on the value it replaces: the second editor is refused, not silently overwriting", async () => {
    beforeNextWrite(/update\W+observations\W+set\W+value/i, async () => {
      expect(await say(editor, "/koreksi ikd berau 1,90 rilis ulang")).toContain(
        "Dikoreksi: IKD Kabupaten Berau 1,74% → <b>1,90%</b>",
      );
    });
    expect(await say(owner, "/koreksi ikd berau 1,84 salah ketik")).toBe(
      "IKD Kabupaten Berau baru saja diubah oleh editor lain (sekarang 1,90%). Tidak ada yang ditulis. Periksa nilainya, lalu ulangi /koreksi bila masih perlu.",
    );
    expect(await correctedRows()).toBe(1);
    expect(await say(stranger, "IKD Berau")).toContain("1,90%");
    // Asked again with the value in front of them, the owner's correction goes through.
    expect(await say(owner, "/koreksi ikd berau 1,84 salah ketik")).toContain(
      "1,90% → <b>1,84%</b>",
    );
    expect(await correctedRows()).toBe(2);
  });

  it("a draft change racing another is refused, so neither overwrites unseen", async () => {
    await say(owner, CREATE);
    await say(owner, "/ubah ikd berau 2");
    beforeNextWrite(/audit_change/, async () => {
      expect(await say(editor, "/ubah ikd berau 3")).toContain("3,00%");
    });
    const before = await rowCounts(t.client);
    expect(await say(owner, "/ubah ikd berau 4")).toContain("Draf berubah sejak Anda melihatnya");
    // Only the editor's change was written (its audit row), and it stands.
    expect((await rowCounts(t.client)).audit_log).toBe(Number(before.audit_log) + 1);
    expect((await t.store.drafts.open())?.observations.map((o) => o.value)).toEqual([3]);
  });

  it("a publication racing a change is refused: what is published is what was confirmed", async () => {
    await say(owner, CREATE);
    await say(owner, "/ubah ikd berau 2");
    await say(owner, "/pratinjau");
    const previewed = button(owner, "Terbitkan");
    beforeNextWrite(/audit_change/, async () => {
      expect(await say(editor, "/ubah ikd berau 3")).toContain("3,00%");
    });
    expect(await press(owner, previewed)).toContain("Draf berubah sejak Anda melihatnya");
    expect((await t.store.drafts.open())?.release.status).toBe("draft");
    expect(await say(stranger, "IKD Berau")).toContain("1,74%");
  });
});
