import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import type { FactsRequest } from "../../src/domain/types.ts";
import { prepareDatabase } from "../../src/store/db.ts";
import { createFactsSource } from "../../src/store/facts-repository.ts";
import { seedDatabase } from "../../src/store/seed.ts";
import { EVERY_RELEASE, seededStore } from "../support/reference.ts";

const EVERYTHING_IN_KALTIM: FactsRequest = {
  indicators: "all",
  regions: ["64"],
  childrenOf: ["64"],
};

/** The figures of data/releases/2024-06-13-dkp3a-kaltim.json, as the source document states them. */
const SEED_OBSERVATIONS = [
  ["ktp_el", "64", 98.75, null],
  ["ktp_el", "64.71", 99.98, "highest"],
  ["ktp_el", "64.74", 97.43, "lowest"],
  ["ktp_el_pemula", "64", 71.61, null],
  ["ktp_el_pemula", "64.71", 99.85, "highest"],
  ["ktp_el_pemula", "64.01", 55.53, "lowest"],
  ["kia", "64", 72.8, null],
  ["kia", "64.71", 96.9, "highest"],
  ["kia", "64.07", 54.67, "lowest"],
  ["ikd", "64", 4.48, null],
  ["ikd", "64.09", 10.46, "highest"],
  ["ikd", "64.03", 1.74, "lowest"],
] as const;

/**
 * Every file in data/releases/: the DKP3A release of 13 June 2024 (12 observations, 2 targets)
 * and three Kalimantan Timur history releases (7 + 1 + 3 observations, 0 + 1 + 2 targets).
 */
const EVERY_RELEASE_ROWS = { releases: 4, observations: 23, targets: 5 };

const TABLES = ["regions", "region_aliases", "indicators", "releases", "observations", "targets"];

async function countRows(client: Client): Promise<Record<string, number>> {
  const results = await client.batch(
    TABLES.map((table) => `SELECT count(*) AS n FROM ${table}`),
    "read",
  );
  return Object.fromEntries(TABLES.map((table, i) => [table, Number(results[i]?.rows[0]?.n)]));
}

async function dataVersion(client: Client): Promise<number> {
  const { rows } = await client.execute("SELECT value FROM meta WHERE key = 'data_version'");
  return Number(rows[0]?.value);
}

describe("seed: reference data", () => {
  it("loads every province, regency and city with its level and parent", async () => {
    const { reference } = await seededStore();
    const byLevel = (level: string) => reference.regions.filter((r) => r.level === level);
    expect(byLevel("nation")).toEqual([
      { code: "ID", name: "Indonesia", level: "nation", parentCode: null },
    ]);
    expect(byLevel("province")).toHaveLength(38);
    expect(byLevel("regency").length + byLevel("city").length).toBe(514);
    const byCode = new Map(reference.regions.map((region) => [region.code, region]));
    expect(byCode.get("64")).toEqual({
      code: "64",
      name: "Kalimantan Timur",
      level: "province",
      parentCode: "ID",
    });
    expect(byCode.get("64.71")).toEqual({
      code: "64.71",
      name: "Kota Balikpapan",
      level: "city",
      parentCode: "64",
    });
    expect(byCode.get("64.07")).toEqual({
      code: "64.07",
      name: "Kabupaten Kutai Barat",
      level: "regency",
      parentCode: "64",
    });
    expect(byCode.get("32.73")?.name).toBe("Kota Bandung");
  });

  it("loads the aliases people use for Kalimantan Timur and other provinces", async () => {
    const { reference } = await seededStore();
    const aliases = Object.fromEntries(reference.aliases.map(({ alias, code }) => [alias, code]));
    expect(aliases).toMatchObject({
      kaltim: "64",
      balikpapan: "64.71",
      bpn: "64.71",
      bpp: "64.71",
      samarinda: "64.72",
      smd: "64.72",
      bontang: "64.74",
      berau: "64.03",
      kubar: "64.07",
      kukar: "64.02",
      kutim: "64.08",
      mahulu: "64.11",
      paser: "64.01",
      ppu: "64.09",
      kaltara: "65",
      jogja: "34",
      jakarta: "31",
    });
    for (const { alias } of reference.aliases) expect(alias).toMatch(/^[a-z0-9 ]+$/);
  });

  it("keeps what an alias says besides its region: a regency's seat, a language", async () => {
    const { reference } = await seededStore();
    const byAlias = new Map(reference.aliases.map((a) => [a.alias, a]));
    expect(byAlias.get("tanjung redeb")).toEqual({
      alias: "tanjung redeb",
      code: "64.03",
      kind: "seat",
      lang: null,
    });
    expect(byAlias.get("east kalimantan")).toEqual({
      alias: "east kalimantan",
      code: "64",
      kind: null,
      lang: "en",
    });
    expect(byAlias.get("kukar")).toEqual({ alias: "kukar", code: "64.02", kind: null, lang: null });
  });

  it("loads the five indicators in display order", async () => {
    const { reference } = await seededStore();
    expect(reference.indicators.map((indicator) => indicator.slug)).toEqual([
      "ktp_el",
      "ktp_el_pemula",
      "kia",
      "ikd",
      "akta_kelahiran",
    ]);
    expect(reference.indicators[0]).toMatchObject({
      slug: "ktp_el",
      nameId: "Perekaman KTP-el",
      nameEn: "KTP-el recording",
      shortId: "KTP-el",
      shortEn: "e-KTP",
      unit: "percent",
    });
  });
});

