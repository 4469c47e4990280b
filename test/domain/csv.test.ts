import { beforeAll, describe, expect, it } from "vitest";
import { MAX_CSV_BYTES, ROWS_PER_CHUNK } from "../../src/domain/import/csv.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import { seededStore } from "../support/reference.ts";
import { parseCsv } from "../support/worded-import.ts";

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = buildLexicon((await seededStore()).reference);
});

describe("CSV import", () => {
  it("reads codes, names, aliases, slugs, indicator names, both separators and decimal commas", async () => {
    const csv = [
      "wilayah;indikator;nilai",
      "64.03;ikd;1,74",
      "Kota Balikpapan;KIA;96.9",
      "kukar;KTP-el pemula;70",
    ].join("\n");
    expect(await parseCsv(csv, lexicon)).toEqual({
      observations: [
        { indicator: "ikd", region: "64.03", value: 1.74, sourceRank: null },
        { indicator: "kia", region: "64.71", value: 96.9, sourceRank: null },
        { indicator: "ktp_el_pemula", region: "64.02", value: 70, sourceRank: null },
      ],
      problems: [],
    });
    const commas = await parseCsv(
      'region,indicator,value\n64.03,ikd,"1,74"\n64.09,ikd,10,46\r\n',
      lexicon,
    );
    expect(commas.observations.map((o) => o.value)).toEqual([1.74, 10.46]);
  });

  it("reports every bad line with its number and a reason, and returns no rows", async () => {
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
    const parsed = await parseCsv(csv, lexicon);
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

  it("writes nothing when one line of 500 is bad", async () => {
    const regencies = lexicon.reference.regions.filter((r) => r.level !== "province").slice(0, 500);
    const lines = regencies.map((r, i) => `${r.code};ikd;${i === 321 ? "1O,5" : (i % 100) + 0.5}`);
    const parsed = await parseCsv(lines.join("\n"), lexicon);
    expect(parsed.observations).toEqual([]);
    expect(parsed.problems).toEqual([
      { line: 322, text: lines[321], reason: "nilai “1O,5” bukan angka" },
    ]);
  });

  it("refuses an oversized file with a clear message", async () => {
    const parsed = await parseCsv("x".repeat(MAX_CSV_BYTES + 1), lexicon);
    expect(parsed.problems[0]?.reason).toMatch(/berkas terlalu besar/);
  });

  it("treats a formula-looking field as an unknown region, never as data", async () => {
    const parsed = await parseCsv('=cmd|" /C calc"!A0,ikd,5', lexicon);
    expect(parsed.observations).toEqual([]);
    expect(parsed.problems[0]?.reason).toMatch(/tidak dikenal/);
  });
});

describe("CSV as RFC 4180 writes it", () => {
  it("reads quoted line breaks, quoted separators and doubled quotes, numbering lines as the file does", async () => {
    const csv = [
      "wilayah,indikator,nilai",
      '"Kabupaten',
      'Berau",ikd,"1,74"',
      '"Kota Balikpapan","kia","96.9"',
      "64.74,ikd,oops",
    ].join("\r\n");
    const parsed = await parseCsv(csv, lexicon);
    // The bad line is the file's fifth: the quoted break counts as the line it is.
    expect(parsed.problems).toEqual([
      { line: 5, text: "64.74,ikd,oops", reason: "nilai “oops” bukan angka" },
    ]);
    const fixed = await parseCsv(csv.replace("oops", "12"), lexicon);
    expect(fixed.observations.map((o) => [o.region, o.value])).toEqual([
      ["64.03", 1.74],
      ["64.71", 96.9],
      ["64.74", 12],
    ]);
  });

  it("drops a byte-order mark, reads ';' files, skips blank lines, and keeps a quote inside a field as text", async () => {
    const parsed = await parseCsv(
      '\uFEFFwilayah;indikator;nilai\n\n64.03;ikd;2,5\n\nKota "X";ikd;3\n',
      lexicon,
    );
    expect(parsed.observations).toEqual([]);
    expect(parsed.problems).toEqual([
      {
        line: 5,
        text: 'Kota "X";ikd;3',
        reason: expect.stringContaining('wilayah “Kota "X"” tidak dikenal'),
      },
    ]);
    expect((await parseCsv("\uFEFF64.03;ikd;2,5\n", lexicon)).observations).toHaveLength(1);
  });

  it("refuses a quoted field left open, naming the line, and reads nothing", async () => {
    const parsed = await parseCsv('64.03,ikd,1\n"Kabupaten Berau,ikd,2\n64.71,kia,3\n', lexicon);
    expect(parsed).toEqual({
      observations: [],
      problems: [
        {
          line: 0,
          text: "",
          reason: expect.stringMatching(/^baris \d+: tanda kutip dibuka tetapi tidak ditutup$/),
        },
      ],
    });
  });

  it("yields to other work while it reads a large file", async () => {
    const regions = lexicon.reference.regions.filter((r) => r.level !== "nation");
    const csv = regions.map((r, i) => `${r.code};ikd;${i % 100}`).join("\n");
    expect(regions.length).toBeGreaterThan(2 * ROWS_PER_CHUNK);
    const order: string[] = [];
    const parsing = parseCsv(csv, lexicon).then(() => order.push("file read"));
    setTimeout(() => order.push("another user answered"), 0);
    await parsing;
    expect(order).toEqual(["another user answered", "file read"]);
  });
});
