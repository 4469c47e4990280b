// One file, two readers: the CLI reports an import's problems in English, the
// admins in Telegram read the same problems in Indonesian, as before. The
// problems are detected once (as data) and worded per reader.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importCommand } from "../../src/cli/import.ts";
import type { DatabaseConfig } from "../../src/store/db.ts";
import { adminTestBot, documentUpdate, EDITOR_ID, owner } from "../bot/admin-harness.ts";
import { preparedFile } from "../support/reference.ts";
import { serveTelegramFiles } from "../support/telegram-files.ts";
import { TEST_BOT_TOKEN } from "../support/telegram-updates.ts";

/** Every kind of bad line a CSV can have, each on its own line (line 1 is good). */
const BAD_CSV = [
  "64.03,ikd,1.74",
  "Kutai,ikd,5", // ambiguous region
  "brau,ikd,5", // a typo, with the fix suggested
  "64.71,xyz,5", // unknown indicator
  "64.72,kia,120", // out of range
  "64.74,ikd,oops", // not a number
  "64.03,ikd", // two fields
  "64.03,ikd,2", // the same indicator and region again
  "atlantis,xyz,5", // two problems on one line
].join("\n");

/** Words of the Indonesian wording: none may reach the CLI's output. */
const INDONESIAN = /\b(tidak|baris|wilayah|nilai|kolom|indikator|ambigu|maksudnya|butuh|ganda)\b/i;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tanya-import-language-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("a CSV with every kind of bad line", () => {
  it("is refused by the CLI in English only", async () => {
    const database: DatabaseConfig = { url: `file:${join(dir, "tanya.db")}` };
    (await preparedFile(database)).client.close();
    const file = join(dir, "salah.csv");
    await writeFile(file, BAD_CSV);
    const logged: string[] = [];
    const run = importCommand({
      database,
      env: {},
      args: [file, "--dry-run"],
      log: (line) => logged.push(line),
    });
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    const lines = message.split("\n");
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe("nothing written: 8 problem(s)");
    expect(lines[1]).toMatch(/^line 2: ambiguous region "Kutai": .+ — Kutai,ikd,5$/);
    expect(lines[2]).toBe(
      'line 3: unknown region "brau"; did you mean Kabupaten Berau? — brau,ikd,5',
    );
    expect(message).toContain('line 4: unknown indicator "xyz" (one of: ');
    expect(message).toContain("line 5: value 120 is outside 0–100 — 64.72,kia,120");
    expect(message).toContain('line 6: value "oops" is not a number — 64.74,ikd,oops');
    expect(message).toContain(
      "line 7: 3 fields needed (region,indicator,value), found 2 — 64.03,ikd",
    );
    expect(message).toContain(
      "line 8: a second value for ikd 64.03 (also on line 1) — 64.03,ikd,2",
    );
    expect(message).toContain('line 9: unknown region "atlantis"; unknown indicator "xyz"');
    expect(INDONESIAN.exec(message)?.[0]).toBeUndefined();
    expect(logged).toEqual([]);
  });

  it("is refused in Telegram in Indonesian, as before", async () => {
    const files = await serveTelegramFiles(TEST_BOT_TOKEN);
    const t = await adminTestBot({ apiRoot: files.apiRoot });
    try {
      files.install(t.bot);
      await t.store.editors.add(EDITOR_ID, "tg:7001");
      await t.send(documentUpdate(files.add("salah.csv", BAD_CSV), owner));
      const reply = t.lastText();
      expect(reply).toContain("Tidak ada yang ditulis: 8 masalah.");
      expect(reply).toContain("• baris 2 “Kutai,ikd,5”: wilayah “Kutai” ambigu: ");
      expect(reply).toContain(
        "• baris 3 “brau,ikd,5”: wilayah “brau” tidak dikenal; maksudnya Kabupaten Berau?",
      );
      expect(reply).toContain("• baris 4 “64.71,xyz,5”: indikator “xyz” tidak dikenal (pilih: ");
      expect(reply).toContain("• baris 5 “64.72,kia,120”: nilai 120 di luar 0–100");
      expect(reply).toContain("• baris 6 “64.74,ikd,oops”: nilai “oops” bukan angka");
      expect(reply).toContain(
        "• baris 7 “64.03,ikd”: butuh 3 kolom (wilayah,indikator,nilai), ada 2",
      );
      expect(reply).toContain(
        "• baris 8 “64.03,ikd,2”: nilai ganda untuk ikd 64.03 (juga di baris 1)",
      );
      expect(reply).toContain(
        "• baris 9 “atlantis,xyz,5”: wilayah “atlantis” tidak dikenal; indikator “xyz” tidak dikenal",
      );
    } finally {
      files.close();
    }
  });
});

/** A short release of our own: one exact figure, one hedged, one a change. */
const RELEASE = [
  "Cakupan IKD di Kabupaten Berau mencapai 21,5 persen per 31 Desember 2024.",
  "Aktivasi IKD di Kabupaten Paser baru sekitar 20 persen.",
  "Angka itu naik 3 persen dibanding bulan sebelumnya.",
].join("\n");

describe("a press release with figures not imported", () => {
  it("gives the CLI's reasons in English, in the log and the JSON", async () => {
    const database: DatabaseConfig = { url: `file:${join(dir, "tanya.db")}` };
    (await preparedFile(database)).client.close();
    const file = join(dir, "rilis.txt");
    await writeFile(file, RELEASE);
    const logged: string[] = [];
    const printed = await importCommand({
      database,
      env: {},
      args: [file, "--dry-run", "--json"],
      log: (line) => logged.push(line),
    });
    const approximate = "an approximate figure (about/more than/above/almost), not an exact value";
    const difference = "a difference or change, not an achievement";
    expect(JSON.parse(printed).skipped.map((s: { reason: string }) => s.reason)).toEqual([
      approximate,
      difference,
    ]);
    expect(logged.map((line) => line.slice(0, line.indexOf(":")))).toEqual([
      `20% not imported (${approximate})`,
      `3% not imported (${difference})`,
    ]);
  });
});
