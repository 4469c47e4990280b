// Press releases → draft data: rules that keep a figure off the wrong region
// or indicator. Every sentence here is our own, with invented figures.

import { beforeAll, describe, expect, it } from "vitest";
import { seededReader, values } from "../support/press-release.ts";
import type { ParsedPressRelease } from "../support/worded-import.ts";

let parse: (text: string) => ParsedPressRelease;
beforeAll(async () => {
  parse = await seededReader();
});

describe("a province written beside its own regency or city", () => {
  it("only says where it lies: the regency or city keeps the figure", () => {
    expect(
      values(parse("Aktivasi IKD di Kabupaten Berau, Kalimantan Timur, kini 7,31 persen.")),
    ).toEqual(["ikd 64.03 7.31"]);
    expect(values(parse("Kepemilikan KIA Kota Banjarbaru (Kalsel) sudah 61,2 persen."))).toEqual([
      "kia 63.72 61.2",
    ]);
    expect(
      values(parse("Perekaman KTP-el Kabupaten Berau, Provinsi Kalimantan Timur, 97,44 persen.")),
    ).toEqual(["ktp_el 64.03 97.44"]);
  });

  it("still counts a province written for itself after a regency of another one", () => {
    expect(
      values(parse("IKD Kabupaten Berau 7,3 persen, sedangkan Kalimantan Selatan 6,1 persen.")),
    ).toEqual(["ikd 64.03 7.3", "ikd 63 6.1"]);
  });
});

describe("a ranking", () => {
  it("gives each value the province named before it: “tertinggi adalah A dengan v1, disusul B v2”", () => {
    const parsed = parse(
      "Cakupan KIA tertinggi adalah Jawa Tengah dengan 80,21 persen, disusul Jawa Barat 78,02 persen.",
    );
    expect(values(parsed)).toEqual(["kia 33 80.21", "kia 32 78.02"]);
  });

  it("still reads a province after “tertinggi di” as the scope when a regency is ranked", () => {
    const parsed = parse("Kabupaten Berau tertinggi di Kalimantan Timur dengan KIA 66,6 persen.");
    expect(values(parsed)).toEqual(["kia 64.03 66.6"]);
  });
});

