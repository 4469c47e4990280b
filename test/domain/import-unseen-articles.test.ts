// Press releases → draft data: the ways articles never seen before wrote
// their figures (English name order, "respectively" after the values, a
// province in apposition with words between, ...). Every sentence here is our
// own, with invented figures.

import { beforeAll, describe, expect, it } from "vitest";
import {
  type ParsedPressRelease,
  parsePressRelease,
} from "../../src/domain/import/press-release.ts";
import { buildLexicon, type Lexicon } from "../../src/domain/lexicon.ts";
import { seededStore } from "../support/reference.ts";

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = buildLexicon((await seededStore()).reference);
});

const values = (parsed: ParsedPressRelease) =>
  parsed.observations.map((o) => `${o.indicator} ${o.region} ${o.value}`);
const parse = (text: string) => parsePressRelease(text, lexicon);

describe("English region names", () => {
  it("reads “X City”, “X Regency” and “X district” as the city or regency so named", () => {
    expect(
      values(parse("Birth certificate ownership in Kupang City reached 91.4 percent last month.")),
    ).toEqual(["akta_kelahiran 53.71 91.4"]);
    expect(
      values(parse("Birth certificate ownership in Kupang Regency reached 84.2 percent.")),
    ).toEqual(["akta_kelahiran 53.01 84.2"]);
    expect(values(parse("In Sikka district, e-KTP recording was 95.1 percent."))).toEqual([
      "ktp_el 53.07 95.1",
    ]);
  });

  it("reads a compass word before a name as the name's own ending", () => {
    expect(values(parse("In West Manggarai district, e-KTP recording was 96.3 percent."))).toEqual([
      "ktp_el 53.15 96.3",
    ]);
    expect(values(parse("East Manggarai reached 94.7 percent in e-KTP recording."))).toEqual([
      "ktp_el 53.19 94.7",
    ]);
  });

  it("leaves a bare “district” a sub-district, never the article's region", () => {
    const parsed = parse(
      "In Sikka district, e-KTP recording was 95.1 percent. In one remote district, it was 70.2 percent.",
    );
    expect(values(parsed)).toEqual(["ktp_el 53.07 95.1"]);
  });

  it("pairs values listed before “respectively” with the names before them", () => {
    expect(
      values(
        parse(
          "Kupang City and Kupang Regency recorded birth certificate ownership of 90.2 percent and 81.7 percent respectively.",
        ),
      ),
    ).toEqual(["akta_kelahiran 53.71 90.2", "akta_kelahiran 53.01 81.7"]);
  });
});

describe("a province written after its regency with words between", () => {
  it("only says where the regency lies", () => {
    expect(
      values(
        parse(
          "Di Merauke, kini masuk Provinsi Papua Selatan, kepemilikan akta kelahiran 79,5 persen, sedangkan Mimika di Papua Tengah 76,1 persen.",
        ),
      ),
    ).toEqual(["akta_kelahiran 93.01 79.5", "akta_kelahiran 94.04 76.1"]);
  });
});
