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
  /** "beda", "difference between": defines indicators, or compares places or extremes. */
  | "difference"
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
  | "define"
  | "howto"
  | "spread"
  | "position"
  | "filler"
  /** A qualifier ("q:<kind>:<what>", see Qualifier): meaning the Question alone may not carry. */
  | `q:${string}`;

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
  ...ind("akta_kelahiran", "id", "akta lahir", "akte lahir", "akte kelahiran", "akta", "akte"),
  ...ind("akta_kelahiran", "id", "akta kelahiran anak", "kepemilikan akta"),
  ...ind("akta_kelahiran", "en", "birth certificate", "birth registration"),
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
  // "target nasional" is read as "target" beside the nation: whose target it is (understand.ts).
  ...cue("target", "id", "sasaran", "capai target", "memenuhi target"),
  ...cue("target", "en", "goal", "targets", "on track"),
  // Weak target cues: with two places named they mean a comparison instead.
  ...cue("gap", "id", "selisih", "tercapai", "kurang berapa", "jarak"),
  ...cue("gap", "en", "achieved", "reach", "reached", "gap", "difference", "met", "meet"),
  ...cue("compare", "id", "bandingkan", "dibandingkan", "perbandingan", "banding", "dibanding"),
  ...cue("compare", "en", "compare", "compared", "comparison", "versus"),
  ...cue("compare", null, "vs", "v s"),
  ...cue("difference", "id", "beda", "bedanya", "perbedaan", "perbedaannya", "membedakan"),
  ...cue("difference", "en", "difference between", "differences between", "differ"),
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
  ...cue("updated", "en", "last update", "latest update"),
  ...cue("help", "id", "bantuan", "tolong", "cara pakai", "panduan", "bisa apa"),
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

/** What a question asks about an indicator rather than of its numbers. */
const ABOUT: Term[] = [
  ...cue("define", "id", "apa itu", "itu apa", "apa sih", "arti", "artinya", "kepanjangan"),
  ...cue("define", "id", "kepanjangannya", "singkatan", "singkatan dari", "definisi"),
  ...cue("define", "id", "pengertian", "maksud", "maksudnya", "yang dimaksud", "apaan"),
  ...cue("define", "en", "stand for", "stands for", "meaning", "means", "mean", "definition"),
  ...cue("define", "en", "define", "what is meant by", "explain"),
  // "cara pakai" (help) is longer, so it still wins.
  ...cue("howto", "id", "cara", "caranya", "syarat", "syaratnya", "persyaratan", "prosedur"),
  ...cue("howto", "id", "langkah", "bagaimana membuat", "gimana bikin", "gimana buat"),
  ...cue("howto", "id", "bagaimana mendapatkan", "dimana bisa", "di mana bisa", "mengurusnya"),
  ...cue("howto", "en", "how do i", "how can i", "how to", "where can i", "requirements"),
  ...cue("howto", "en", "apply for", "how do you get", "how does one get"),
  ...cue("howto", "id", "cara membuat", "cara bikin", "cara mengurus", "cara mendapatkan"),
  ...cue("howto", "id", "cara urus", "cara daftar", "cara aktivasi", "cara mengaktifkan"),
  ...cue("spread", "id", "rentang", "kesenjangan", "disparitas", "jarak antara"),
  ...cue("spread", "en", "spread", "range", "gap between", "disparity"),
  ...cue("position", "id", "peringkat berapa", "peringkat ke berapa", "urutan berapa"),
  ...cue("position", "id", "urutan ke berapa", "ranking berapa", "rangking berapa"),
  ...cue("position", "id", "posisi", "posisinya", "peringkatnya", "di urutan berapa"),
  ...cue("position", "en", "what rank", "which rank", "what position", "ranked where"),
  ...cue("position", "en", "where does", "where do", "rank of", "position of"),
];

/**
 * Words that change what is asked in ways a Question does not carry: the
 * answer meets them or says first that it cannot, never drops them silently.
 */
