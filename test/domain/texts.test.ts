// One home for texts: both languages have every key of every area (the shared
// type already makes a missing key a compile error; this also catches an
// extra one, a text left empty, and a parameterised text taking different
// arguments in the two languages), and the one-language areas have no empty text.

import { describe, expect, it } from "vitest";
import {
  type ImportReason,
  type ImportReasonKind,
  wordReason,
} from "../../src/domain/import/import-reason.ts";
import { refusalMessage } from "../../src/domain/messages/en/cli.ts";
import { adminTexts } from "../../src/domain/messages/id/admin.ts";
import { broadcastTexts } from "../../src/domain/messages/id/broadcast.ts";
import { sourcesTexts } from "../../src/domain/messages/id/sources.ts";
import { unansweredTexts } from "../../src/domain/messages/id/unanswered.ts";
import { TEXTS } from "../../src/domain/messages/texts.ts";

/** Every leaf of a texts object by its path: a string's text, or a function's arity. */
function leaves(texts: object, path = ""): Map<string, string | number> {
  const found = new Map<string, string | number>();
  for (const [key, value] of Object.entries(texts)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === "string") found.set(at, value);
    else if (typeof value === "function") found.set(at, value.length);
    else if (value && typeof value === "object") {
      for (const [p, v] of leaves(value, at)) found.set(p, v);
    }
  }
  return found;
}

describe("texts in both languages", () => {
  const id = leaves(TEXTS.id);
  const en = leaves(TEXTS.en);

  it("have the same keys, each taking the same arguments", () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, value] of id) {
      if (typeof value === "number") expect([path, en.get(path)]).toEqual([path, value]);
    }
    expect(id.size).toBeGreaterThan(100);
  });

  it("leave no text empty", () => {
    for (const [path, value] of [...id, ...en]) {
      if (typeof value === "string") expect([path, value.trim()]).not.toEqual([path, ""]);
    }
  });
});

describe("texts in one language by design", () => {
  it("leave no text empty (admin, broadcast, sources, unanswered: Indonesian)", () => {
    const all = leaves({ adminTexts, broadcastTexts, sourcesTexts, unansweredTexts });
    for (const [path, value] of all) {
      if (typeof value === "string") expect([path, value.trim()]).not.toEqual([path, ""]);
    }
    expect(all.size).toBeGreaterThan(40);
  });

  it("give the CLI English refusals", () => {
    expect(refusalMessage({ reason: "no-draft" })).toBe("there is no open draft");
  });
});

