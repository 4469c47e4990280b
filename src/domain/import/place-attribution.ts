// Which region a percentage is stated for. A place counts only when the text
// says the figure is for it: not where something was said ("kata … di
// Samarinda, Ahad"), not the scope of a ranking ("tertinggi secara
// nasional"), not a "se-Kaltim" gathering. An agency's place ("Disdukcapil
// Kota Sukabumi") counts after any other place in the sentence. Without one
// in the sentence, the article's main region (the first named, when every
// other place named lies within it), else the dateline when the text names no
// place at all; never a default province.

import type { Lexicon } from "../lexicon.ts";
import type { Mark, Mention } from "../scan.ts";
import { NATION_CODE } from "../types.ts";
import { isBoundary, PERCENT_TOKEN } from "./figure-checks.ts";

export interface PlaceMention {
  /** Token index in the sentence. */
  at: number;
  /** Token index just after it. */
  end: number;
  mention: Mention;
  /** Part of an office's name ("Kepala Disdukcapil Kabupaten Aceh Tengah"). */
  agency: boolean;
  /**
   * The office of whoever is quoted ("…, kata Kepala Disdukcapil Kaltim"):
   * who speaks, never what a figure is for.
   */
  speaker: boolean;
}

const DAY_NAMES = new Set([
  "senin",
  "selasa",
  "rabu",
  "kamis",
  "jumat",
  "jum",
  "sabtu",
  "minggu",
  "ahad",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);
const RANK_WORDS = new Set([
  "tertinggi",
  "terendah",
  "teratas",
  "terbaik",
  "terbesar",
  "terkecil",
  "terbanyak",
  "paling",
  "posisi",
  "peringkat",
  "urutan",
  "highest",
  "lowest",
  "best",
]);
const AGENCY_WORDS = new Set([
  "dinas",
  "disdukcapil",
  "dukcapil",
  "disduk",
  "disdukpencapil",
  "dispendukcapil",
  "dkp3a",
  "kadis",
  "kadisdukcapil",
  "kepala",
  "kabid",
  "pemprov",
  "pemkab",
  "pemkot",
  "pemerintah",
  "pemda",
  "gubernur",
  "bupati",
  "walikota",
  "wali",
  "sekda",
  "kantor",
  "office",
  "plt",
]);
/** Words that end an office's name: what follows is what the office says. */
const SAYING_WORDS = new Set([
  "mengatakan",
  "menyebut",
  "mencatat",
  "merilis",
  "menyampaikan",
  "mengungkapkan",
  "menjelaskan",
  "kata",
  "ujar",
  "said",
  "di",
  "in",
]);
const PLACE_EXPECTED = new Set(["di", "kabupaten", "kota", "provinsi", "wilayah", "daerah", "in"]);
/** Words before "nasional" that make it the place a figure is for: "secara nasional", "capaian nasional". */
const NATION_WORDS = new Set([
  "secara",
  "tingkat",
  "skala",
  "capaian",
  "cakupan",
  "angka",
  "persentase",
]);
/** Verbs of saying: "kata Kadis di Samarinda" names where it was said. */
const SPEECH_VERBS = new Set([
  "kata",
  "katanya",
  "ujar",
  "ujarnya",
  "ungkap",
  "ungkapnya",
  "tutur",
  "tuturnya",
  "jelas",
  "jelasnya",
  "terang",
  "terangnya",
  "tegas",
  "tegasnya",
  "papar",
  "paparnya",
  "said",
]);

/** The last word of an indicator's name: "KTP-el nasional 99 persen" is the nation's figure. */
const INDICATOR_ENDINGS = new Set(["ikd", "kia", "el", "ktp", "kelahiran", "lahir", "pemula"]);
/** Words that are the nation by themselves: "14 percent nationwide", "99 percent of Indonesians". */
const NATION_ITSELF = new Set(["nationwide", "indonesians"]);

/**
 * "secara nasional", "capaian nasional 95 persen", "IKD nasional",
 * "nationwide": Indonesia as a whole ("target nasional" is not).
 */
function isNationWord(tokens: string[], at: number): boolean {
  const token = tokens[at] as string;
  if (NATION_ITSELF.has(token)) return true;
  if (token !== "nasional" && token !== "national") return false;
  const previous = tokens[at - 1] ?? "";
  // "the national figure was 95.3 percent", "the national rate".
  const next = tokens[at + 1] ?? "";
  return (
    NATION_WORDS.has(previous) ||
    INDICATOR_ENDINGS.has(previous) ||
    ["figure", "rate"].includes(next)
  );
}

/** "…, kata Kepala Dinas di Samarinda": the place after a verb of saying is where it was said. */
function saidAt(tokens: string[], at: number): boolean {
  if (tokens[at - 1] !== "di" && tokens[at - 1] !== "in") return false;
  for (let i = at - 2; i >= Math.max(0, at - 8); i--) {
    const token = tokens[i] as string;
    if (PERCENT_TOKEN.test(token)) return false;
    if (SPEECH_VERBS.has(token)) return true;
  }
  return false;
}

function nationWordWithin(tokens: string[], at: number, length: number): number {
  for (let k = at; k < at + length; k++) if (isNationWord(tokens, k)) return k;
  return -1;
}

/** Places in a sentence's marks that could be what a figure is for. */
export function placesIn(marks: Mark[], tokens: string[], lexicon: Lexicon): PlaceMention[] {
  const places: PlaceMention[] = [];
  for (const mark of marks) {
    // "nasional" may stand alone or inside a scope phrase ("secara nasional").
    const nationAt = mark.type === "place" ? -1 : nationWordWithin(tokens, mark.at, mark.length);
    if (nationAt >= 0) {
      places.push({
        at: nationAt,
        end: nationAt + 1,
        mention: { code: NATION_CODE },
        agency: false,
        speaker: false,
      });
      continue;
    }
    if (mark.type !== "place") continue;
    // A prefix of a name ("penajam") is prose unless it is ambiguous enough to ask about.
    if (mark.loose && "code" in mark.mention) continue;
    const end = mark.at + mark.length;
    if (tokens[mark.at - 1] === "se") continue;
    if (saidOnADay(tokens, end) || saidAt(tokens, mark.at)) continue;
    // A prefix shared by several names ("kutai") is a place only where a place is expected.
    if (mark.loose && !PLACE_EXPECTED.has(tokens[mark.at - 1] ?? "")) continue;
    const agency = isAgency(tokens, mark.at);
    const speaker = agency && isSpeaker(tokens, mark.at);
    places.push({ at: mark.at, end, mention: mark.mention, agency, speaker });
  }
  return withoutRankScopes(withoutAppositions(places, tokens, lexicon), tokens, lexicon);
}

/**
 * "Kabupaten Bulungan, Kalimantan Utara, …", "Bulungan (Kaltara)": a
 * province written right after one of its own regencies or cities only says
 * where that one lies; the more specific region is the one meant.
 */
function withoutAppositions(
  places: PlaceMention[],
  tokens: string[],
  lexicon: Lexicon,
): PlaceMention[] {
  return places.filter((p, i) => {
    const previous = places[i - 1];
    if (!previous || !("code" in p.mention) || !("code" in previous.mention)) return true;
    if (lexicon.regionByCode.get(p.mention.code)?.level !== "province") return true;
    const inner = lexicon.regionByCode.get(previous.mention.code);
    if (inner?.parentCode !== p.mention.code) return true;
    const between = tokens.slice(previous.end, p.at);
    return !(between.length > 0 && between.length <= 5 && between.every(isApposition));
  });
}

/**
 * Words between a regency and its province that only say where it lies:
 * "Merauke, kini masuk Provinsi Papua Selatan", "Mimika in Central Papua".
 */
const WHERE_IT_LIES = new Set([
  "provinsi",
  "prov",
  "di",
  "in",
  "kini",
  "sekarang",
  "masuk",
  "bagian",
  "dari",
  "wilayah",
  "now",
  "part",
  "of",
  "province",
]);

function isApposition(token: string): boolean {
  return isBoundary(token) || WHERE_IT_LIES.has(token);
}

/** "kata Kepala Disdukcapil Kaltim", "menurut Kadis Dukcapil Kota X": the office quoted. */
function isSpeaker(tokens: string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 8); i--) {
    const token = tokens[i] as string;
    if (PERCENT_TOKEN.test(token)) return false;
    if (SPEECH_VERBS.has(token) || token === "menurut" || token === "according") return true;
  }
  return false;
}

