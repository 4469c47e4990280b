// Figures stated for something the catalogue has no region for: a
// sub-district ("Kecamatan Woha, Kabupaten Bima, 58 persen"; "Kecamatan Woha:
// 58 persen") or several regions taken together ("rata-rata di empat kota
// tersebut 92 persen"), an average ("rata-rata provinsi 8,9 persen"), or a
// part of the population ("ASN … 83 persen").
// Such a figure is never filed under the regency, the
// province, or a region from an earlier sentence: it is skipped with a reason.
// Reads the tokens from the previous percentage (or the sentence's start) to
// the figure, and the two after it, so a sentence costs one pass.

import { PERCENT_TOKEN } from "./figure-checks.ts";
import type { ImportReason } from "./import-reason.ts";

const SUB_DISTRICT_WORDS = new Set([
  "kecamatan",
  "kec",
  "kelurahan",
  "kel",
  "desa",
  "distrik",
  "nagari",
  "gampong",
  "district",
  "districts",
  "village",
  "villages",
]);
const REGION_NOUNS = new Set([
  "kota",
  "kabupaten",
  "kab",
  "daerah",
  "wilayah",
  "provinsi",
  "regencies",
  "cities",
  "provinces",
  "regions",
]);
const COUNT_WORDS = new Set([
  "dua",
  "tiga",
  "empat",
  "lima",
  "enam",
  "tujuh",
  "delapan",
  "sembilan",
  "sepuluh",
  "kedua",
  "ketiga",
  "keempat",
  "kelima",
  "sejumlah",
  "beberapa",
  "berbagai",
  "two",
  "three",
  "four",
  "five",
  "several",
]);

/** A part of the population, not all of a region's: "ASN", "anak laki-laki", "siswa". */
const SUBGROUP_WORDS = new Set([
  "asn",
  "pns",
  "pegawai",
  "karyawan",
  "guru",
  "siswa",
  "pelajar",
  "mahasiswa",
  "laki",
  "perempuan",
  "pria",
  "wanita",
  "lansia",
  "disabilitas",
  "difabel",
  "male",
  "female",
  "students",
]);

/**
 * Why the figure at token `at` is for no catalogue region, or null when
 * nothing says so. `placeStarts`: where the sentence names regions; one named
 * after a count ("di 10 kabupaten/kota, yakni di Samarinda 98 persen") is the
 * figure's own.
 */
export function unstoredScope(
  tokens: string[],
  at: number,
  placeStarts: number[],
): ImportReason | null {
  let start = at;
  while (start > 0 && !PERCENT_TOKEN.test(tokens[start - 1] as string)) start--;
  const stretch = tokens.slice(start, at);
  const after = ["di", "pada", "untuk", "in"].includes(tokens[at + 1] ?? "")
    ? [tokens[at + 2] ?? ""]
    : [];
  if ([...stretch, ...after].some((t) => SUB_DISTRICT_WORDS.has(t))) {
    return { kind: "subDistrict" };
  }
  // "Dinas … Pemberdayaan Perempuan …" is an office's name, not a group.
  if (stretch.some((t, i) => SUBGROUP_WORDS.has(t) && stretch[i - 1] !== "pemberdayaan")) {
    return { kind: "subGroup" };
  }
  for (let i = 0; i + 1 < stretch.length; i++) {
    const count = stretch[i] as string;
    if (!(COUNT_WORDS.has(count) || /^\d{1,3}$/.test(count))) continue;
    // "empat kota", "13 kabupaten/kota": several regions counted together.
    const named = placeStarts.some((p) => p > start + i && p < at);
    if (REGION_NOUNS.has(stretch[i + 1] as string) && !named) {
      return { kind: "combinedRegions" };
    }
  }
  // "di atas rata-rata provinsi sebesar 8,9 persen": an average, maybe of the regencies, not a region's own figure.
  const average = stretch.findLastIndex(
    (t, i) => t === "rerata" || t === "average" || (t === "rata" && stretch[i - 1] === "rata"),
  );
  if (average >= 0 && !placeStarts.some((p) => p > start + average && p < at)) {
    return { kind: "average" };
  }
  return null;
}
