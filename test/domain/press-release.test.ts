// Press releases → draft data. The seed article must give exactly the seed
// figures; the fixtures (our own paraphrases of the kinds of sentences real
// articles use: lists, abbreviations, brackets, "masing-masing", datelines,
// places where something was said, hedges, complements, shares of a target,
// headlines, dates with their precision, counts, values above 100, akta,
// DP4) must give exactly what they state, skip the rest with a reason, and
// invent nothing.

import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { looksLikePressRelease } from "../../src/domain/import/press-release.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import { seededStore } from "../support/reference.ts";
import { type ParsedPressRelease, parsePressRelease } from "../support/worded-import.ts";

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = buildLexicon((await seededStore()).reference);
});

const fixtures = new URL("../fixtures/press-releases/", import.meta.url);
const read = (url: URL) => readFileSync(url, "utf8");
const values = (parsed: ParsedPressRelease) =>
  parsed.observations.map((o) => `${o.indicator} ${o.region} ${o.value}`);

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
    expect(parsed.asOfPrecision).toBe("day");
    expect(parsed.presentedOn).toBe("2024-06-19");
    expect(parsed.source).toBe("DKP3A Provinsi Kalimantan Timur");
    const byKey = (rows: { indicator: string; region: string }[]) =>
      [...rows].sort((a, b) =>
        `${a.indicator}${a.region}`.localeCompare(`${b.indicator}${b.region}`),
      );
    expect(
      byKey(
        parsed.observations.map(({ indicator, region, value, sourceRank }) => ({
          indicator,
          region,
          value,
          sourceRank,
        })),
      ),
    ).toEqual(
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
      { indicator: "kia", year: 2024, value: 60, scope: "national" },
      { indicator: "ikd", year: 2024, value: 30, scope: "national" },
    ]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.skipped).toEqual([]);
  });
});

describe("paraphrased articles", () => {
  const articles = readdirSync(fixtures).filter((name) => name.endsWith(".txt"));

  it("cover each kind of sentence", () => {
    expect(articles.length).toBeGreaterThanOrEqual(9);
  });

  it.each(articles)("%s parses into exactly what it states", (name) => {
    const text = read(new URL(name, fixtures));
    const expected = JSON.parse(read(new URL(name.replace(/\.txt$/, ".expected.json"), fixtures)));
    const parsed = parsePressRelease(text, lexicon);
    expect({
      asOf: parsed.asOf,
      asOfPrecision: parsed.asOfPrecision,
      presentedOn: parsed.presentedOn,
      source: parsed.source,
      observations: parsed.observations.map(({ indicator, region, value, sourceRank, count }) => ({
        indicator,
        region,
        value,
        sourceRank,
        count,
      })),
      targets: parsed.targets,
      skipped: parsed.skipped.map(({ value, reason }) => ({ value, reason })),
      problemLines: parsed.problems.map((p) => p.line),
    }).toEqual(expected);
  });

  it.each(articles)("%s gives each value the sentence it was read from", (name) => {
    const text = read(new URL(name, fixtures));
    for (const o of parsePressRelease(text, lexicon).observations) {
      expect(text.replace(/\s+/g, " ")).toContain(o.evidence);
      expect(o.evidence).toMatch(
        new RegExp(String(o.value).replace(".", "[.,]").concat("\\d*\\s*(%|persen|percent)")),
      );
    }
  });
});