/** "di Samarinda, Ahad", "di Jakarta pada Rabu (26/12)": where something was said, not what a figure is for. */
function saidOnADay(tokens: string[], end: number): boolean {
  let next = end;
  while (isBoundary(tokens[next]) || tokens[next] === "pada") next++;
  return DAY_NAMES.has(tokens[next] ?? "");
}

function isAgency(tokens: string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 10); i--) {
    const token = tokens[i] as string;
    if (PERCENT_TOKEN.test(token) || SAYING_WORDS.has(token)) return false;
    if (AGENCY_WORDS.has(token)) return true;
  }
  return false;
}

/** "posisi tertinggi secara nasional", "tertinggi di Indonesia": the scope of a ranking, when a place inside it is named. */
function withoutRankScopes(
  places: PlaceMention[],
  tokens: string[],
  lexicon: Lexicon,
): PlaceMention[] {
  if (places.length < 2) return places;
  return places.filter((p) => {
    if (!("code" in p.mention)) return true;
    const level = lexicon.regionByCode.get(p.mention.code)?.level;
    if (level !== "province" && level !== "nation") return true;
    const rankAt = tokens.slice(Math.max(0, p.at - 3), p.at).findIndex((t) => RANK_WORDS.has(t));
    if (rankAt < 0) return true;
    if (level === "nation") return false;
    // "tertinggi adalah DIY dengan 99,87 persen": the province ranked, not the scope.
    const between = tokens.slice(Math.max(0, p.at - 3) + rankAt + 1, p.at);
    if (between.some((t) => NAMES_THE_RANKED.has(t))) return true;
    if (between.some((t) => SCOPE_WORDS.has(t))) return false;
    // "tertinggi di Kaltim": a scope when something else in its clause is what is ranked.
    return !places.some((q) => q !== p && !q.agency && sameClause(tokens, q.at, p.at));
  });
}

