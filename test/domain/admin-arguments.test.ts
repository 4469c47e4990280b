// Admin command arguments: read as questions read places and indicators, but
// strictly, with every problem named and nothing guessed.

import { beforeAll, describe, expect, it } from "vitest";
import {
  parseCorrection,
  parseDraftEdit,
  parseDraftMeta,
  parseSubject,
  parseSubjectValue,
  parseTarget,
  readPercentage,
} from "../../src/domain/admin/arguments.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import { seededStore } from "../support/reference.ts";

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = buildLexicon((await seededStore()).reference, { defaultProvince: "64" });
});

describe("values", () => {
  it.each([
    ["2,15", 2.15],
    ["2.15", 2.15],
    ["2,15%", 2.15],
    ["0", 0],
    ["100", 100],
  ])("reads %s as %s", (text, value) => {
    expect(readPercentage(text)).toEqual({ ok: value });
  });

  it.each([
    ["100,01", "nilai 100.01 di luar 0–100"],
    ["-1", "nilai -1 di luar 0–100"],
    ["1.000,5", "nilai “1.000,5” bukan angka: tulis misalnya 12,5 atau 12.5"],
    ["dua", "nilai “dua” bukan angka: tulis misalnya 12,5 atau 12.5"],
  ])("refuses %s", (text, error) => {
    expect(readPercentage(text)).toEqual({ error });
  });
});

describe("indicator, region and value", () => {
  it("takes indicators and places of several words, aliases and codes", () => {
    expect(parseSubjectValue("KTP-el pemula Penajam Paser Utara 80,5", lexicon)).toEqual({
      ok: { indicator: "ktp_el_pemula", region: "64.09", value: 80.5 },
    });
    expect(parseSubjectValue("kepemilikan kia kubar 54", lexicon)).toEqual({
      ok: { indicator: "kia", region: "64.07", value: 54 },
    });
    expect(parseSubject("ikd 64.71", lexicon)).toEqual({
      ok: { indicator: "ikd", region: "64.71" },
    });
  });

  it("names every problem at once", () => {
    expect(parseSubjectValue("ikd brau 1O", lexicon)).toEqual({
      problems: [
        "wilayah “brau” tidak dikenal; maksudnya Kabupaten Berau?",
        "nilai “1O” bukan angka: tulis misalnya 12,5 atau 12.5",
      ],
    });
    expect(parseSubject("ikx kutai", lexicon)).toEqual({
      problems: [
        "indikator “ikx” tidak dikenal (pilih: ktp_el, ktp_el_pemula, kia, ikd, akta_kelahiran)",
        "wilayah “kutai” ambigu: Kabupaten Kutai Kartanegara, Kabupaten Kutai Barat, Kabupaten Kutai Timur",
      ],
    });
  });

  it("finds a correction's value after the place, whatever the place's name holds", () => {
    expect(parseCorrection("ikd 64.03 1,84 salah ketik di rilis", lexicon)).toEqual({
      ok: { indicator: "ikd", region: "64.03", value: 1.84, reason: "salah ketik di rilis" },
    });
    expect(parseCorrection("ikd penajam paser utara 10,5", lexicon)).toEqual({
      ok: { indicator: "ikd", region: "64.09", value: 10.5, reason: null },
    });
    expect(parseCorrection("ikd berau dua", lexicon)).toEqual({
      problems: ["nilai “dua” bukan angka: tulis misalnya 12,5 atau 12.5"],
    });
  });

  it("reads a target's year", () => {
    expect(parseTarget("KTP-el pemula 2025 90", lexicon)).toEqual({
      ok: { indicator: "ktp_el_pemula", year: 2025, value: 90 },
    });
    expect(parseTarget("ikd 25 30", lexicon)).toEqual({
      problems: ["tahun “25” tidak valid: tulis empat angka, misalnya 2024"],
    });
  });
});

describe("a draft's description", () => {
  it("reads dates as press texts write them, and only web links", () => {
    expect(
      parseDraftMeta("13 Juni 2024 | Capaian Juni | DKP3A | https://example.org/a?b=1"),
    ).toEqual({
      ok: {
        asOf: "2024-06-13",
        presentedOn: null,
        title: "Capaian Juni",
        source: "DKP3A",
        url: "https://example.org/a?b=1",
      },
    });
    expect(parseDraftMeta("2024-06-13 | Judul")).toEqual({
      problems: ["tulis tiga atau empat bagian dipisah |: tanggal | judul | sumber [| tautan]"],
    });
    expect(parseDraftMeta(`31 Juni 2024 | ${"x".repeat(201)} | S | data:text/html,x`)).toEqual({
      problems: [
        "tanggal “31 Juni 2024” tidak terbaca: tulis misalnya 2024-06-13 atau 13 Juni 2024",
        "judul terlalu panjang: paling banyak 200 karakter",
        "tautan “data:text/html,x” tidak valid: tulis alamat lengkap, https://…",
      ],
    });
  });

  it("edits one field, and clears the optional ones with -", () => {
    expect(parseDraftEdit("sumber DKP3A Kaltim")).toEqual({
      ok: { field: "source", value: "DKP3A Kaltim" },
    });
    expect(parseDraftEdit("date 2024-12-31")).toEqual({
      ok: { field: "asOf", value: "2024-12-31" },
    });
    expect(parseDraftEdit("tautan -")).toEqual({ ok: { field: "url", value: null } });
    expect(parseDraftEdit("judul -")).toEqual({ ok: { field: "title", value: "-" } });
    expect(parseDraftEdit("sumber")).toEqual({ problems: ["sumber kosong"] });
  });
});

describe("regions by official code, wherever names are accepted", () => {
  it("reads a province, a regency and the nation by code in /ubah, /hapus and /koreksi", () => {
    expect(parseCorrection("ikd 64 5,2 rilis ulang", lexicon)).toEqual({
      ok: { indicator: "ikd", region: "64", value: 5.2, reason: "rilis ulang" },
    });
    // The code is the place, not the value, even though it looks like a number.
    expect(parseCorrection("ikd 64.03 5,2", lexicon)).toEqual({
      ok: { indicator: "ikd", region: "64.03", value: 5.2, reason: null },
    });
    expect(parseCorrection("ktp-el pemula ID 90", lexicon)).toMatchObject({
      ok: { indicator: "ktp_el_pemula", region: "ID", value: 90 },
    });
    expect(parseSubjectValue("ikd 64 5", lexicon)).toEqual({
      ok: { indicator: "ikd", region: "64", value: 5 },
    });
    expect(parseSubject("kia 64.71", lexicon)).toEqual({
      ok: { indicator: "kia", region: "64.71" },
    });
  });

  it("refuses a code that names no region, as it refuses an unknown name", () => {
    expect(parseCorrection("ikd 99 5", lexicon)).toMatchObject({
      problems: [expect.stringContaining("wilayah “99” tidak dikenal")],
    });
  });
});
