// Press releases → draft data: the ways articles never seen before wrote
// their figures (English name order, "respectively" after the values, a
// province in apposition with words between, ...). Every sentence here is our
// own, with invented figures.

import { beforeAll, describe, expect, it } from "vitest";
import { seededReader, values } from "../support/press-release.ts";
import type { ParsedPressRelease } from "../support/worded-import.ts";

let parse: (text: string) => ParsedPressRelease;
beforeAll(async () => {
  parse = await seededReader();
});

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

describe("the nation named by the figure's own words", () => {
  it("reads “KTP-el nasional”, “nationwide” and “of Indonesians” as Indonesia", () => {
    expect(
      values(
        parse("Di Kalimantan Barat, KIA 55,2 persen. Perekaman KTP-el nasional sudah 98,6 persen."),
      ),
    ).toEqual(["kia 61 55.2", "ktp_el ID 98.6"]);
    expect(values(parse("IKD activation stood at 12.5 percent nationwide last month."))).toEqual([
      "ikd ID 12.5",
    ]);
    expect(
      values(
        parse(
          "The ministry said 98.8 percent of Indonesians required to hold an electronic identity card (e-KTP) had recorded their data.",
        ),
      ),
    ).toEqual(["ktp_el ID 98.8"]);
  });
});

describe("a hedge or a comparison written after the number", () => {
  it("skips “44 persen lebih” as approximate and “3 persen lebih tinggi” as a difference", () => {
    const parsed = parse(
      "Di Kota Pontianak, KIA baru 44 persen lebih. Akta kelahiran Kota Pontianak 3 persen lebih tinggi dari tahun sebelumnya.",
    );
    expect(values(parsed)).toEqual([]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual([
      "angka perkiraan (sekitar/lebih dari/di atas/hampir), bukan nilai tepat",
      "selisih atau perubahan, bukan capaian",
    ]);
  });
});

describe("a sentence naming no indicator", () => {
  it("does not take over an indicator that a “Meanwhile, …” sentence turned to", () => {
    const parsed = parse(
      "E-KTP recording in Central Java reached 99.1 percent. Meanwhile, IKD activation stood at 13.1 percent nationwide. Among regencies, Pemalang had recorded 98.2 percent.",
    );
    expect(values(parsed)).toEqual(["ktp_el 33 99.1", "ikd ID 13.1"]);
    expect(parsed.problems.map((p) => p.reason)).toEqual([
      "indikatornya tidak disebut (kalimat sebelumnya beralih dari “ktp_el” ke “ikd”)",
    ]);
  });

  it("does not take over another kind of indicator when it speaks of recording", () => {
    const parsed = parse(
      "Aktivasi IKD Kota Pontianak 12,1 persen. Di Kabupaten Sintang, 97,4 persen wajib KTP sudah merekam.",
    );
    expect(values(parsed)).toEqual(["ikd 61.71 12.1"]);
    expect(parsed.problems.map((p) => p.reason)).toEqual([
      "indikatornya tidak disebut (kalimat sebelumnya tentang “ikd”, kalimat ini tentang perekaman)",
    ]);
  });

  it("keeps the indicator when English “recorded” only means “had”", () => {
    const parsed = parse(
      "Birth certificate ownership in East Nusa Tenggara reached 91.2 percent. Belu and Malaka regencies recorded 93.5 percent and 88.02 percent, respectively. The national figure was 95.3 percent.",
    );
    expect(values(parsed)).toEqual([
      "akta_kelahiran 53 91.2",
      "akta_kelahiran 53.04 93.5",
      "akta_kelahiran 53.21 88.02",
      "akta_kelahiran ID 95.3",
    ]);
  });
});

describe("a bulleted list after an introduction ending in a colon", () => {
  it("is about the one region the introduction names, even when another is compared later", () => {
    const parsed = parse(
      "Disdukcapil Kab. Sintang menyampaikan capaian semester II 2024 sebagai berikut:\n- Perekaman KTP-el: 97,9% dari 280.114 wajib KTP\n- Aktivasi IKD: 5,2%\nSebagai pembanding, Kabupaten Sanggau mencatat akta kelahiran 93,4 persen.",
    );
    expect(values(parsed)).toEqual([
      "ktp_el 61.05 97.9",
      "ikd 61.05 5.2",
      "akta_kelahiran 61.03 93.4",
    ]);
  });

  it("is about no region when the introduction names two", () => {
    const parsed = parse(
      "Capaian Kabupaten Sintang dan Kabupaten Sanggau sebagai berikut:\n- Aktivasi IKD: 5,2%",
    );
    expect(values(parsed)).toEqual([]);
  });
});

describe("an average", () => {
  it("is no region's own figure", () => {
    const parsed = parse(
      "Aktivasi IKD Kabupaten Sanggau sudah 11,5 persen, di atas rata-rata provinsi sebesar 8,1 persen.",
    );
    expect(values(parsed)).toEqual(["ikd 61.03 11.5"]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual([
      "angka rata-rata, bukan capaian satu wilayah",
    ]);
  });
});

describe("Jakarta's administrative cities", () => {
  it("are read as people write them, without “Kota Administrasi”", () => {
    expect(
      values(parse("Cakupan KIA di DKI Jakarta 71,2 persen, sedangkan Jakarta Utara 68,4 persen.")),
    ).toEqual(["kia 31 71.2", "kia 31.72 68.4"]);
  });
});

describe("a target's year", () => {
  it("is read later in the target's clause", () => {
    const parsed = parse(
      "Aktivasi IKD Kabupaten Sanggau 9,1 persen dari target nasional 30 persen yang ditetapkan Kemendagri untuk tahun 2024.",
    );
    expect(parsed.targets).toEqual([
      { indicator: "ikd", year: 2024, value: 30, scope: "national" },
    ]);
  });
});

describe("English dates and compass names", () => {
  it("reads “as of end-September 2024” as the data month and “Central Jakarta” as Jakarta Pusat", () => {
    const parsed = parse(
      "KIA ownership in Central Jakarta reached 70.4 percent as of end-September 2024.",
    );
    expect(values(parsed)).toEqual(["kia 31.71 70.4"]);
    expect([parsed.asOf, parsed.asOfPrecision]).toEqual(["2024-09-30", "month"]);
  });
});

describe("a pasted table with its unit in the header only", () => {
  it("reads each row's cell under “%” as that row's percentage", () => {
    const parsed = parse(
      "Perekaman KTP-el pemula di Kalimantan Barat semester I 2025:\nKabupaten/Kota\tWajib KTP\tSudah Rekam\t%\nKota Pontianak\t12.400\t11.002\t88,73\nKab. Sintang\t7.301\t5.900\t80,81\nSumber: Disdukcapil Kalbar",
    );
    expect(values(parsed)).toEqual(["ktp_el_pemula 61.71 88.73", "ktp_el_pemula 61.05 80.81"]);
  });

  it("leaves numbers of a table without a percent column alone", () => {
    const parsed = parse(
      "Perekaman KTP-el di Kalimantan Barat:\nKabupaten/Kota\tWajib KTP\tSudah Rekam\nKota Pontianak\t12.400\t88",
    );
    expect(values(parsed)).toEqual([]);
  });
});

describe("regional spellings and datelines", () => {
  it("reads “prosen” as percent and “PONTIANAK (Equator):” as a dateline", () => {
    const parsed = parse(
      "PONTIANAK (Equator): Disdukcapil Provinsi Kalimantan Barat merilis capaian KIA. Provinsi mencatat 51,3 prosen, dan Kota Pontianak 66,2 prosen.",
    );
    expect(values(parsed)).toEqual(["kia 61 51.3", "kia 61.71 66.2"]);
  });
});

describe("a level named without its name", () => {
  it("is not the article's region when the levels differ", () => {
    const parsed = parse(
      "Cakupan KIA Kota Pontianak 66,2 persen. Untuk KIA, provinsi mencatat 51,3 persen.",
    );
    expect(values(parsed)).toEqual(["kia 61.71 66.2"]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual([
      "wilayah (provinsi) tidak disebut namanya",
    ]);
  });
});

describe("a year before the data's with “lalu”", () => {
  it("is an earlier period; the data's own year with “lalu” is not", () => {
    const earlier = parse(
      "Akta kelahiran Kota Pontianak per Desember 2023 mencapai 93,5 persen. Pada 2022 lalu, akta kelahiran Kota Pontianak baru 90,1 persen.",
    );
    expect(values(earlier)).toEqual(["akta_kelahiran 61.71 93.5"]);
    const same = parse(
      "Akta kelahiran Kota Pontianak sampai semester I 2023 lalu mencapai 93,5 persen.",
    );
    expect(values(same)).toEqual(["akta_kelahiran 61.71 93.5"]);
  });
});

describe("words that are names of JavaScript's object properties", () => {
  it("are words like any other, never a rank, level or compass entry", () => {
    const parsed = parse(
      "Kota Pontianak constructor 55 persen KIA. The toString district constructor city had 45 percent KIA.",
    );
    expect(parsed.observations.map((o) => [o.region, o.value, o.sourceRank])).toEqual([
      ["61.71", 55, null],
    ]);
  });
});

describe("a comparison's margin", () => {
  it("is a difference whichever side of the number the comparison is", () => {
    const parsed = parse(
      "Cakupan KIA Kota Makassar lebih tinggi 6 persen dari rata-rata provinsi. KIA Kota Makassar was higher by 4 percent.",
    );
    expect(values(parsed)).toEqual([]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual([
      "selisih atau perubahan, bukan capaian",
      "selisih atau perubahan, bukan capaian",
    ]);
  });
});
