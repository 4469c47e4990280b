// Numbers are formatted once per value and language and then remembered: the
// remembered text must be what Intl writes, for the first call and every later one.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { count, percent, points } from "../../src/domain/format.ts";
import type { Lang } from "../../src/domain/types.ts";

const LOCALES: Record<Lang, string> = { id: "id-ID", en: "en-GB" };
const twoDecimals = (lang: Lang) =>
  new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const lang = fc.constantFrom<Lang>("id", "en");
const value = fc.oneof(
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
  fc.constantFrom(0, -0, 0.005, 1.005, 99.995, 100),
);

describe("remembered number formats", () => {
  it("percent and points are Intl's, again and again", () => {
    fc.assert(
      fc.property(value, lang, (v, l) => {
        const expected = twoDecimals(l).format(v);
        for (let call = 0; call < 2; call++) {
          expect(percent(v, l)).toBe(`${expected}%`);
          expect(points(v, l)).toBe(twoDecimals(l).format(Math.abs(v)));
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("keeps the sign of -0 apart from 0", () => {
    for (const l of ["id", "en"] as const) {
      expect(percent(0, l)).toBe(`${twoDecimals(l).format(0)}%`);
      expect(percent(-0, l)).toBe(`${twoDecimals(l).format(-0)}%`);
      expect(percent(0, l)).toBe(`${twoDecimals(l).format(0)}%`);
    }
  });

  it("counts are Intl's, again and again", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), lang, (n, l) => {
        const expected = new Intl.NumberFormat(LOCALES[l]).format(n);
        expect(count(n, l)).toBe(expected);
        expect(count(n, l)).toBe(expected);
      }),
      { numRuns: 1_000 },
    );
  });

  it("writes both languages' separators", () => {
    expect(percent(1234.5, "id")).toBe("1.234,50%");
    expect(percent(1234.5, "en")).toBe("1,234.50%");
    expect(count(12345, "id")).toBe("12.345");
    expect(count(12345, "en")).toBe("12,345");
  });
});