describe("a dateline", () => {
  it("never takes a region from the outlet's name", () => {
    const parsed = parse("DOBO, WARTA-MALUKU - Perekaman KTP-el mencapai 93,3 persen.");
    expect(parsed.observations).toEqual([]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual(["wilayahnya tidak disebut"]);
  });

  it("is not used when the text names a speaker's office", () => {
    const parsed = parse(
      "SAMARINDA - Perekaman KTP-el mencapai 93,3 persen, kata Kepala Disdukcapil Kalimantan Timur.",
    );
    expect(parsed.observations).toEqual([]);
  });
});

describe("a speaker's office", () => {
  it("is who speaks, not the region of the figure", () => {
    const parsed = parse("Aktivasi IKD baru 4,4 persen, ujar Kepala Disdukcapil Kalsel.");
    expect(parsed.observations).toEqual([]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual(["wilayahnya tidak disebut"]);
  });

  it("still names the region when the office itself reports the figure", () => {
    expect(
      values(parse("Disdukcapil Kabupaten Berau mencatat kepemilikan KIA mencapai 52,5 persen.")),
    ).toEqual(["kia 64.03 52.5"]);
  });
});

describe("a figure for no catalogue region", () => {
  const reasons = (parsed: ParsedPressRelease) => parsed.skipped.map((s) => s.reason);
  const subDistrict = "angka kecamatan/kelurahan/desa, bukan wilayah di katalog";

  it("skips a sub-district's figure, never filing it under the regency named beside it", () => {
    const parsed = parse(
      "Cakupan KIA di Kecamatan Talisayan, Kabupaten Berau, sudah 47,7 persen.\nKelurahan Gunung Tabur: 51,25 persen",
    );
    expect(parsed.observations).toEqual([]);
    expect(reasons(parsed)).toEqual([subDistrict, subDistrict]);
  });

  it("never takes the regency of an earlier sentence for a sub-district's figure", () => {
    const parsed = parse(
      "Perekaman KTP-el di Kabupaten Berau 96,1 persen. Di Desa Tasuk, kepemilikan KIA 44,8 persen.",
    );
    expect(values(parsed)).toEqual(["ktp_el 64.03 96.1"]);
    expect(reasons(parsed)).toEqual([subDistrict]);
  });

  it("skips a figure for several regions together", () => {
    const parsed = parse(
      "IKD Kota Banjarbaru 9,1 persen. Rerata aktivasi IKD di tiga kota tersebut mencapai 8,8 persen, kata Kepala Disdukcapil Kalsel.",
    );
    expect(values(parsed)).toEqual(["ikd 63.72 9.1"]);
    expect(reasons(parsed)).toEqual(["angka gabungan beberapa daerah, bukan satu wilayah"]);
  });

  it("keeps a region named after a count of regions", () => {
    const parsed = parse(
      "Dari 10 kabupaten/kota, KIA tertinggi yakni di Kabupaten Berau sebesar 70,4 persen.",
    );
    expect(values(parsed)).toEqual(["kia 64.03 70.4"]);
  });
});

describe("a bare “perekaman”", () => {
  it("is KTP-el recording, never the indicator of the sentence before", () => {
    const parsed = parse(
      "Aktivasi IKD secara nasional baru 14,2 persen. Provinsi dengan perekaman tertinggi adalah Jawa Tengah dengan 99,61 persen.",
    );
    expect(values(parsed)).toEqual(["ikd ID 14.2", "ktp_el 33 99.61"]);
  });

  it("files a figure said of the nation under Indonesia, never the article's main region", () => {
    const parsed = parse(
      "Aktivasi IKD nasional baru 14,2 persen. KIA tertinggi adalah Jawa Tengah dengan 70,3 persen.",
    );
    expect(values(parsed)).toEqual(["ikd ID 14.2", "kia 33 70.3"]);
  });

  it("is the recording of the group the text speaks of", () => {
    const parsed = parse(
      "Perekaman KTP-el pemula di Kabupaten Berau 81,5 persen. Di Kota Banjarbaru, yang sudah melakukan perekaman 86,25 persen.",
    );
    expect(values(parsed)).toEqual(["ktp_el_pemula 64.03 81.5", "ktp_el_pemula 63.72 86.25"]);
  });
});

describe("values listed “masing-masing” or “berturut-turut”", () => {
  it("pair with the indicators named before them, in order", () => {
    const parsed = parse(
      "Disdukcapil Kabupaten Berau mencatat cakupan KIA dan akta kelahiran masing-masing sebesar 61,4 persen dan 93,02 persen.",
    );
    expect(values(parsed)).toEqual(["kia 64.03 61.4", "akta_kelahiran 64.03 93.02"]);
  });

  it("pair with the regions named before them, in order", () => {
    const parsed = parse(
      "Aktivasi IKD di Jawa Barat dan Jawa Tengah berturut-turut 12,5 persen dan 15,75 persen.",
    );
    expect(values(parsed)).toEqual(["ikd 32 12.5", "ikd 33 15.75"]);
  });

  it("are skipped when names and values do not pair one to one", () => {
    const parsed = parse(
      "KIA di Jawa Barat, Jawa Tengah dan Jawa Timur masing-masing 40,5 persen dan 42,5 persen.",
    );
    expect(parsed.observations).toEqual([]);
    expect(parsed.skipped.map((s) => s.value)).toEqual([40.5, 42.5]);
  });
});

describe("two different values for the same indicator and region", () => {
  const conflict =
    "dua nilai berbeda untuk indikator dan wilayah yang sama (salah satunya mungkin milik wilayah lain)";

  it("are both skipped: one of them belongs elsewhere", () => {
    const parsed = parse(
      "KIA di Kabupaten Berau 52,5 persen. Kemudian KIA di Kabupaten Berau 48,25 persen.",
    );
    expect(parsed.observations).toEqual([]);
    expect(parsed.skipped.map((s) => [s.value, s.reason])).toEqual([
      [52.5, conflict],
      [48.25, conflict],
    ]);
  });

  it("keep the exact value over its rounding", () => {
    const parsed = parse("KIA di Kabupaten Berau 52,47 persen. KIA Kabupaten Berau 52,5 persen.");
    expect(values(parsed)).toEqual(["kia 64.03 52.47"]);
  });

  it("never arise from a region the catalogue does not know, written before the figure", () => {
    const parsed = parse(
      "Perekaman KTP-el Kabupaten Berau 96,4 persen, Kota Samarindah 98,2 persen.",
    );
    expect(values(parsed)).toEqual(["ktp_el 64.03 96.4"]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual([
      "wilayah “kota samarindah” tidak dikenal",
    ]);
  });
});

describe("a figure for part of the population or restated", () => {
  it("skips a sub-group's figure (civil servants, boys, girls)", () => {
    const parsed = parse(
      "Aktivasi IKD di Kota Banjarbaru 9,7 persen. Untuk pegawai pemkot, aktivasi IKD sudah 71 persen.",
    );
    expect(values(parsed)).toEqual(["ikd 63.72 9.7"]);
    expect(parsed.skipped.map((s) => s.reason)).toEqual([
      "angka sebagian penduduk (sub-kelompok), bukan seluruh wilayah",
    ]);
  });

  it("skips a share of the target restated after “atau”, and an earlier figure after “naik dari”", () => {
    const parsed = parse(
      "IKD Kabupaten Berau 9,3 persen, atau 31 persen dari target 30 persen. KIA Kabupaten Berau 55,5 persen, naik dari 50,25 persen.",
    );
    expect(values(parsed)).toEqual(["ikd 64.03 9.3", "kia 64.03 55.5"]);
  });
});

describe("a “Baca juga” link", () => {
  it("ends what was merely mentioned: only the last figure's indicator is carried past it", () => {
    const parsed = parse(
      "Perekaman KTP-el di Kalimantan Selatan 98,1 persen.\nUntuk akta kelahiran, Kalsel tidak merinci angkanya.\nBaca juga: Layanan Malam Dibuka di Banjarmasin\nCapaian itu masih di bawah Kalimantan Timur yang sudah 99,3 persen.",
    );
    expect(values(parsed)).toEqual(["ktp_el 63 98.1", "ktp_el 64 99.3"]);
  });

  it("carries no indicator when no figure came before it", () => {
    const parsed = parse(
      "Untuk akta kelahiran, Kalsel tidak merinci angkanya.\nBaca juga: Layanan Malam Dibuka di Banjarmasin\nKalimantan Timur sudah 99,3 persen.",
    );
    expect(values(parsed)).toEqual([]);
    expect(parsed.problems.map((p) => p.reason)).toEqual(["indikatornya tidak disebut"]);
  });
});

describe("a “Sedangkan …” sentence naming no place", () => {
  it("goes on about the article's subject when the sentence before gave a figure for it alone", () => {
    const parsed = parse(
      "Perekaman KTP-el di Kota Banjarbaru dan Kalimantan Timur dibahas. Ia menyebut, Banjarbaru sudah 98,4 persen. Sedangkan kepemilikan akta kelahiran anak sebesar 91,7 persen.",
    );
    expect(values(parsed)).toEqual(["ktp_el 63.72 98.4", "akta_kelahiran 63.72 91.7"]);
  });

  it("is left unplaced when it speaks of a level or the sentence before named two regions", () => {
    const leveled = parse(
      "Rapat membahas Kota Banjarbaru dan Kalimantan Timur. Banjarbaru sudah 98,4 persen untuk KTP-el. Sementara di tingkat provinsi, akta kelahiran 91,7 persen.",
    );
    expect(values(leveled)).toEqual(["ktp_el 63.72 98.4"]);
    const two = parse(
      "Perekaman KTP-el di Kota Banjarbaru 98,4 persen dan Kabupaten Berau 97,2 persen. Sedangkan akta kelahiran 91,7 persen.",
    );
    expect(values(two)).toEqual(["ktp_el 63.72 98.4", "ktp_el 64.03 97.2"]);
    const notTheSubject = parse(
      "Perekaman KTP-el di Kota Banjarbaru 98,4 persen. Kabupaten Berau baru 91,2 persen. Sedangkan akta kelahiran 91,7 persen.",
    );
    expect(values(notTheSubject)).toEqual(["ktp_el 63.72 98.4", "ktp_el 64.03 91.2"]);
  });
});

describe("a quarter as the data date", () => {
  it("is read as the quarter's last month, only after a cue", () => {
    const parsed = parse("KIA Kabupaten Berau hingga triwulan III 2025 mencapai 48,8 persen.");
    expect([parsed.asOf, parsed.asOfPrecision]).toEqual(["2025-09-30", "month"]);
    const target = parse(
      "KIA Kabupaten Berau 48,8 persen, dan ditargetkan naik pada triwulan I 2026.",
    );
    expect(target.asOf).toBeNull();
  });
});
