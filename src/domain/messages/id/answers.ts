import { html, joinHtml } from "../../html.ts";
import type { Direction, LevelFilter } from "../../question.ts";
import type { Messages } from "../messages.ts";

const word = (d: Direction) => (d === "highest" ? html`tertinggi` : html`terendah`);
const LEVEL_WORDS = {
  regency: [html`Kabupaten`, html`kabupaten`],
  city: [html`Kota`, html`kota`],
  province: [html`Provinsi`, html`provinsi`],
  all: [html`Kabupaten/kota`, html`kabupaten/kota`],
} as const;
const levelWord = (level: LevelFilter) => LEVEL_WORDS[level ?? "all"][0];
const levelPlural = (level: LevelFilter) => LEVEL_WORDS[level ?? "all"][1];

export const id: Messages = {
  indicatorIn: (indicator, region) => html`${indicator} ${region}`,
  seatOf: (region) => html`ibu kota ${region}`,
  sourceRank: (d, province) => html`${word(d)} di ${province} menurut sumber`,
  corrected: html`dikoreksi`,
  changed: (delta, points, previous, date) =>
    delta === 0
      ? html`tidak berubah dari rilis ${date}`
      : html`${delta > 0 ? html`naik` : html`turun`} ${points} poin dari ${previous} pada rilis ${date}`,
  noPrevious: html`belum ada rilis sebelumnya untuk dibandingkan`,
  missing: (indicator, region, date) => {
    const what = indicator ? html`Data ${indicator} untuk ${region}` : html`Data untuk ${region}`;
    return date ? html`${what} belum tersedia pada rilis ${date}.` : html`${what} belum tersedia.`;
  },
  missingAmong: (indicator, level, province, date) => {
    const what = html`Data ${indicator} ${levelPlural(level)} di ${province}`;
    return date ? html`${what} belum tersedia pada rilis ${date}.` : html`${what} belum tersedia.`;
  },
  known: html`Yang tersedia:`,
  extreme: (d, level, indicator, province) =>
    html`${levelWord(level)} dengan ${indicator} ${word(d)} di ${province}:`,
  extremeWord: word,
  extremeShort: (d) => (d === "highest" ? html`Tertinggi` : html`Terendah`),
  namedShort: html`menurut sumber`,
  namedBySource: (d, covered, total) =>
    html`Rilis ini memuat ${covered} dari ${total} kabupaten/kota; sumbernya sendiri menyebut wilayah ini sebagai yang ${word(d)}.`,
  extremeUnknown: (d, level, indicator, province, covered, total) =>
    html`${levelWord(level)} dengan ${indicator} ${word(d)} di ${province} belum dapat dipastikan: rilis ini hanya memuat ${covered} dari ${total} ${levelPlural(level)}.`,
  top: (n, d, level, indicator, province) =>
    html`${n} ${levelPlural(level)} dengan ${indicator} ${word(d)} di ${province}:`,
  topUnknown: (n, d, level, indicator, province, covered, total) =>
    html`${n} ${levelPlural(level)} dengan ${indicator} ${word(d)} di ${province} belum dapat dipastikan: rilis ini hanya memuat ${covered} dari ${total} ${levelPlural(level)}. Yang diketahui, urut dari yang ${word(d)}:`,
  ranking: (indicator, level, province) =>
    html`Peringkat ${indicator} ${levelPlural(level)} di ${province}:`,
  coverage: (covered, total, level) =>
    html`Mencakup ${covered} dari ${total} ${levelPlural(level)}; sisanya belum ada datanya.`,
  target: (scope, year, target) =>
    html`dari target ${scope ? html`${scope} (target daerah sendiri)` : html`nasional`} ${year} sebesar ${target}`,
  targetMet: (gap) => html`sudah tercapai, ${gap} poin persentase di atas target`,
  targetMissed: (gap) => html`belum tercapai, kurang ${gap} poin persentase`,
  noTarget: (indicator) => html`Belum ada target nasional untuk ${indicator} di data ini.`,
  difference: (points, leader) => html`selisih ${points} poin, lebih tinggi ${leader}`,
  equal: html`sama`,
  noValue: html`belum ada data`,
  indicatorsTitle: html`Indikator yang tersedia:`,
  regionsTitle: (province, count) => html`${count} kabupaten/kota di ${province}:`,
  hasData: html`ada data`,
  sourcesTitle: html`Rilis data yang diterbitkan:`,
  noReleases: html`Belum ada rilis data yang diterbitkan.`,
  presented: (date) => html`dirilis ${date}`,
  updated: (date) => html`Data terbaru adalah rilis dengan data per ${date}.`,
  releaseLine: (source, asOf, presented) =>
    html`${source}; data per ${asOf}${presented ? html`, dirilis ${presented}` : ""}`,
  help: (examples) =>
    html`Saya menjawab pertanyaan tentang data administrasi kependudukan per wilayah: perekaman KTP-el, KTP-el pemilih pemula, kepemilikan KIA, dan aktivasi IKD, beserta target nasionalnya.\n\nContoh pertanyaan:\n${joinHtml(examples, "\n")}`,
  notUnderstood: html`Maaf, saya belum memahami pertanyaan itu.`,
  clarifyRegion: (term) => html`“${term}” bisa berarti beberapa wilayah. Yang mana?`,
  clarifyIndicator: html`Indikator yang mana?`,
  choicesNewest: (period) =>
    html`Pilihan di bawah menjawab dengan data terbaru, bukan ${period}; untuk ${period}, tanyakan lagi dengan nama lengkapnya.`,
  source: (source, asOf) => html`Sumber: ${source}, data per ${asOf}`,
  newRelease: (title, asOf) => html`<b>Rilis data baru</b>: ${title}, data per ${asOf}.`,
  nationalTarget: (scope, year, target) =>
    html`Target ${scope ? html`${scope} (target daerah sendiri)` : html`nasional`} ${year}: ${target}`,
  people: (count) => html`${count} orang`,
  asOf: (date) => html`per ${date}`,
  over100: html`di atas 100%: angka sebagaimana dinyatakan sumber; biasanya karena penduduk dari luar daerah ikut dilayani di sini atau data sasarannya lebih lama`,
  staleExtreme: html`rilis yang lebih baru tidak menyebutnya lagi, jadi mungkin sudah berubah`,
  staleExtremeLong: (date) =>
    html`Ini menurut rilis ${date}; rilis yang lebih baru memuat indikator ini tanpa menyebut wilayah ini lagi, jadi mungkin sudah berubah.`,
  targetFrom: (date) => html`target menurut rilis ${date}`,
  rank: (d, k, level, indicator, province) =>
    html`${levelWord(level)} dengan ${indicator} ${word(d)} ke-${k} di ${province}:`,
  rankUnknown: (d, k, level, indicator, province, covered, total) =>
    html`${levelWord(level)} dengan ${indicator} ${word(d)} ke-${k} di ${province} belum dapat dipastikan: rilis ini hanya memuat ${covered} dari ${total} ${levelPlural(level)}.`,
  position: (region, indicator, position, total, province, named) =>
    html`${region} berada di peringkat ${position} dari ${total} kabupaten/kota di ${province} untuk ${indicator}${named ? html` (menurut sumber)` : ""}.`,
  positionUnknown: (region, indicator, province, covered, total) =>
    html`Peringkat ${indicator} ${region} di antara kabupaten/kota di ${province} belum dapat dipastikan: rilis ini hanya memuat ${covered} dari ${total} kabupaten/kota.`,
  versusTargetHead: (indicator, level, province, target) =>
    html`${indicator} ${levelPlural(level)} di ${province} dibanding target (${target}):`,
  belowTarget: (count) => html`Di bawah target (${count} yang diketahui):`,
  aboveTarget: (count) => html`Sudah mencapai target (${count} yang diketahui):`,
  noneOfKnown: html`tidak ada di antara yang diketahui`,
  unknownCount: (count, level) => html`${count} ${levelPlural(level)} lainnya belum ada datanya.`,
  decided: (all, by, total, level) =>
    all === "below"
      ? html`Yang tertinggi, ${by}, pun masih di bawah target, jadi semua ${total} ${levelPlural(level)} di bawah target.`
      : html`Yang terendah, ${by}, pun sudah mencapai target, jadi semua ${total} ${levelPlural(level)} mencapai target.`,
  spread: (indicator, province, points, highest, lowest) =>
    html`Selisih ${indicator} tertinggi dan terendah di ${province}: <b>${points} poin persentase</b> (tertinggi ${highest}; terendah ${lowest}).`,
  seriesHead: (indicator, region) => html`${indicator} ${region} dari rilis ke rilis:`,
  seriesSingle: html`Baru ada satu rilis dengan data ini pada periode itu.`,
  define: (short, name, description) => html`<b>${short}</b> — ${name}.\n${description}`,
  howto: (short, service) =>
    service
      ? html`Saya hanya menyajikan statistik, bukan panduan layanan. Layanan resmi untuk ${short}: ${service} Tanyakan syarat dan langkahnya langsung ke layanan itu.`
      : html`Saya hanya menyajikan statistik, bukan panduan layanan; layanan resmi untuk ${short} belum tercatat di data saya.`,
  unmet: (labels, date) =>
    html`Data ${joinHtml(labels, ", ")} tidak tersedia; data terdekat${date ? html` per ${date}` : ""}:`,
  unmetTime: (indicator, period, series) =>
    series
      ? html`${indicator ? html`${indicator} ` : ""}dari rilis ke rilis (${period})`
      : html`${indicator ? html`${indicator} ` : ""}untuk ${period}`,
  unmetQualifier: (q, words, indicator) => {
    const of = indicator ? html` ${indicator}` : "";
    switch (q.what) {
      case "print":
        return html`pencetakan${of} (yang ada: perekaman/kepemilikan)`;
      case "family-card":
        return html`Kartu Keluarga (KK)`;
      case "nation":
        return html`${indicator ? html`${indicator} ` : ""}tingkat nasional (“${words}”; yang ada: per provinsi)`;
      case "regional-target":
        return html`target daerah${of} (yang ada: target nasional)`;
      case "national-target":
        return html`target nasional${of} (yang ada: target daerah)`;
      case "population":
        return html`jumlah penduduk`;
      case "average":
        return html`rata-rata (saya tidak menghitung rata-rata sendiri)`;
      case "people":
        return html`jumlah orang${of} (yang ada: persentase)`;
      case "not-yet":
        return html`“${words}”${of} (yang ada: yang sudah)`;
      default:
        return html`“${words}”${of}`;
    }
  },
  unrecognised: (words) =>
    html`Kata yang tidak saya kenali: ${joinHtml(
      words.map((w) => html`“${w}”`),
      ", ",
    )}.`,
  semester: (half, year) => html`semester ${half === 1 ? html`I` : html`II`} ${year}`,
  correctionTitle: html`<b>Koreksi data</b>`,
  correctionReason: (reason) => html`Alasan: ${reason}`,
};
