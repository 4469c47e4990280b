// The date formatters remember what they formatted: a remembered text must be
// the one for that day in that language, however calls interleave.

import { describe, expect, it } from "vitest";
import { longDate, monthYear } from "../../src/domain/format.ts";

describe("longDate and monthYear", () => {
  it("give each day in each language its own text, asked once or many times", () => {
    for (let round = 0; round < 3; round++) {
      expect(longDate("2024-05-31", "id")).toBe("31 Mei 2024");
      expect(longDate("2024-05-31", "en")).toBe("31 May 2024");
      expect(longDate("2024-06-30", "id")).toBe("30 Juni 2024");
      expect(monthYear("2024-05-31", "id")).toBe("Mei 2024");
      expect(monthYear("2024-05-31", "en")).toBe("May 2024");
    }
  });

  it("stay right after more distinct days than they remember", () => {
    const start = Date.UTC(2000, 0, 1);
    for (let day = 0; day < 1500; day++) {
      longDate(new Date(start + day * 86_400_000).toISOString().slice(0, 10), "en");
    }
    expect(longDate("2000-01-01", "en")).toBe("1 January 2000");
    expect(longDate("2004-02-09", "en")).toBe("9 February 2004");
  });
});
