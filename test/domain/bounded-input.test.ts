// Every parser a user can reach does bounded work, whatever the text: typo
// searches are capped per text, filters and admin subjects in words, fields in
// tokens, CSV files in rows and bad lines. Timings live in `npm run bench --
// worst`; here the caps themselves, and right answers on long inputs.

import { beforeAll, describe, expect, it } from "vitest";
import {
  MAX_SUBJECT_WORDS,
  parseCorrection,
  parseSubjectValue,
} from "../../src/domain/admin/arguments.ts";
import { MAX_FILTER_WORDS, readFilter } from "../../src/domain/broadcast/filter.ts";
import { readArticle } from "../../src/domain/import/article-text.ts";
import { MAX_CSV_PROBLEMS, MAX_CSV_ROWS } from "../../src/domain/import/csv.ts";
import { MAX_FIELD_TOKENS } from "../../src/domain/import/resolve.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import { tokenize } from "../../src/domain/normalise.ts";
import { MAX_TYPO_SEARCHES, scan } from "../../src/domain/scan.ts";
import { understand } from "../../src/domain/understand.ts";
import { seededStore } from "../support/reference.ts";
import { parseCsv, resolveRegion } from "../support/worded-import.ts";

let lexicon: Lexicon;
beforeAll(async () => {
  const store = await seededStore();
  lexicon = buildLexicon(store.reference);
  store.client.close();
});

const words = (word: string, count: number) => Array.from({ length: count }, () => word).join(" ");

describe("reading places", () => {
  it("searches for typos a bounded number of times per text", () => {
    const marks = scan(
      Array.from({ length: 400 }, () => "brau"),
      lexicon,
    );
    const places = marks.filter((m) => m.type === "place");
    expect(places.length).toBeGreaterThan(0);
    expect(places.length).toBeLessThanOrEqual(MAX_TYPO_SEARCHES);
    // Past the cap an unknown word stays a word; an exact name is still a place.
    expect(marks.at(-1)).toMatchObject({ type: "word", token: "brau" });
    const named = scan([...Array.from({ length: 400 }, () => "brau"), "berau"], lexicon);
    expect(named.at(-1)).toMatchObject({ type: "place", mention: { code: "64.03" } });
  });

  it("reads the place of a question of 4,096 characters", () => {
    const text = "ikd berau ".concat(words("zqxw vbnm", 300)).slice(0, 4096);
    expect(understand(text, lexicon).question).toEqual({
      kind: "value",
      indicator: "ikd",
      region: "64.03",
    });
  });

  it("reads a million characters of markup that never closes in one pass", () => {
    // A pattern that rescans the rest of the text from every "<" needs hours here, not one pass.
    expect(tokenize("<a".repeat(500_000))).toHaveLength(500_000);
    expect(tokenize(`${"<a ".repeat(300_000)}ikd berau`).slice(-2)).toEqual(["ikd", "berau"]);
  });

  it("reads a source line of dots and spaces in one pass", () => {
    const source = `DKP3A Kaltim${". ".repeat(10_000)}x${" .".repeat(10_000)}`;
    expect(readArticle(`Judul\nSumber: ${source}\n`).sourceName).toBe(
      `DKP3A Kaltim${". ".repeat(10_000)}x`,
    );
  });

  it("reads markup that never closes as text", () => {
    expect(tokenize("<a".repeat(20_000))).toHaveLength(20_000);
    expect(tokenize("<b>ikd</b> <i>berau")).toEqual(["ikd", "berau"]);
  });
});

describe("filters, fields and admin arguments", () => {
  it("refuses a filter longer than a region and an indicator, repeating only its start", () => {
    const long = words("berau", MAX_FILTER_WORDS + 1);
    const reading = readFilter(words(long, 20), lexicon);
    expect(reading).toHaveProperty("unknown");
    expect("unknown" in reading && reading.unknown.length).toBeLessThanOrEqual(65);
    expect(readFilter("ktp-el pemula kabupaten penajam paser utara", lexicon)).toEqual({
      ok: { indicator: "ktp_el_pemula", region: "64.09" },
    });
  });

  it("refuses a region field longer than any name, unread", () => {
    const resolved = resolveRegion(words("berau", MAX_FIELD_TOKENS + 1), lexicon);
    expect(resolved).toEqual({
      error: expect.stringMatching(/^wilayah “berau berau.{0,60}…” tidak/),
    });
  });

  it("reads a correction with a reason of thousands of words", () => {
    const reason = words("salah ketik di sumber", 800);
    expect(parseCorrection(`ikd berau 1,84 ${reason}`, lexicon)).toEqual({
      ok: { indicator: "ikd", region: "64.03", value: 1.84, reason },
    });
  });

  it("names the limit when the words before a value are too many to be a subject", () => {
    const parsed = parseSubjectValue(`ikd ${words("berau", MAX_SUBJECT_WORDS)} 1,84`, lexicon);
    expect(parsed).toEqual({ problems: [expect.stringContaining("terlalu panjang")] });
  });
});

describe("CSV files", () => {
  it("stops reading after so many bad lines, writing nothing", async () => {
    const parsed = await parseCsv("brau;ikd;1\n".repeat(MAX_CSV_PROBLEMS + 50), lexicon);
    expect(parsed.observations).toEqual([]);
    expect(parsed.problems).toHaveLength(MAX_CSV_PROBLEMS + 1);
    expect(parsed.problems[0]?.reason).toBe(
      `berhenti membaca di baris ${MAX_CSV_PROBLEMS + 1}: sudah ${MAX_CSV_PROBLEMS} baris bermasalah`,
    );
  });

  it("refuses more rows than a release can hold", async () => {
    const parsed = await parseCsv("64.03;ikd;1\n".repeat(MAX_CSV_ROWS + 1), lexicon);
    expect(parsed.problems).toEqual([
      { line: 0, text: "", reason: `terlalu banyak baris: paling banyak ${MAX_CSV_ROWS}` },
    ]);
  });
});
