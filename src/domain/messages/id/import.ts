// Why an import or a figure was refused or skipped, in Indonesian: what the
// admins read in Telegram (and watched-source candidates). English: en/import.ts.

import type { ImportTexts } from "../../import/import-reason.ts";
import { wordReason } from "../../import/import-reason.ts";

const APPROXIMATE = "angka perkiraan (sekitar/lebih dari/di atas/hampir), bukan nilai tepat";
const CSV_SYNTAX = {
  quoteNotClosed: "tanda kutip dibuka tetapi tidak ditutup",
  textAfterClosingQuote: "ada teks setelah tanda kutip penutup: kutip seluruh kolom",
  quoteInsideField:
    'tanda kutip di tengah kolom: kutip seluruh kolom, tulis kutip di dalamnya dua kali ("")',
  other: "berkas CSV tidak terbaca",
};

export const idImport: ImportTexts = {
  notText: () => "berkas ini bukan teks: simpan sebagai CSV atau .txt (UTF-8), lalu kirim lagi",
  textTooLong: (r) =>
    `teks terlalu panjang: ${r.chars} karakter, paling banyak ${r.max} (rilis pers biasanya beberapa ribu)`,
  fileTooLarge: (r) => `berkas terlalu besar: ${r.bytes} byte, paling banyak ${r.max}`,
  noValues: () => "berkas tidak berisi nilai",
  noPercentages: () => "tidak ada nilai persentase yang terbaca",
  tooManyRows: (r) => `terlalu banyak baris: paling banyak ${r.max}`,
  stoppedReading: (r) => `berhenti membaca di baris ${r.line}: sudah ${r.max} baris bermasalah`,
  csvSyntax: (r) => `${r.line === null ? "" : `baris ${r.line}: `}${CSV_SYNTAX[r.syntax]}`,
  columnCount: (r) =>
    `butuh 3 kolom (wilayah${r.separator}indikator${r.separator}nilai), ada ${r.count}`,
  duplicateRow: (r) =>
    `nilai ganda untuk ${r.indicator} ${r.region} (juga di baris ${r.earlierLine})`,
  unknownRegion: (r) => `wilayah “${r.name}” tidak dikenal`,
  ambiguousRegion: (r) => `wilayah “${r.name}” ambigu: ${r.candidates.join(", ")}`,
  regionTypo: (r) => `wilayah “${r.name}” tidak dikenal; maksudnya ${r.suggestion}?`,
  unknownIndicator: (r) => `indikator “${r.name}” tidak dikenal (pilih: ${r.known.join(", ")})`,
  notANumber: (r) => `nilai “${r.text}” bukan angka`,
  outOfRange: (r) => `nilai ${r.value} di luar 0–100`,
  several: (r) => r.reasons.map((reason) => wordReason(idImport, reason)).join("; "),
  notAPercentage: (r) => `${r.value} bukan persentase`,
  inHeading: () => "angka di judul (judul membulatkan; angka tubuh berita yang dipakai)",
  approximate: () => APPROXIMATE,
  threshold: () => "ambang batas (“belum mencapai”, “di bawah”), bukan nilai",
  difference: () => "selisih atau perubahan, bukan capaian",
  complement: () => "sisa yang belum (komplemen), bukan capaian",
  earlierPeriod: () => "angka periode sebelumnya",
  shareOfTarget: () => "persen dari target (bagian dari target), bukan cakupan",
  shareOfPopulation: () => "bagian penduduk (wajib KTP), bukan cakupan indikator",
  subDistrict: () => "angka kecamatan/kelurahan/desa, bukan wilayah di katalog",
  subGroup: () => "angka sebagian penduduk (sub-kelompok), bukan seluruh wilayah",
  combinedRegions: () => "angka gabungan beberapa daerah, bukan satu wilayah",
  average: () => "angka rata-rata, bukan capaian satu wilayah",
  respectiveMismatch: () =>
    "nilai berderet (masing-masing/berturut-turut): jumlah nama dan angka tidak sama",
  indicatorNotNamed: (r) => {
    if (r.doubt === null) return "indikatornya tidak disebut";
    const doubt =
      r.doubt.kind === "recording"
        ? `kalimat sebelumnya tentang “${r.doubt.carried}”, kalimat ini tentang perekaman`
        : `kalimat sebelumnya beralih dari “${r.doubt.from}” ke “${r.doubt.to}”`;
    return `indikatornya tidak disebut (${doubt})`;
  },
  dp4: () => "basis DP4 (pemilih potensial), bukan indikator di katalog",
  indicatorNotInCatalog: (r) => `indikator “${r.indicator}” tidak ada di katalog`,
  approximateTarget: () => "target perkiraan (sekitar/di atas), bukan nilai tepat",
  targetYearUnknown: () => "tahun target tidak diketahui",
  targetRegionUnnamed: () => "target daerah tanpa wilayah yang disebut",
  targetScopeUnclear: () => "tidak disebut target nasional atau target daerah",
  ambiguousPlace: (r) => `wilayah “${r.name}” ambigu (kabupaten, kota atau provinsi?)`,
  levelUnnamed: (r) => `wilayah (${r.level}) tidak disebut namanya`,
  regionNotNamed: () => "wilayahnya tidak disebut",
  rounded: () => "pembulatan dari angka yang lebih tepat",
  secondValue: () => "nilai kedua untuk indikator dan wilayah yang sama",
  conflict: () =>
    "dua nilai berbeda untuk indikator dan wilayah yang sama (salah satunya mungkin milik wilayah lain)",
  pageNotSent: () => "halaman tidak dikirim",
  pageNotFetched: (r) => `halaman tidak dapat diambil: ${r.detail}`,
  pageGone: (r) => `gagal diambil: ${r.detail}`,
  pageUnchanged: () => "tidak berubah",
  sameValuesAs: (r) => `nilai sama dengan kandidat #${r.candidate} (${r.url})`,
  noValue: () => "tidak ada nilai",
  noAnswer: (r) => `tidak menjawab dalam ${r.seconds} detik`,
  unreachable: (r) => `tidak dapat dihubungi (${r.detail})`,
  httpStatus: (r) => `HTTP ${r.status}`,
  cutOff: (r) =>
    r.detail === null ? "terputus: waktu habis saat membaca" : `terputus (${r.detail})`,
  tooBig: (r) => `lebih dari ${r.kilobytes} kB`,
  invalidFeed: () => "bukan RSS atau Atom yang sah",
  notAFeed: () => "bukan RSS atau Atom (tidak ada <rss>, <rdf> atau <feed>)",
};
