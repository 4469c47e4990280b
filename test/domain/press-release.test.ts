// Press releases → draft data. The seed article must give exactly the seed
// figures; three more articles, each worded differently (other regions, other
// dates, English), must give exactly what they state, and nothing invented.

import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parsePressRelease } from "../../src/domain/import/press-release.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import { seededStore } from "../support/reference.ts";

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = buildLexicon((await seededStore()).reference);
});

const fixtures = new URL("../fixtures/press-releases/", import.meta.url);
const read = (url: URL) => readFileSync(url, "utf8");

describe("the seed press release", () => {
  it("parses into exactly the figures of the first release", () => {
    const parsed = parsePressRelease(
      read(new URL("../../data/releases/2024-06-13-dkp3a-kaltim.txt", import.meta.url)),
      lexicon,
    );
    const seed = JSON.parse(
      read(new URL("../../data/releases/2024-06-13-dkp3a-kaltim.json", import.meta.url)),
    );
    expect(parsed.asOf).toBe("2024-06-13");
    expect(parsed.presentedOn).toBe("2024-06-19");
    expect(parsed.source).toBe("DKP3A Provinsi Kalimantan Timur");
    const byKey = (rows: { indicator: string; region?: string; regionCode?: string }[]) =>
      [...rows].sort((a, b) =>
        `${a.indicator}${a.region}`.localeCompare(`${b.indicator}${b.region}`),
      );
    expect(byKey(parsed.observations)).toEqual(
      byKey(
        seed.observations.map(
          (o: { indicator: string; regionCode: string; value: number; sourceRank?: string }) => ({
            indicator: o.indicator,
            region: o.regionCode,
            value: o.value,
            sourceRank: o.sourceRank ?? null,
          }),
        ),
      ),
    );
    expect(parsed.targets).toEqual([
      { indicator: "kia", year: 2024, value: 60 },
      { indicator: "ikd", year: 2024, value: 30 },
    ]);
    expect(parsed.problems).toEqual([]);
  });
});

describe("other press releases", () => {
  const articles = readdirSync(fixtures).filter((name) => name.endsWith(".txt"));

  it("has at least three more articles", () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(articles)("%s parses into exactly what it states", (name) => {
    const expected = JSON.parse(read(new URL(name.replace(/\.txt$/, ".expected.json"), fixtures)));
    const { problems, ...parsed } = parsePressRelease(read(new URL(name, fixtures)), lexicon);
    expect({ ...parsed, problemLines: problems.map((p) => p.line) }).toEqual(expected);
  });

  it("reports a percentage it cannot tie to an indicator, with its sentence", () => {
    const parsed = parsePressRelease(read(new URL("kaltim-2024-09-30.txt", fixtures)), lexicon);
    expect(parsed.problems).toEqual([
      {
        line: 6,
        text: expect.stringContaining("65 persen pengunjung"),
        reason: "indikatornya tidak disebut",
      },
    ]);
    expect(parsed.observations.map((o) => o.value)).not.toContain(65);
  });

  it("never reads a number that is not written as a percentage", () => {
    const parsed = parsePressRelease(
      "IKD Kabupaten Berau naik 3 poin menjadi 120 ribu aktivasi per 1 Mei 2025.",
      lexicon,
    );
    expect(parsed.observations).toEqual([]);
    expect(parsed.targets).toEqual([]);
    expect(parsed.asOf).toBe("2025-05-01");
  });

  it("refuses an ambiguous place and an impossible percentage", () => {
    const parsed = parsePressRelease(
      "Capaian IKD di Kutai 5 persen. IKD Kabupaten Berau 140 persen.",
      lexicon,
    );
    expect(parsed.observations).toEqual([]);
    expect(parsed.problems.map((p) => p.reason)).toEqual([
      "wilayah “kutai” ambigu",
      "140 bukan persentase 0–100",
    ]);
  });
});