/** Words between a rank word and a province that make the province the one ranked. */
const NAMES_THE_RANKED = new Set([
  "adalah",
  "yaitu",
  "yakni",
  "ialah",
  "diraih",
  "ditempati",
  "oleh",
]);
/** Words between a rank word and a province that make the province where the ranking holds. */
const SCOPE_WORDS = new Set(["se", "secara", "tingkat", "skala", "level", "seluruh"]);

function sameClause(tokens: string[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let i = from; i < to; i++) if (isBoundary(tokens[i])) return false;
  return true;
}

export type Attribution = { codes: string[] } | { ambiguous: string } | { none: true };

/** The region(s) the percentage at token `at` is stated for, within its sentence. */
export function placeInSentence(places: PlaceMention[], tokens: string[], at: number): Attribution {
  const clauseStart = boundary(tokens, at, -1);
  const clauseEnd = boundary(tokens, at, 1);
  const nextPercent = nextPercentAt(tokens, at);
  const own = places.filter((p) => !p.agency);
  const agencies = places.filter((p) => p.agency && !p.speaker);

  // "… 1,74 persen di Berau": a place right after the figure names it.
  const right = own.find(
    (p) =>
      p.at <= at + 2 &&
      p.at > at &&
      ["di", "untuk", "pada", "in", "for"].includes(tokens[at + 1] ?? ""),
  );
  if (right) return attributionOf([right]);
  // "Jakarta Selatan dan Jakarta Timur (masing-masing 33 persen)".
  if (tokens[at - 1] === "masing" && tokens[at - 2] === "masing") {
    const previous = previousPercentAt(tokens, at);
    const group = own.filter((p) => p.at > previous && p.at < at);
    if (group.length > 0) return attributionOf(group);
  }
  const before = (list: PlaceMention[], from: number) =>
    list.filter((p) => p.end <= at && p.at >= from).at(-1);
  const after = (list: PlaceMention[], to: number) => list.find((p) => p.at > at && p.at < to);
  const found =
    before(own, clauseStart) ??
    after(own, Math.min(clauseEnd, nextPercent)) ??
    before(own, 0) ??
    before(agencies, 0) ??
    after(agencies, nextPercent);
  return found ? attributionOf([found]) : { none: true };
}

