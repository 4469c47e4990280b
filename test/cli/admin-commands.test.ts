// The operator's import, releases and export commands, on a real database
// file, through the same parsers and store as the bot.

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/cli/command.ts";
import { exportCommand } from "../../src/cli/export.ts";
import { importCommand } from "../../src/cli/import.ts";
import { releasesCommand } from "../../src/cli/releases.ts";
import { createAdminStore } from "../../src/store/admin-store.ts";
import { type DatabaseConfig, openDatabase } from "../../src/store/db.ts";
import { preparedFile } from "../support/reference.ts";
import { rowCounts } from "../support/row-counts.ts";

const SEED_ARTICLE = new URL("../../data/releases/2024-06-13-dkp3a-kaltim.txt", import.meta.url)
  .pathname;

let dir: string;
let database: DatabaseConfig;
let logged: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "tanya-cli-"));
  database = { url: `file:${join(dir, "tanya.db")}` };
  (await preparedFile(database)).client.close();
  logged = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function context(...args: string[]): CommandContext {
  return { database, env: {}, args, log: (line) => logged.push(line) };
}

async function csvFile(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function counts() {
  const { client } = openDatabase(database);
  try {
    return await rowCounts(client);
  } finally {
    client.close();
  }
}

describe("import --dry-run --json", () => {
  it("prints the seed article as the draft it reads, and writes nothing", async () => {
    const before = await counts();
    const printed = await importCommand(context(SEED_ARTICLE, "--dry-run", "--json"));
    const draft = JSON.parse(printed);
    expect(draft).toMatchObject({ asOf: "2024-06-13", asOfPrecision: "day", skipped: [] });
    // Each value beside the sentence it was read from.
    expect(
      draft.observations.map((o: { indicator: string; region: string; value: number }) => [
        o.indicator,
        o.region,
        o.value,
      ]),
    ).toEqual([
      ["ktp_el", "64", 98.75],
      ["ktp_el", "64.71", 99.98],
      ["ktp_el", "64.74", 97.43],
      ["ktp_el_pemula", "64", 71.61],
      ["ktp_el_pemula", "64.71", 99.85],
      ["ktp_el_pemula", "64.01", 55.53],
      ["kia", "64", 72.8],
      ["kia", "64.71", 96.9],
      ["kia", "64.07", 54.67],
      ["ikd", "64", 4.48],
      ["ikd", "64.09", 10.46],
      ["ikd", "64.03", 1.74],
    ]);
    expect(draft.observations[8]).toEqual({
      indicator: "kia",
      region: "64.07",
      value: 54.67,
      evidence:
        "Kota Balikpapan mencatatkan kepemilikan KIA tertinggi dengan 96,90 persen, sementara Kabupaten Kutai Barat mencatatkan yang terendah dengan 54,67 persen.",
    });
    expect(draft.targets).toEqual([
      { indicator: "kia", year: 2024, scope: "national", value: 60 },
      { indicator: "ikd", year: 2024, scope: "national", value: 30 },
    ]);
    expect(logged).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it("gives asOf null for a CSV, which has no date", async () => {
    const file = await csvFile("nilai.csv", "64.03;ikd;2,5\n");
    expect(JSON.parse(await importCommand(context(file, "--dry-run", "--json")))).toEqual({
      asOf: null,
      asOfPrecision: null,
      observations: [{ indicator: "ikd", region: "64.03", value: 2.5 }],
      targets: [],
      skipped: [],
    });
  });
});

describe("import", () => {
  it("refuses a CSV with bad lines, naming each, and writes nothing", async () => {
    const file = await csvFile("salah.csv", "64.03,ikd,1.74\nbrau,ikd,5\n64.72,kia,120\n");
    const before = await counts();
    await expect(
      importCommand(context(file, "--publish", "--source", "S", "--as-of", "2024-12-31")),
    ).rejects.toThrow(
      [
        "nothing written: 2 problem(s)",
        'line 2: unknown region "brau"; did you mean Kabupaten Berau? — brau,ikd,5',
        "line 3: value 120 is outside 0–100 — 64.72,kia,120",
      ].join("\n"),
    );
    expect(await counts()).toEqual(before);
  });

  it("needs a date and, to publish, a source, before writing anything", async () => {
    const file = await csvFile("nilai.csv", "64.03;ikd;2,5\n");
    const before = await counts();
    await expect(importCommand(context(file))).rejects.toThrow("pass --as-of YYYY-MM-DD");
    await expect(
      importCommand(context(file, "--as-of", "2024-12-31", "--publish")),
    ).rejects.toThrow("pass --source");
    await expect(importCommand(context(file, "--as-of", "31-12-2024"))).rejects.toThrow(
      '--as-of must be YYYY-MM-DD, not "31-12-2024"',
    );
    expect(await counts()).toEqual(before);
  });

  it("creates a draft, and refuses another while it is open", async () => {
    const file = await csvFile("nilai.csv", "64.03;ikd;2,5\n");
    expect(await importCommand(context(file, "--as-of", "2024-12-31"))).toBe(
      "draft #2 created: 1 values and 0 targets as of 2024-12-31",
    );
    await expect(importCommand(context(SEED_ARTICLE))).rejects.toThrow(
      'draft #2 ("Data adminduk per 31 Desember 2024") is open',
    );
  });

  it("run again, reuses the draft it left open, publishes it once and never again", async () => {
    const file = await csvFile("nilai.csv", "64.03;ikd;2,5\nkaltim;ikd;6\n");
    const flags = ["--as-of", "2024-12-31", "--source", "DKP3A"];
    expect(await importCommand(context(file, ...flags))).toBe(
      "draft #2 created: 2 values and 0 targets as of 2024-12-31",
    );
    const drafted = await counts();

    expect(await importCommand(context(file, ...flags))).toBe(
      "draft #2 already open, nothing written: 2 values and 0 targets as of 2024-12-31",
    );
    expect(await counts()).toEqual(drafted);
    expect(await importCommand(context(file, ...flags, "--publish"))).toBe(
      "release #2 published: 2 values and 0 targets as of 2024-12-31",
    );
    const published = await counts();
    expect(published.releases).toBe(drafted.releases);

    expect(await importCommand(context(file, ...flags, "--publish"))).toBe(
      "release #2 already published, nothing written: 2 values and 0 targets as of 2024-12-31",
    );
    expect(await counts()).toEqual(published);
  });

  it("run again after its draft was changed, or with other values, is refused as before", async () => {
    const file = await csvFile("nilai.csv", "64.03;ikd;2,5\n");
    const other = await csvFile("lain.csv", "64.03;ikd;2,6\n");
    await importCommand(context(file, "--as-of", "2024-12-31"));
    await expect(importCommand(context(other, "--as-of", "2024-12-31"))).rejects.toThrow(
      "draft #2",
    );
    const { client } = openDatabase(database);
    const edited = await createAdminStore(client).drafts.setValue(
      { indicator: "ikd", region: "64", value: 6 },
      "tg:7001",
    );
    client.close();
    expect(edited).toHaveProperty("ok");
    const before = await counts();
    await expect(importCommand(context(file, "--as-of", "2024-12-31"))).rejects.toThrow(
      'draft #2 ("Data adminduk per 31 Desember 2024") is open',
    );
    expect(await counts()).toEqual(before);
  });

  it("--publish publishes at once; releases lists it and export shows what users see", async () => {
    const file = await csvFile("des.csv", "wilayah,indikator,nilai\nBerau,IKD,2.5\nKaltim,ikd,6\n");
    const published = await importCommand(
      context(
        file,
        "--publish",
        "--as-of",
        "2024-12-31",
        "--source",
        "DKP3A",
        "--title",
        "Desember",
      ),
    );
    expect(published).toBe("release #2 published: 2 values and 0 targets as of 2024-12-31");

    expect((await releasesCommand(context())).split("\n")).toEqual([
      "#2 published — data as of 2024-12-31: Desember (DKP3A), 2 values",
      "#1 published — data as of 2024-06-13, presented 2024-06-19: Capaian perekaman KTP-el, KIA dan IKD Kalimantan Timur per 13 Juni 2024 (DKP3A Provinsi Kalimantan Timur), 12 values",
    ]);

    const exported = (await exportCommand(context())).split("\n");
    expect(exported[0]).toBe("region,indicator,value");
    expect(exported).toContain("Kalimantan Timur,ikd,6");
    expect(exported).toContain("Kabupaten Berau,ikd,2.5");
    expect(exported).toContain("Kota Balikpapan,kia,96.9");
    expect(exported).toHaveLength(13);
    expect(await exportCommand(context("--release", "2"))).toBe(
      "region,indicator,value\nKalimantan Timur,ikd,6\nKabupaten Berau,ikd,2.5",
    );
    await expect(exportCommand(context("--release", "9"))).rejects.toThrow(
      "there is no release #9",
    );

    const { rows } = await (async () => {
      const { client } = openDatabase(database);
      try {
        return await client.execute("SELECT DISTINCT actor FROM audit_log");
      } finally {
        client.close();
      }
    })();
    expect(rows.map((r) => r.actor)).toEqual(["cli"]);
  });

  it("exports names that look like formulas as text a spreadsheet will not run", async () => {
    const { client } = openDatabase(database);
    await client.execute(
      `UPDATE regions SET name = '=HYPERLINK("http://x","y")' WHERE code = '64.03'`,
    );
    await client.execute(`UPDATE regions SET name = '@SUM(A1), -1' WHERE code = '64.09'`);
    client.close();
    const exported = (await exportCommand(context())).split("\n");
    expect(exported).toContain(`"'=HYPERLINK(""http://x"",""y"")",ikd,1.74`);
    expect(exported).toContain(`"'@SUM(A1), -1",ikd,10.46`);
  });

  it.each([
    // A DDE payload, the classic spreadsheet injection.
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@x", "'@x"],
    // A tab or carriage return first is also read as the start of a formula.
    ["\t=1+1", "'\t=1+1"],
  ])("exports the name %j as inert text: %j", async (name, cell) => {
    const { client } = openDatabase(database);
    await client.execute({ sql: "UPDATE regions SET name = ? WHERE code = '64.71'", args: [name] });
    client.close();
    const exported = (await exportCommand(context())).split("\n");
    expect(exported).toContain(`${cell},ktp_el,99.98`);
  });

  it("reports the sentences of a press release it could not use, beside its result", async () => {
    const article = new URL("../fixtures/press-releases/kaltim-2024-09-30.txt", import.meta.url)
      .pathname;
    await importCommand(context(article, "--dry-run"));
    expect(logged).toEqual([
      expect.stringMatching(/^sentence 6 not used \(no indicator named\): /),
    ]);
  });
});
