// A large CSV is read after its update is answered: the admin hears at once
// that it is being read, and its summary, with the button, comes as a new
// message once the reading (which yields to other work) is done.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LONG_IMPORT_LINES } from "../../src/bot/admin/long-import.ts";
import { rowCounts } from "../support/row-counts.ts";
import { serveTelegramFiles, type TelegramFiles } from "../support/telegram-files.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";
import {
  type AdminTestBot,
  adminTestBot,
  documentUpdate,
  expectOnlyIntendedMarkup,
  owner,
} from "./admin-harness.ts";
import { buttonsOf, pressUpdate, textUpdate } from "./harness.ts";

let files: TelegramFiles;
let t: AdminTestBot;
let background: Promise<void>[];
beforeEach(async () => {
  files = await serveTelegramFiles(TEST_BOT_TOKEN);
  background = [];
  t = await adminTestBot(
    { apiRoot: files.apiRoot },
    { background: (task) => void background.push(task) },
  );
  files.install(t.bot);
});
afterEach(() => expectOnlyIntendedMarkup(t));
afterEach(() => files.close());

describe("a large CSV", () => {
  it("is answered at once, read in the background, and its summary sent as a new message", async () => {
    const regions = (
      await t.client.execute("SELECT code FROM regions WHERE level != 'nation'")
    ).rows.map((r) => String(r.code));
    const indicators = ["ikd", "kia", "ktp_el", "ktp_el_pemula", "akta_kelahiran"];
    const lines = ["wilayah;indikator;nilai"];
    for (const indicator of indicators) {
      for (const region of regions)
        lines.push(`${region};${indicator};${(lines.length % 90) + 0.5}`);
    }
    const rows = lines.length - 1;
    expect(lines.length).toBeGreaterThan(LONG_IMPORT_LINES);
    await t.send(textUpdate("/draf 2024-12-31 | Desember | DKP3A Kaltim", { from: owner }));
    const sentBefore = t.texts().length;

    await t.send(documentUpdate(files.add("besar.csv", lines.join("\n")), owner));

    // Answered before the reading is done: one message, no summary yet.
    expect(t.texts().slice(sentBefore)).toEqual([
      `Berkas diterima (${lines.length.toLocaleString("id-ID")} baris) dan sedang dibaca. Ringkasannya, dengan tombol untuk memasukkannya, menyusul dalam pesan baru.`,
    ]);
    expect(background).toHaveLength(1);

    await Promise.all(background);
    const summary = t.sent("sendMessage").at(-1);
    expect(t.texts().slice(sentBefore)).toHaveLength(2);
    expect(String(summary?.text)).toContain(`<b>Terbaca dari CSV</b>\n${rows} nilai:`);
    const [confirm] = buttonsOf(summary);
    expect(confirm?.text).toBe("Masukkan ke draf");

    const before = await rowCounts(t.client);
    await t.send(pressUpdate(confirm?.callback_data ?? "", owner));
    expect((await rowCounts(t.client)).observations).toBe(Number(before.observations) + rows);
  });

  it("of fewer lines is read before the update is answered, as before", async () => {
    await t.send(documentUpdate(files.add("kecil.csv", "64.03;ikd;2,5\n64.71;kia;90\n"), owner));
    expect(background).toEqual([]);
    expect(t.texts()).toHaveLength(1);
    expect(String(t.sent("sendMessage").at(-1)?.text)).toContain("<b>Terbaca dari CSV</b>");
  });
});