export function attributionOf(places: PlaceMention[]): Attribution {
  const codes: string[] = [];
  for (const { mention } of places) {
    if (!("code" in mention)) return { ambiguous: mention.term };
    if (!codes.includes(mention.code)) codes.push(mention.code);
  }
  return { codes };
}

function boundary(tokens: string[], at: number, step: 1 | -1): number {
  let i = at + step;
  while (i >= 0 && i < tokens.length && !isBoundary(tokens[i])) i += step;
  return i;
}

function nextPercentAt(tokens: string[], at: number): number {
  for (let i = at + 1; i < tokens.length; i++)
    if (PERCENT_TOKEN.test(tokens[i] as string)) return i;
  return tokens.length;
}

function previousPercentAt(tokens: string[], at: number): number {
  for (let i = at - 1; i >= 0; i--) if (PERCENT_TOKEN.test(tokens[i] as string)) return i;
  return -1;
}

/**
 * The article's main region: the first place it names for itself, when every
 * other place it names lies within it (Indonesia aside, which news names in
 * passing). Null when it names places side by side (Riau, Sumbar, Sumut).
 */
export function mainRegion(codes: string[], lexicon: Lexicon): string | null {
  const [first] = codes;
  if (!first) return null;
  for (const code of codes) {
    if (code === NATION_CODE && first !== NATION_CODE) continue;
    if (!within(code, first, lexicon)) return null;
  }
  return first;
}

function within(code: string, ancestor: string, lexicon: Lexicon): boolean {
  let current: string | null | undefined = code;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current === ancestor) return true;
    current = lexicon.regionByCode.get(current)?.parentCode;
  }
  return false;
}

/** Only regencies and cities: "provinsi" is often a common noun ("provinsi termuda itu"). */
const REGION_NOUNS = new Set(["kota", "kabupaten", "kab"]);
/** Words after "kota"/"kabupaten" that do not begin a name ("kota tersebut", "kabupaten/kota di …"). */
const NOT_A_NAME = new Set([
  "tersebut",
  "itu",
  "ini",
  "lain",
  "lainnya",
  "di",
  "dan",
  "atau",
  "yang",
  "dengan",
  "se",
  "sebesar",
  "mencapai",
  "tercatat",
  "sudah",
  "baru",
]);

/**
 * "… Pekanbaru 100,28 persen Kota Dimai 102,04 persen": a region written just
 * before the figure that the catalogue does not know (a misspelling, a new
 * region). The figure is that region's, not the last one recognised, so the
 * caller skips it. Returns the words as written.
 */
export function unknownRegionNamed(
  places: PlaceMention[],
  tokens: string[],
  at: number,
): string | null {
  let from = at;
  while (
    from > 0 &&
    !isBoundary(tokens[from - 1]) &&
    !PERCENT_TOKEN.test(tokens[from - 1] as string)
  )
    from--;
  for (let i = from; i < at; i++) {
    if (!REGION_NOUNS.has(tokens[i] as string)) continue;
    const name = tokens[i + 1] ?? "";
    if (i + 1 >= at || NOT_A_NAME.has(name) || REGION_NOUNS.has(name) || isBoundary(name)) continue;
    const known = places.some((p) => p.end > i && p.at < at);
    if (!known) return `${tokens[i]} ${name}`;
  }
  return null;
}