describe("where a figure belongs", () => {
  it("never files a figure under the place where it was said, nor under a default province", () => {
    const parsed = parsePressRelease(
      read(new URL("national-said-in-jakarta.txt", fixtures)),
      lexicon,
    );
    expect(values(parsed)).toEqual(["ktp_el ID 98.2"]);
    const nothing = parsePressRelease(read(new URL("no-place-named.txt", fixtures)), lexicon);
    expect(nothing.observations).toEqual([]);
    expect(nothing.skipped).toEqual([
      {
        text: expect.stringContaining("8,25 persen"),
        value: 8.25,
        reason: "wilayahnya tidak disebut",
      },
    ]);
  });

  it("takes “kata … di Samarinda” for where it was said, and “capaian nasional” for Indonesia", () => {
    const said = parsePressRelease("IKD baru 5,5 persen, kata Kepala DKP3A di Samarinda.", lexicon);
    expect(said.observations).toEqual([]);
    expect(said.skipped.map((s) => s.reason)).toEqual(["wilayahnya tidak disebut"]);
    const national = parsePressRelease(
      "Capaian KIA Kabupaten Berau 60,5 persen, sedangkan capaian nasional 70,2 persen.",
      lexicon,
    );
    expect(values(national)).toEqual(["kia 64.03 60.5", "kia ID 70.2"]);
  });

  it("reads the region from a dateline only when the text names no other", () => {
    expect(
      values(parsePressRelease(read(new URL("purbalingga-dateline-only.txt", fixtures)), lexicon)),
    ).toEqual(["ikd 33.03 12.45"]);
    const named = parsePressRelease(
      "PURBALINGGA – Aktivasi IKD di Kabupaten Banyumas mencapai 9,5 persen hingga Mei 2025.",
      lexicon,
    );
    expect(values(named)).toEqual(["ikd 33.02 9.5"]);
  });

  it("refuses an ambiguous place, and keeps a value above 100 as stated", () => {
    const parsed = parsePressRelease(
      "Capaian IKD di Kutai 5 persen. KTP-el Kabupaten Berau 104,2 persen. KIA Kota Malang 1400 persen.",
      lexicon,
    );
    expect(values(parsed)).toEqual(["ktp_el 64.03 104.2"]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual([
      "wilayah “kutai” ambigu (kabupaten, kota atau provinsi?)",
    ]);
  });

  it("tells a province from the regency and the city of the same name", () => {
    const parsed = parsePressRelease(
      "Perekaman KTP-el di Provinsi Gorontalo 97,1 persen. Di Kabupaten Gorontalo 95,3 persen, di Kota Gorontalo 98,8 persen. Di Gorontalo lainnya 90 persen.",
      lexicon,
    );
    expect(values(parsed)).toEqual(["ktp_el 75 97.1", "ktp_el 75.01 95.3", "ktp_el 75.71 98.8"]);
    expect(parsed.skipped.map((s) => s.value)).toEqual([90]);
  });
});

describe("what is not a value", () => {
  it("never reads a number that is not written as a percentage", () => {
    const parsed = parsePressRelease(
      "IKD Kabupaten Berau naik 3 poin menjadi 120 ribu aktivasi per 1 Mei 2025.",
      lexicon,
    );
    expect(parsed.observations).toEqual([]);
    expect(parsed.targets).toEqual([]);
    expect(parsed.skipped).toEqual([]);
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

  it("takes an exact figure the text also gives hedged, and skips one given only hedged", () => {
    const parsed = parsePressRelease(
      "Sekitar 97,5 persen anak di Kabupaten Berau memiliki akta kelahiran. Rinciannya, 40.100 anak atau 97,5 persen di Kabupaten Berau sudah punya akta lahir. KIA di Kabupaten Paser hampir 60 persen.",
      lexicon,
    );
    expect(parsed.observations).toMatchObject([
      { indicator: "akta_kelahiran", region: "64.03", value: 97.5, count: 40_100 },
    ]);
    expect(parsed.skipped.map((s) => s.value)).toEqual([60]);
  });
});

describe("a headline's rounding", () => {
  it("loses to the body's exact figure, even on the same line", () => {
    const parsed = parsePressRelease(
      "IKD Purbalingga Capai 3,8 Persen. Aktivasi IKD di Kabupaten Purbalingga tercatat 3,83 persen per 1 Juni 2025.",
      lexicon,
    );
    expect(values(parsed)).toEqual(["ikd 33.03 3.83"]);
    expect(parsed.skipped).toMatchObject([
      { value: 3.8, reason: "pembulatan dari angka yang lebih tepat" },
    ]);
  });
});

describe("a pasted press release", () => {
  it("is recognised whatever its length, a question is not", () => {
    expect(
      looksLikePressRelease(
        "IKD Kabupaten Berau 5,2 persen per Mei 2025. KIA Berau 70 persen.",
        lexicon,
      ),
    ).toBe(true);
    expect(looksLikePressRelease(read(new URL("kaltim-kia-rincian.txt", fixtures)), lexicon)).toBe(
      true,
    );
    expect(looksLikePressRelease("berapa persen IKD Berau?", lexicon)).toBe(false);
    expect(looksLikePressRelease("IKD Berau 5 persen atau 10 persen?", lexicon)).toBe(false);
    expect(looksLikePressRelease("/impor 5 persen. 6 persen.", lexicon)).toBe(false);
  });

  it("reads a “Sumber:” line as its source", () => {
    expect(
      parsePressRelease(read(new URL("kaltim-kia-rincian.txt", fixtures)), lexicon).source,
    ).toBe("DKP3A Kaltim");
  });
});
