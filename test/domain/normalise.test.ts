import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  editDistance,
  letterMask,
  maskDistance,
  normalise,
  tokenize,
} from "../../src/domain/normalise.ts";

/** Textbook optimal-string-alignment distance, to check the fast version against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe("editDistance", () => {
  it("agrees with the textbook distance up to its limit", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "r", "u", "e"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 2 }), (a, b, limit) => {
        expect(editDistance(a, b, limit)).toBe(Math.min(reference(a, b), limit + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it("is never ruled out by the letter masks when within its limit", () => {
    const word = fc.string({
      unit: fc.constantFrom("a", "b", "r", "u", "e", "1", " "),
      maxLength: 12,
    });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 2 }), (a, b, limit) => {
        if (editDistance(a, b, limit) > limit) return;
        expect(maskDistance(letterMask(a), letterMask(b))).toBeLessThanOrEqual(2 * limit);
      }),
      { numRuns: 3000 },
    );
  });

  it("counts the typos people make", () => {
    expect(editDistance("brau", "berau", 1)).toBe(1);
    expect(editDistance("barta", "barat", 1)).toBe(1);
    expect(editDistance("beras", "berau", 1)).toBe(1);
    expect(editDistance("samarnda", "samarinda", 2)).toBe(1);
    expect(editDistance("paser", "penajam", 2)).toBe(3);
  });
});

describe("tokenize", () => {
  it("folds case, accents, markup, invisible characters and punctuation", () => {
    expect(tokenize("Kab. PENAJAM\u200b paser-utara")).toEqual([
      "kab",
      "penajam",
      "paser",
      "utara",
    ]);
    expect(tokenize("<b>IKD</b> Bérau?")).toEqual(["ikd", "berau"]);
    expect(tokenize("kode 64.03, ya")).toEqual(["kode", "64.03", "ya"]);
    expect(normalise("  Kota   Balikpapan ")).toBe("kota balikpapan");
  });
});
