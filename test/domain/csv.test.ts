import { beforeAll, describe, expect, it } from "vitest";
import { MAX_CSV_BYTES, parseCsv } from "../../src/domain/import/csv.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import { seededStore } from "../support/reference.ts";

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = buildLexicon((await seededStore()).reference);
});

describe("CSV import", () => {
  it("reads codes, names, aliases, slugs, indicator names, both separators and decimal commas", () => {
    const csv = [
      "wilayah;indikator;nilai",
      "64.03;ikd;1,74",
      "Kota Balikpapan;KIA;96.9",
      "kukar;KTP-el pemula;70",
    ].join("\n");
    expect(parseCsv(csv, lexicon)).toEqual({
      observations: [
        { indicator: "ikd", region: "64.03", value: 1.74, sourceRank: null },
        { indicator: "kia", region: "64.71", value: 96.9, sourceRank: null },
        { indicator: "ktp_el_pemula", region: "64.02", value: 70, sourceRank: null },
      ],
      problems: [],
    });
    const commas = parseCsv(
      'region,indicator,value\n64.03,ikd,"1,74"\n64.09,ikd,10,46\r\n',
      lexicon,
    );
    expect(commas.observations.map((o) => o.value)).toEqual([1.74, 10.46]);
  });

  it("reports every bad line with its number and a reason, and returns no rows", () => {
    const csv = [
      "64.03,ikd,1.74",
      "Kutai,ikd,5",
      "brau,ikd,5",
      "64.71,xyz,5",
      "64.72,kia,120",
      "64.74,kia,abc",
      "64.03,ikd,2",
      "64.01,ikd",
    ].join("\n");
    const parsed = parseCsv(csv, lexicon);
    expect(parsed.observations).toEqual([]);
    expect(parsed.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, expect.stringContaining("ambigu: Kabupaten Kutai Kartanegara, Kabupaten Kutai Barat")],
      [3, "wilayah “brau” tidak dikenal; maksudnya Kabupaten Berau?"],
      [4, expect.stringContaining("indikator “xyz” tidak dikenal")],
      [5, "nilai 120 di luar 0–100"],
      [6, "nilai “abc” bukan angka"],
      [7, "nilai ganda untuk ikd 64.03 (juga di baris 1)"],
      [8, "butuh 3 kolom (wilayah,indikator,nilai), ada 2"],
    ]);
  });

  it("writes nothing when one line of 500 is bad", () => {
    const regencies = lexicon.reference.regions.filter((r) => r.level !== "province").slice(0, 500);
    const lines = regencies.map((r, i) => `${r.code};ikd;${i === 321 ? "1O,5" : (i % 100) + 0.5}`);
    const parsed = parseCsv(lines.join("\n"), lexicon);
    expect(parsed.observations).toEqual([]);
    expect(parsed.problems).toEqual([
      { line: 322, text: lines[321], reason: "nilai “1O,5” bukan angka" },
    ]);
  });

  it("refuses an oversized file with a clear message", () => {
    const parsed = parseCsv("x".repeat(MAX_CSV_BYTES + 1), lexicon);
    expect(parsed.problems[0]?.reason).toMatch(/berkas terlalu besar/);
  });

  it("treats a formula-looking field as an unknown region, never as data", () => {
    const parsed = parseCsv('=cmd|" /C calc"!A0,ikd,5', lexicon);
    expect(parsed.observations).toEqual([]);
    expect(parsed.problems[0]?.reason).toMatch(/tidak dikenal/);
  });
});