describe("seed: the DKP3A Kalimantan Timur release", () => {
  it("is one published release with the source's dates", async () => {
    const { facts } = await seededStore();
    const { releases } = await facts.facts(EVERYTHING_IN_KALTIM);
    expect(releases).toEqual([
      {
        id: expect.any(Number),
        asOf: "2024-06-13",
        asOfPrecision: "day",
        presentedOn: "2024-06-19",
        title: expect.stringContaining("Kalimantan Timur"),
        source: "DKP3A Provinsi Kalimantan Timur",
        url: null,
        status: "published",
      },
    ]);
  });

  it("reads back every figure exactly, and nothing else", async () => {
    const { facts } = await seededStore();
    const { observations, releases } = await facts.facts(EVERYTHING_IN_KALTIM);
    const releaseId = releases[0]?.id;
    const expected = SEED_OBSERVATIONS.map(([indicator, regionCode, value, sourceRank]) => ({
      releaseId,
      indicator,
      regionCode,
      value,
      sourceRank,
      corrected: false,
      count: null,
      recency: 1,
    }));
    expect(observations).toHaveLength(expected.length);
    expect(observations).toEqual(expect.arrayContaining(expected));
  });

  it("reads back the national targets the release states", async () => {
    const { facts } = await seededStore();
    const { targets, releases } = await facts.facts(EVERYTHING_IN_KALTIM);
    const common = { scope: "national", source: "DKP3A Provinsi Kalimantan Timur" };
    expect(targets).toEqual([
      { indicator: "ikd", year: 2024, value: 30, releaseId: releases[0]?.id, ...common },
      { indicator: "kia", year: 2024, value: 60, releaseId: releases[0]?.id, ...common },
    ]);
  });
});

describe("seed: idempotence and preparation", () => {
  it("loads every release file by default, and changes nothing when run again", async () => {
    const { client } = await seededStore(EVERY_RELEASE);
    const before = await countRows(client);
    const summary = await seedDatabase(client);
    expect(await countRows(client)).toEqual(before);
    expect(before).toMatchObject({ regions: 553, ...EVERY_RELEASE_ROWS });
    expect(summary.releases.map(({ asOf, values }) => [asOf, values])).toEqual([
      ["2022-04-15", 7],
      ["2024-06-13", 14],
      ["2024-10-31", 2],
      ["2024-11-12", 5],
    ]);
  });

  it("loads only the release files a caller chooses", async () => {
    const { client } = await seededStore((name) => name.startsWith("2022-04-15-"));
    expect(await countRows(client)).toMatchObject({ releases: 1, observations: 7, targets: 0 });
  });

  it("changes the data version on every run", async () => {
    const { client } = await seededStore();
    const first = await dataVersion(client);
    await seedDatabase(client);
    expect(await dataVersion(client)).toBeGreaterThan(first);
  });

  describe("prepareDatabase on a file", () => {
    let directory: string | undefined;
    afterEach(async () => {
      if (directory !== undefined) await rm(directory, { recursive: true, force: true });
    });

    it("refuses a directory that does not exist, naming DATABASE_URL, and creates nothing", async () => {
      directory = await mkdtemp(join(tmpdir(), "tanya-store-"));
      const nested = join(directory, "nested");

      await expect(prepareDatabase({ url: `file:${join(nested, "tanya.db")}` })).rejects.toThrow(
        /^DATABASE_URL: the directory .*nested" does not exist/,
      );
      expect(existsSync(nested)).toBe(false);
    });

    it("migrates and seeds every release once", async () => {
      directory = await mkdtemp(join(tmpdir(), "tanya-store-"));
      const url = `file:${join(directory, "tanya.db")}`;

      const first = await prepareDatabase({ url });
      expect(await countRows(first.client)).toMatchObject(EVERY_RELEASE_ROWS);
      const kaltim = await createFactsSource(first.client).facts(EVERYTHING_IN_KALTIM);
      expect(kaltim.releases.map((release) => release.asOf)).toEqual([
        "2024-11-12",
        "2024-10-31",
        "2024-06-13",
        "2022-04-15",
      ]);
      const versionAfterSeed = await dataVersion(first.client);
      first.client.close();

      const second = await prepareDatabase({ url });
      expect(await countRows(second.client)).toMatchObject({ regions: 553, ...EVERY_RELEASE_ROWS });
      expect(await dataVersion(second.client)).toBe(versionAfterSeed);
      second.client.close();
    });
  });
});
