import type { Direction, LevelFilter } from "../question.ts";
import type { Messages } from "./messages.ts";

const word = (d: Direction) => (d === "highest" ? "tertinggi" : "terendah");
const levelWord = (level: LevelFilter) =>
  level === "regency" ? "Kabupaten" : level === "city" ? "Kota" : "Kabupaten/kota";
const levelPlural = (level: LevelFilter) =>
  level === "regency" ? "kabupaten" : level === "city" ? "kota" : "kabupaten/kota";

export const id: Messages = {
  indicatorIn: (indicator, region) => `${indicator} ${region}`,
  seatOf: (region) => `ibu kota ${region}`,
  sourceRank: (d, province) => `${word(d)} di ${province} menurut sumber`,
  corrected: "dikoreksi",
  changed: (delta, points, previous, date) =>
    delta === 0
      ? `tidak berubah dari rilis ${date}`
      : `${delta > 0 ? "naik" : "turun"} ${points} poin dari ${previous} pada rilis ${date}`,
  noPrevious: "belum ada rilis sebelumnya untuk dibandingkan",
  missing: (indicator, region, date) => {
    const what = indicator ? `Data ${indicator} untuk ${region}` : `Data untuk ${region}`;
    return date ? `${what} belum tersedia pada rilis ${date}.` : `${what} belum tersedia.`;
  },
  known: "Yang tersedia:",
  extreme: (d, level, indicator, province) =>
    `${levelWord(level)} dengan ${indicator} ${word(d)} di ${province}:`,
  extremeShort: (d) => (d === "highest" ? "Tertinggi" : "Terendah"),
  namedShort: "menurut sumber",
  namedBySource: (d, covered, total) =>
    `Rilis ini memuat ${covered} dari ${total} kabupaten/kota; sumbernya sendiri menyebut wilayah ini sebagai yang ${word(d)}.`,
  extremeUnknown: (d, level, indicator, province, covered, total) =>
    `${levelWord(level)} dengan ${indicator} ${word(d)} di ${province} belum dapat dipastikan: rilis ini hanya memuat ${covered} dari ${total} ${levelPlural(level)}.`,
  ranking: (indicator, level, province) =>
    `Peringkat ${indicator} ${levelPlural(level)} di ${province}:`,
  coverage: (covered, total, level) =>
    `Mencakup ${covered} dari ${total} ${levelPlural(level)}; sisanya belum ada datanya.`,
  target: (year, target) => `dari target nasional ${year} sebesar ${target}`,
  targetMet: (gap) => `sudah tercapai, ${gap} poin persentase di atas target`,
  targetMissed: (gap) => `belum tercapai, kurang ${gap} poin persentase`,
  noTarget: (indicator) => `Belum ada target nasional untuk ${indicator} di data ini.`,
  difference: (points, leader) => `selisih ${points} poin, lebih tinggi ${leader}`,
  equal: "sama",
  noValue: "belum ada data",
  indicatorsTitle: "Indikator yang tersedia:",
  regionsTitle: (province, count) => `${count} kabupaten/kota di ${province}:`,
  hasData: "ada data",
  sourcesTitle: "Rilis data yang diterbitkan:",
  noReleases: "Belum ada rilis data yang diterbitkan.",
  presented: (date) => `dirilis ${date}`,
  updated: (date) => `Data terbaru adalah rilis dengan data per ${date}.`,
  releaseLine: (source, asOf, presented) =>
    `${source}; data per ${asOf}${presented ? `, dirilis ${presented}` : ""}`,
  help: (examples) =>
    `Saya menjawab pertanyaan tentang data administrasi kependudukan per wilayah: perekaman KTP-el, KTP-el pemilih pemula, kepemilikan KIA, dan aktivasi IKD, beserta target nasionalnya.\n\nContoh pertanyaan:\n${examples.join("\n")}`,
  notUnderstood: "Maaf, saya belum memahami pertanyaan itu.",
  clarifyRegion: (term) => `“${term}” bisa berarti beberapa wilayah. Yang mana?`,
  clarifyIndicator: "Indikator yang mana?",
  source: (source, asOf) => `Sumber: ${source}, data per ${asOf}`,
  newRelease: (title, asOf) => `<b>Rilis data baru</b>: ${title}, data per ${asOf}.`,
  nationalTarget: (year, target) => `Target nasional ${year}: ${target}`,
  correctionTitle: "<b>Koreksi data</b>",
  correctionReason: (reason) => `Alasan: ${reason}`,
};
