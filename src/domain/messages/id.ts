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
  top: (n, d, level, indicator, province) =>
    `${n} ${levelPlural(level)} dengan ${indicator} ${word(d)} di ${province}:`,
  topUnknown: (n, d, level, indicator, province, covered, total) =>
    `${n} ${levelPlural(level)} dengan ${indicator} ${word(d)} di ${province} belum dapat dipastikan: rilis ini hanya memuat ${covered} dari ${total} ${levelPlural(level)}. Yang diketahui, urut dari yang ${word(d)}:`,
  ranking: (indicator, level, province) =>
    `Peringkat ${indicator} ${levelPlural(level)} di ${province}:`,
  coverage: (covered, total, level) =>
    `Mencakup ${covered} dari ${total} ${levelPlural(level)}; sisanya belum ada datanya.`,
  target: (scope, year, target) =>
    `dari target ${scope ? `${scope} (target daerah sendiri)` : "nasional"} ${year} sebesar ${target}`,
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
  choicesNewest: (period) =>
    `Pilihan di bawah menjawab dengan data terbaru, bukan ${period}; untuk ${period}, tanyakan lagi dengan nama lengkapnya.`,
  source: (source, asOf) => `Sumber: ${source}, data per ${asOf}`,
  newRelease: (title, asOf) => `<b>Rilis data baru</b>: ${title}, data per ${asOf}.`,
  nationalTarget: (scope, year, target) =>
    `Target ${scope ? `${scope} (target daerah sendiri)` : "nasional"} ${year}: ${target}`,
  people: (count) => `${count} orang`,
  asOf: (date) => `per ${date}`,
  over100:
    "di atas 100%: angka sebagaimana dinyatakan sumber; biasanya karena penduduk dari luar daerah ikut dilayani di sini atau data sasarannya lebih lama",
  staleExtreme: "rilis yang lebih baru tidak menyebutnya lagi, jadi mungkin sudah berubah",
  staleExtremeLong: (date) =>
    `Ini menurut rilis ${date}; rilis yang lebih baru memuat indikator ini tanpa menyebut wilayah ini lagi, jadi mungkin sudah berubah.`,
  targetFrom: (date) => `target menurut rilis ${date}`,
  rank: (d, k, level, indicator, province) =>
    `${levelWord(level)} dengan ${indicator} ${word(d)} ke-${k} di ${province}:`,
  rankUnknown: (d, k, level, indicator, province, covered, total) =>
    `${levelWord(level)} dengan ${indicator} ${word(d)} ke-${k} di ${province} belum dapat dipastikan: rilis ini hanya memuat ${covered} dari ${total} ${levelPlural(level)}.`,
  position: (region, indicator, position, total, province, named) =>
    `${region} berada di peringkat ${position} dari ${total} kabupaten/kota di ${province} untuk ${indicator}${named ? " (menurut sumber)" : ""}.`,
  positionUnknown: (region, indicator, province, covered, total) =>
    `Peringkat ${indicator} ${region} di antara kabupaten/kota di ${province} belum dapat dipastikan: rilis ini hanya memuat ${covered} dari ${total} kabupaten/kota.`,
  versusTargetHead: (indicator, level, province, target) =>
    `${indicator} ${levelPlural(level)} di ${province} dibanding target (${target}):`,
  belowTarget: (count) => `Di bawah target (${count} yang diketahui):`,
  aboveTarget: (count) => `Sudah mencapai target (${count} yang diketahui):`,
  noneOfKnown: "tidak ada di antara yang diketahui",
  unknownCount: (count, level) => `${count} ${levelPlural(level)} lainnya belum ada datanya.`,
  decided: (all, by, total, level) =>
    all === "below"
      ? `Yang tertinggi, ${by}, pun masih di bawah target, jadi semua ${total} ${levelPlural(level)} di bawah target.`
      : `Yang terendah, ${by}, pun sudah mencapai target, jadi semua ${total} ${levelPlural(level)} mencapai target.`,
  spread: (indicator, province, points, highest, lowest) =>
    `Selisih ${indicator} tertinggi dan terendah di ${province}: <b>${points} poin persentase</b> (tertinggi ${highest}; terendah ${lowest}).`,
  seriesHead: (indicator, region) => `${indicator} ${region} dari rilis ke rilis:`,
  seriesSingle: "Baru ada satu rilis dengan data ini pada periode itu.",
  define: (short, name, description) => `<b>${short}</b> — ${name}.\n${description}`,
  howto: (short, service) =>
    service
      ? `Saya hanya menyajikan statistik, bukan panduan layanan. Layanan resmi untuk ${short}: ${service} Tanyakan syarat dan langkahnya langsung ke layanan itu.`
      : `Saya hanya menyajikan statistik, bukan panduan layanan; layanan resmi untuk ${short} belum tercatat di data saya.`,
  unmet: (labels, date) =>
    `Data ${labels.join(", ")} tidak tersedia; data terdekat${date ? ` per ${date}` : ""}:`,
  unmetTime: (indicator, period, series) =>
    series
      ? `${indicator ? `${indicator} ` : ""}dari rilis ke rilis (${period})`
      : `${indicator ? `${indicator} ` : ""}untuk ${period}`,
  unmetQualifier: (q, words, indicator) => {
    const of = indicator ? ` ${indicator}` : "";
    switch (q.what) {
      case "print":
        return `pencetakan${of} (yang ada: perekaman/kepemilikan)`;
      case "family-card":
        return "Kartu Keluarga (KK)";
      case "nation":
        return `${indicator ? `${indicator} ` : ""}tingkat nasional (“${words}”; yang ada: per provinsi)`;
      case "national-target":
        return `target nasional${of} (yang ada: target daerah)`;
      case "population":
        return "jumlah penduduk";
      case "average":
        return "rata-rata (saya tidak menghitung rata-rata sendiri)";
      case "people":
        return `jumlah orang${of} (yang ada: persentase)`;
      case "not-yet":
        return `“${words}”${of} (yang ada: yang sudah)`;
      default:
        return `“${words}”${of}`;
    }
  },
  unrecognised: (words) => `Kata yang tidak saya kenali: ${words.map((w) => `“${w}”`).join(", ")}.`,
  semester: (half, year) => `semester ${half === 1 ? "I" : "II"} ${year}`,
  correctionTitle: "<b>Koreksi data</b>",
  correctionReason: (reason) => `Alasan: ${reason}`,
};