const ORDINALS: Term[] = [2, 3, 4, 5, 6, 7, 8, 9, 10].flatMap((k) => [
  ...cue(`q:ordinal:${k}`, "id", `ke ${k}`, `ke${k}`),
  ...cue(`q:ordinal:${k}`, "en", `${k}th`, `${k}nd`, `${k}rd`),
]);
const ORDINAL_WORDS: [number, string, string][] = [
  [1, "pertama", "first"],
  [2, "kedua", "second"],
  [3, "ketiga", "third"],
  [4, "keempat", "fourth"],
  [5, "kelima", "fifth"],
  [6, "keenam", "sixth"],
  [7, "ketujuh", "seventh"],
  [8, "kedelapan", "eighth"],
  [9, "kesembilan", "ninth"],
  [10, "kesepuluh", "tenth"],
];
const QUALIFIERS: Term[] = [
  ...ORDINALS,
  ...ORDINAL_WORDS.flatMap(([k, idWord, enWord]) => [
    ...cue(`q:ordinal:${k}`, "id", idWord),
    ...cue(`q:ordinal:${k}`, "en", enWord),
  ]),
  ...cue("q:scope:nation", "id", "nasional", "secara nasional", "tingkat nasional", "nasionalnya"),
  ...cue("q:scope:nation", "id", "se indonesia", "seluruh indonesia", "skala nasional"),
  ...cue("q:scope:nation", "en", "national", "nationally", "nationwide", "national level"),
  // Whose target: a region's own, not the national one (read as "target" too, understand.ts).
  ...cue("q:scope:regional-target", "id", "target daerah", "target provinsi", "target pemda"),
  ...cue("q:scope:regional-target", "id", "target kabupaten", "target kota", "target regional"),
  ...cue("q:scope:regional-target", "id", "capai target daerah", "mencapai target daerah"),
  ...cue("q:scope:regional-target", "id", "memenuhi target daerah"),
  ...cue("q:scope:regional-target", "en", "regional target", "provincial target", "local target"),
  ...cue("q:scope:average", "id", "rata rata", "rata2", "rerata", "rata ratanya"),
  ...cue("q:scope:average", "en", "average", "mean value"),
  ...cue("q:subIndicator:print", "id", "pencetakan", "cetak", "dicetak", "tercetak", "blanko"),
  ...cue("q:subIndicator:print", "en", "print", "printed", "printing", "blank cards"),
  ...cue("q:subIndicator:family-card", "id", "kk", "kartu keluarga"),
  ...cue("q:subIndicator:family-card", "en", "family card", "family cards"),
  ...cue("q:subIndicator:population", "id", "jumlah penduduk", "populasi", "total penduduk"),
  ...cue("q:subIndicator:population", "id", "banyaknya penduduk", "jumlah warga"),
  ...cue("q:subIndicator:population", "en", "population", "number of residents"),
  ...cue("q:subIndicator:other-certificate", "id", "akta kematian", "akta perkawinan"),
  ...cue("q:subIndicator:other-certificate", "id", "akta nikah", "akta cerai", "akta perceraian"),
  ...cue("q:subIndicator:other-certificate", "id", "surat pindah", "paspor"),
  ...cue("q:subIndicator:other-certificate", "en", "death certificate", "marriage certificate"),
  ...cue("q:subIndicator:other-certificate", "en", "passport", "passports"),
  ...cue("q:quantity:people", "id", "orang", "berapa orang", "jumlah orang", "jiwa"),
  ...cue("q:quantity:people", "id", "berapa banyak", "berapa jumlah orang", "berapa jiwa"),
  ...cue("q:quantity:people", "id", "jumlah", "jumlahnya", "total", "banyaknya"),
  ...cue("q:quantity:people", "id", "berapa penduduk", "berapa warga", "berapa anak"),
  ...cue("q:quantity:people", "en", "how many people", "people", "persons", "residents"),
  ...cue("q:quantity:people", "en", "how many", "number of"),
  ...cue("q:quantity:people", "en", "number of people", "how many residents"),
  ...cue("q:comparison:below", "id", "di bawah", "dibawah", "kurang dari", "belum mencapai"),
  ...cue("q:comparison:below", "id", "belum capai", "belum memenuhi", "lebih rendah dari"),
  ...cue("q:comparison:below", "en", "below", "under", "less than", "short of", "not reached"),
  ...cue("q:comparison:below", "en", "not yet reached", "haven t reached", "has not reached"),
  ...cue("q:comparison:above", "id", "di atas", "diatas", "lebih dari", "melampaui"),
  ...cue("q:comparison:above", "id", "melebihi", "mencapai", "sudah mencapai", "tembus"),
  ...cue("q:comparison:above", "id", "lebih tinggi dari", "sudah memenuhi"),
  ...cue("q:comparison:above", "en", "above", "over", "more than", "exceed", "exceeded"),
  ...cue("q:comparison:above", "en", "exceeds", "higher than"),
  ...cue("q:complement:not-yet", "id", "belum rekam", "belum merekam", "belum punya"),
  ...cue("q:complement:not-yet", "id", "belum memiliki", "belum aktivasi", "belum aktif"),
  ...cue("q:complement:not-yet", "id", "belum mengaktifkan", "blm rekam", "tidak punya"),
  ...cue("q:complement:not-yet", "en", "not yet recorded", "have not", "haven t", "without"),
  ...cue("q:complement:not-yet", "en", "do not have", "don t have", "not recorded"),
  ...cue("q:complement:not-yet", "en", "have no", "has no", "does not have", "doesn t have"),
  ...cue("q:complement:not-yet", "id", "tidak memiliki", "belum mempunyai", "blm punya"),
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
  ...cue("filler", "id", "daerah", "siapa", "bot", "bisa", "jawab", "bantu", "kamu", "anda"),
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
  ...cue("filler", "id", "kalau", "kalo", "klo", "bagaimana dengan", "gimana dengan", "nya"),
  ...cue("filler", "id", "penduduk", "masyarakat", "bulan", "tahun", "kabupatennya"),
  ...cue("filler", "id", "anak", "anak anak", "sampai", "hingga", "sampai dengan"),
  ...cue("filler", "en", "kids", "children", "until", "up to"),
  // "5 besar" (the top five): the number carries it, read in understand.ts.
  ...cue("filler", "id", "besar"),
  // The verbs of the indicators' own nouns: "sudah rekam KTP-el" is its recording.
  ...cue("filler", "id", "rekam", "merekam", "terekam", "direkam", "mengaktifkan"),
  ...cue("filler", "id", "diaktifkan", "teraktivasi", "memiliki", "dimiliki"),
  ...cue("filler", "en", "activate", "activated", "recorded", "registered", "owned"),
  // What is left of "which regions are covered", "what data is available",
  // "where is KIA highest": the cue or the ranking carries the question.
  ...cue("filler", "en", "covered", "available", "where"),
  ...cue("filler", "en", "how about", "what about", "as of", "year", "month"),
];

export const TERMS: readonly Term[] = [
  ...INDICATOR_SYNONYMS,
  ...CUES,
  ...ABOUT,
  ...QUALIFIERS,
  ...FILLER,
];