/** One reason of every kind: the type makes a kind added without an example a compile error. */
const EVERY_REASON: { [K in ImportReasonKind]: Extract<ImportReason, { kind: K }> } = {
  notText: { kind: "notText" },
  textTooLong: { kind: "textTooLong", chars: 25_000, max: 20_000 },
  fileTooLarge: { kind: "fileTooLarge", bytes: 2_000_000, max: 1_000_000 },
  noValues: { kind: "noValues" },
  noPercentages: { kind: "noPercentages" },
  tooManyRows: { kind: "tooManyRows", max: 5000 },
  stoppedReading: { kind: "stoppedReading", line: 101, max: 100 },
  csvSyntax: { kind: "csvSyntax", syntax: "quoteNotClosed", line: 3 },
  columnCount: { kind: "columnCount", separator: ";", count: 2 },
  duplicateRow: { kind: "duplicateRow", indicator: "ikd", region: "64.03", earlierLine: 2 },
  unknownRegion: { kind: "unknownRegion", name: "Atlantis" },
  ambiguousRegion: { kind: "ambiguousRegion", name: "Berau", candidates: ["A", "B"] },
  regionTypo: { kind: "regionTypo", name: "brau", suggestion: "Kabupaten Berau" },
  unknownIndicator: { kind: "unknownIndicator", name: "sim", known: ["ikd", "kia"] },
  notANumber: { kind: "notANumber", text: "1O" },
  outOfRange: { kind: "outOfRange", value: 120 },
  several: { kind: "several", reasons: [{ kind: "outOfRange", value: 120 }, { kind: "noValues" }] },
  notAPercentage: { kind: "notAPercentage", value: 1200 },
  inHeading: { kind: "inHeading" },
  approximate: { kind: "approximate" },
  threshold: { kind: "threshold" },
  difference: { kind: "difference" },
  complement: { kind: "complement" },
  earlierPeriod: { kind: "earlierPeriod" },
  shareOfTarget: { kind: "shareOfTarget" },
  shareOfPopulation: { kind: "shareOfPopulation" },
  subDistrict: { kind: "subDistrict" },
  subGroup: { kind: "subGroup" },
  combinedRegions: { kind: "combinedRegions" },
  average: { kind: "average" },
  respectiveMismatch: { kind: "respectiveMismatch" },
  indicatorNotNamed: {
    kind: "indicatorNotNamed",
    doubt: { kind: "digression", from: "ktp_el", to: "ikd" },
  },
  dp4: { kind: "dp4" },
  indicatorNotInCatalog: { kind: "indicatorNotInCatalog", indicator: "sim" },
  approximateTarget: { kind: "approximateTarget" },
  targetYearUnknown: { kind: "targetYearUnknown" },
  targetRegionUnnamed: { kind: "targetRegionUnnamed" },
  targetScopeUnclear: { kind: "targetScopeUnclear" },
  ambiguousPlace: { kind: "ambiguousPlace", name: "Berau" },
  levelUnnamed: { kind: "levelUnnamed", level: "kabupaten" },
  regionNotNamed: { kind: "regionNotNamed" },
  rounded: { kind: "rounded" },
  secondValue: { kind: "secondValue" },
  conflict: { kind: "conflict" },
  pageNotSent: { kind: "pageNotSent" },
  pageNotFetched: { kind: "pageNotFetched", detail: "HTTP 503" },
  pageGone: { kind: "pageGone", detail: "HTTP 404" },
  pageUnchanged: { kind: "pageUnchanged" },
  sameValuesAs: { kind: "sameValuesAs", candidate: 7, url: "https://example.org/a" },
  noValue: { kind: "noValue" },
  noAnswer: { kind: "noAnswer", seconds: 10 },
  unreachable: { kind: "unreachable", detail: "ECONNREFUSED" },
  httpStatus: { kind: "httpStatus", status: 404 },
  cutOff: { kind: "cutOff", detail: null },
  tooBig: { kind: "tooBig", kilobytes: 1000 },
  invalidFeed: { kind: "invalidFeed" },
  notAFeed: { kind: "notAFeed" },
};

/** Words only Indonesian wording uses: none may reach the CLI's English. */
const INDONESIAN =
  /\b(tidak|baris|wilayah|nilai|kolom|angka|bukan|berkas|indikatornya|halaman|sudah|dan|atau)\b/i;

describe("import problems in both languages", () => {
  // Each kind worded differently per language, but "HTTP 404", which is the same in both.
  it("word every kind in each language, the English with no Indonesian word", () => {
    for (const reason of Object.values(EVERY_REASON)) {
      const id = wordReason(TEXTS.id.import, reason);
      const en = wordReason(TEXTS.en.import, reason);
      expect([reason.kind, id.trim()]).not.toEqual([reason.kind, ""]);
      if (reason.kind !== "httpStatus") expect([reason.kind, en]).not.toEqual([reason.kind, id]);
      expect([reason.kind, INDONESIAN.exec(en)?.[0]]).toEqual([reason.kind, undefined]);
    }
  });

  it("keep each parameter in the wording", () => {
    const row = EVERY_REASON.duplicateRow;
    expect(wordReason(TEXTS.id.import, row)).toBe("nilai ganda untuk ikd 64.03 (juga di baris 2)");
    expect(wordReason(TEXTS.en.import, row)).toBe("a second value for ikd 64.03 (also on line 2)");
  });

  it("show a reason stored as text before reasons were data as written", () => {
    expect(wordReason(TEXTS.en.import, "alasan lama")).toBe("alasan lama");
  });
});
