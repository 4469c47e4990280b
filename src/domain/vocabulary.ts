// The words the engine understands besides place names: indicator synonyms,
// what is being asked, and filler that carries a language but no meaning.
// Phrases are written as people type them; they are normalised when the
// lexicon is built.

import type { Lang } from "./types.ts";

export type Cue =
  | "highest"
  | "lowest"
  | "ranking"
  | "target"
  | "gap"
  | "compare"
  | "change"
  | "list"
  | "indicators"
  | "regions"
  | "sources"
  | "updated"
  | "help"
  | "level:regency"
  | "level:city"
  | "level:province"
  | "filler";

export interface Term {
  phrase: string;
  /** An indicator slug ("ind:ikd") or a cue. */
  meaning: `ind:${string}` | Cue;
  lang: Lang | null;
}

const ind = (slug: string, lang: Lang | null, ...phrases: string[]): Term[] =>
  phrases.map((phrase) => ({ phrase, meaning: `ind:${slug}`, lang }));
const cue = (meaning: Cue, lang: Lang | null, ...phrases: string[]): Term[] =>
  phrases.map((phrase) => ({ phrase, meaning, lang }));

/**
 * Synonyms of the indicators shipped with the first release. An indicator added
 * later as a row is still understood by its slug and names (see lexicon.ts).
 */
const INDICATOR_SYNONYMS: Term[] = [
  ...ind("ktp_el", null, "ktp el", "ktp", "ektp", "e ktp", "ktpel", "ktp elektronik"),
  ...ind("ktp_el", "id", "kartu tanda penduduk", "kartu tanda penduduk elektronik"),
  ...ind("ktp_el", "en", "electronic id card", "electronic id", "e id", "national id card"),
  ...ind("ktp_el_pemula", "id", "pemilih pemula", "pemula", "ktp el pemula", "ktp pemula"),
  ...ind("ktp_el_pemula", "en", "first time voters", "first time voter", "new voters"),
  ...ind("ktp_el_pemula", "en", "first time", "young voters"),
  ...ind("kia", null, "kia"),
  ...ind("kia", "id", "kartu identitas anak", "kartu anak", "identitas anak"),
  ...ind("kia", "en", "child id", "child ids", "child identity card", "child identity cards"),
  ...ind("kia", "en", "children s id", "child card", "kids id"),
  ...ind("ikd", null, "ikd"),
  ...ind("ikd", "id", "ktp digital", "identitas kependudukan digital", "identitas digital"),
  ...ind("ikd", "en", "digital id", "digital ids", "digital identity", "digital ktp"),
];

const CUES: Term[] = [
  ...cue("highest", "id", "tertinggi", "paling tinggi", "terbaik", "paling baik", "teratas"),
  ...cue("highest", "id", "terbanyak", "paling banyak", "terbesar", "paling besar", "tertingi"),
  ...cue("highest", "en", "highest", "best", "top", "most", "largest", "biggest", "leading"),
  ...cue("lowest", "id", "terendah", "paling rendah", "terburuk", "paling buruk", "terbawah"),
  ...cue("lowest", "id", "tersedikit", "paling sedikit", "terkecil", "paling kecil", "terrendah"),
  ...cue("lowest", "en", "lowest", "worst", "bottom", "least", "smallest", "lagging"),
  ...cue("ranking", "id", "peringkat", "urutan", "urutkan", "klasemen", "rangking"),
  ...cue("ranking", "en", "rank", "ranking", "rankings", "ranked", "sort", "order"),
  ...cue("target", null, "target"),
  ...cue("target", "id", "sasaran", "target nasional", "capai target"),
  ...cue("target", "id", "memenuhi target", "target nasionalnya"),
  ...cue("target", "en", "national target", "goal", "targets", "on track"),
  // Weak target cues: with two places named they mean a comparison instead.
  ...cue("gap", "id", "selisih", "tercapai", "kurang berapa", "jarak"),
  ...cue("gap", "en", "achieved", "reach", "reached", "gap", "difference", "met", "meet"),
  ...cue("compare", "id", "bandingkan", "dibandingkan", "perbandingan", "banding", "dibanding"),
  ...cue("compare", "en", "compare", "compared", "comparison", "versus"),
  ...cue("compare", null, "vs", "v s"),
  ...cue("change", "id", "perubahan", "berubah", "naik", "turun", "kenaikan", "penurunan"),
  ...cue("change", "id", "tren", "perkembangan", "rilis sebelumnya", "sebelumnya"),
  ...cue("change", "en", "change", "changed", "changes", "trend", "increase", "decrease"),
  ...cue("change", "en", "since the last release", "previous release", "since last", "grew"),
  ...cue("list", "id", "daftar", "sebutkan", "list"),
  ...cue("list", "en", "list of", "show all"),
  ...cue("indicators", "id", "indikator", "indikator apa saja", "data apa saja", "data apa"),
  ...cue("indicators", "id", "statistik apa saja", "jenis data"),
  ...cue("indicators", "en", "indicators", "indicator", "what data", "which data", "metrics"),
  ...cue("indicators", "en", "data is available", "data available", "data do you have"),
  ...cue("regions", "id", "wilayah", "wilayah apa saja", "daerah apa saja", "kabupaten apa saja"),
  ...cue("regions", "id", "kota apa saja", "kabupaten kota apa saja", "kab kota apa saja"),
  ...cue("regions", "en", "regions", "which regions", "what regions", "list of regencies"),
  ...cue("regions", "en", "which regencies", "what regencies", "which places", "areas covered"),
  ...cue("sources", "id", "sumber", "sumber data", "sumbernya", "dari mana", "rilis apa saja"),
  ...cue("sources", "id", "datanya dari mana", "asal data", "rilis"),
  ...cue("sources", "en", "source", "sources", "releases", "where does the data come from"),
  ...cue("sources", "en", "data come from", "data from"),
  ...cue("updated", "id", "kapan", "terakhir", "diperbarui", "diperbaharui", "pembaruan"),
  ...cue("updated", "id", "per tanggal", "tanggal berapa", "update terakhir"),
  ...cue("updated", "en", "last updated", "updated", "update", "how recent", "when"),
  ...cue("help", "id", "bantuan", "tolong", "cara pakai", "cara", "panduan", "bisa apa"),
  ...cue("help", "id", "halo", "hai", "selamat pagi", "selamat siang", "selamat sore", "menu"),
  ...cue("help", "id", "apa yang bisa kamu jawab", "bisa jawab apa", "contoh", "contoh pertanyaan"),
  ...cue("help", "en", "help", "hello", "hi", "hey", "how to use", "what can you do", "examples"),
  ...cue("help", null, "start", "mulai"),
  ...cue("level:regency", "id", "kabupaten", "kab", "kabupatan", "kabupaten2"),
  ...cue("level:regency", "en", "regency", "regencies", "district", "districts"),
  ...cue("level:city", "id", "kota", "kotamadya", "kota2"),
  ...cue("level:city", "en", "city", "cities", "municipality"),
  ...cue("level:province", "id", "provinsi", "prov", "propinsi"),
  ...cue("level:province", "en", "province", "provincial"),
];

