// What "/langganan …" asks for: read as strictly as admin commands read
// regions and indicators, never guessed.

import { beforeAll, describe, expect, it } from "vitest";
import { readFilter } from "../../src/domain/broadcast/filter.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import { seededStore } from "../support/reference.ts";

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = buildLexicon((await seededStore()).reference);
});

describe("readFilter", () => {
  it.each([
    ["berau", { region: "64.03", indicator: null }],
    ["Kota Bontang", { region: "64.74", indicator: null }],
    ["kaltim", { region: "64", indicator: null }],
    ["ikd", { region: null, indicator: "ikd" }],
    ["KTP-el pemula", { region: null, indicator: "ktp_el_pemula" }],
    ["ikd berau", { region: "64.03", indicator: "ikd" }],
    ["berau ikd", { region: "64.03", indicator: "ikd" }],
    ["ktp-el pemula kutai barat", { region: "64.07", indicator: "ktp_el_pemula" }],
    ["semua", { region: null, indicator: null }],
    ["ALL", { region: null, indicator: null }],
  ])("reads “%s”", (text, filter) => {
    expect(readFilter(text, lexicon)).toEqual({ ok: filter });
  });

  it.each([
    "brau", // a typo is not guessed
    "kutai", // nor is an ambiguous name
    "ikd xyzzy",
    "ikd kia",
    "berau bontang",
  ])("refuses “%s”", (text) => {
    expect(readFilter(text, lexicon)).toEqual({ unknown: text });
  });
});
