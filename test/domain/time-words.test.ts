// The period words of a question are looked up in tables of their own: a word
// that happens to name a property of every JavaScript object ("constructor",
// "__proto__") is no month, quarter or part of a year.

import { describe, expect, it } from "vitest";
import { readTime } from "../../src/domain/time-words.ts";

const TODAY = "2026-11-30";
const OBJECT_WORDS = ["constructor", "__proto__", "tostring", "valueof", "hasownproperty"];

describe("readTime", () => {
  for (const word of OBJECT_WORDS) {
    it(`reads ${JSON.stringify(word)} as no period word`, () => {
      expect(readTime(["kia", word, "2024"], TODAY).when).toEqual(
        readTime(["kia", "2024"], TODAY).when,
      );
      expect(readTime(["kia", word], TODAY).when).toBeNull();
      expect(readTime(["triwulan", word, "2024"], TODAY).when).toEqual(
        readTime(["2024"], TODAY).when,
      );
    });
  }

  it("still reads months, quarters and parts of a year", () => {
    expect(readTime(["mei", "2024"], TODAY).when).toMatchObject({
      from: "2024-05-01",
      to: "2024-05-31",
      precision: "month",
    });
    expect(readTime(["q3", "2024"], TODAY).when).toMatchObject({
      from: "2024-07-01",
      to: "2024-09-30",
    });
    expect(readTime(["third", "quarter", "of", "2024"], TODAY).when).toMatchObject({
      from: "2024-07-01",
      to: "2024-09-30",
    });
    expect(readTime(["akhir", "tahun", "2023"], TODAY).when).toMatchObject({
      from: "2023-10-01",
      to: "2023-12-31",
      words: "akhir tahun 2023",
    });
  });
});