/** Words that carry a language but add nothing to what is asked. */
const FILLER: Term[] = [
  ...cue("filler", "id", "berapa", "brp", "berapakah", "apa", "apakah", "apa kah", "mana", "yang"),
  ...cue("filler", "id", "yg", "di", "dari", "dan", "atau", "ke", "untuk", "utk", "dengan", "dgn"),
  ...cue("filler", "id", "sudah", "udah", "sdh", "belum", "blm", "masih", "bagaimana", "gimana"),
  ...cue("filler", "id", "gmn", "cakupan", "capaian", "kepemilikan", "perekaman", "aktivasi"),
  ...cue("filler", "id", "persentase", "persen", "angka", "nilai", "tingkat", "terbaru", "baru"),
  ...cue("filler", "id", "saat ini", "sekarang", "tahun ini", "ini", "itu", "ada", "saja", "aja"),
  ...cue("filler", "id", "mohon", "info", "informasi", "tentang", "soal", "terkait", "mengenai"),
  ...cue("filler", "id", "profil", "profile", "ringkasan", "kondisi", "se", "seluruh", "semua"),
  ...cue("filler", "id", "bagaimanakah", "kah", "dong", "ya", "nih", "sih", "kak", "min", "admin"),
  ...cue("filler", "id", "pak", "bu", "bang", "gan", "saya", "aku", "ingin", "mau", "tahu", "tau"),
  ...cue("filler", "id", "lihat", "cek", "tampilkan", "kasih", "beri", "punya", "milik", "pada"),
  ...cue(
    "filler",
    "id",
    "daerah",
    "siapa",
    "jumlah",
    "bot",
    "bisa",
    "jawab",
    "bantu",
    "kamu",
    "anda",
  ),
  ...cue("filler", "id", "paling", "lebih", "antara", "sama", "terhadap", "thd", "menurut"),
  ...cue("filler", "id", "statistik", "kependudukan", "adminduk", "dukcapil", "provinsinya"),
  ...cue("filler", "en", "what", "what s", "whats", "is", "are", "the", "of", "in", "for", "a"),
  ...cue("filler", "en", "an", "and", "or", "to", "at", "how", "much", "many", "which", "has"),
  ...cue("filler", "en", "have", "does", "do", "did", "with", "about", "tell", "me", "show"),
  ...cue("filler", "en", "please", "coverage", "ownership", "recording", "activation", "rate"),
  ...cue("filler", "en", "percentage", "level", "value", "figure", "figures", "current", "now"),
  ...cue("filler", "en", "currently", "today", "this", "that", "its", "it", "there", "you"),
  ...cue("filler", "en", "can", "i", "see", "get", "give", "find", "stats", "statistics"),
  ...cue("filler", "en", "than", "between", "against", "by", "on", "so", "far", "yet"),
  ...cue("filler", "en", "already", "still", "been", "registration", "rates", "latest", "new"),
  ...cue("filler", "id", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan"),
  ...cue("filler", "id", "sembilan", "sepuluh", "seribu", "beberapa"),
  ...cue("filler", "en", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
  ...cue("filler", "en", "ten", "some", "all", "every", "who", "use", "answer", "bot", "using"),
  ...cue("filler", null, "data", "ok", "oke", "pls", "thx", "thanks", "makasih", "info"),
];

export const TERMS: readonly Term[] = [...INDICATOR_SYNONYMS, ...CUES, ...FILLER];
