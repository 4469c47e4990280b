// Text → Question. Two passes: read the text into marks (phrases, places,
// unknown words), then decide what the marks ask. Never throws, never guesses
// a place: an ambiguous name becomes a question back.

import type { Lexicon } from "./lexicon.ts";
import { tokenize } from "./normalise.ts";
import {
  type Asked,
  type Direction,
  INDICATOR_PLACEHOLDER,
  type LevelFilter,
  type PendingQuestion,
  type Qualifier,
  type Question,
  REGION_PLACEHOLDER,
  type SeatNamed,
  type TargetSide,
  type Understood,
} from "./question.ts";
import { LEVEL_CUES, type Mark, type Mention, scan } from "./scan.ts";
import { readTime } from "./time-words.ts";
import { type Lang, NATION_CODE, type RegionLevel } from "./types.ts";
import type { Cue } from "./vocabulary.ts";

interface Reading {
  indicators: string[];
  mentions: Mention[];
  cues: Set<Cue>;
  /** Level words not used as a place-name prefix: "kabupaten mana ...". */
  levels: Set<RegionLevel>;
  unknownWords: string[];
  /** Places read from a typo or prefix, with the words read: weaker evidence when nothing else fits. */
  looseCodes: Map<string, string>;
  /** The words that named Indonesia as a whole ("nasional", "Indonesia"), if any. */
  nationWords: string | null;
  langVotes: Record<Lang, number>;
  seats: SeatNamed[];
  /** Qualifier words read ("kedua", "pencetakan", ...), in order. */
  qualifiers: Qualifier[];
  /** Bare whole numbers that are no date: "top 3", "5 kabupaten terendah". */
  numbers: number[];
}

/** "top 3" up to "top 20"; a bigger number is no count of regions (a ranking lists them all). */
const MAX_TOP = 20;

/** Questions longer than this are cut: nobody asks about 64 places at once. */
const MAX_TOKENS = 64;

export interface UnderstandOptions {
  /** ISO date that "tahun lalu" and a month without a year are read against. */
  today?: string;
}

export function understand(
  text: string,
  lexicon: Lexicon,
  options: UnderstandOptions = {},
): Understood {
  const tokens = tokenize(text).slice(0, MAX_TOKENS);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const time = readTime(tokens, today);
  const reading = read(tokens, time.used, lexicon);
  reading.langVotes.id += time.langVotes.id;
  reading.langVotes.en += time.langVotes.en;
  const { id, en } = reading.langVotes;
  const lang = id === 0 && en === 0 ? null : en > id ? "en" : "id";
  const question = comparingProvinces(decide(reading, lexicon), reading, lexicon);
  const asked: Asked = {
    when: time.when,
    qualifiers: [...unmet(reading.qualifiers, question), ...nationUnmet(reading, question)],
    unknownWords: [...reading.unknownWords, ...unusedNumbers(question, reading.numbers)],
  };
  const { seats } = reading;
  const also = alsoIndicators(question, reading.indicators);
  return {
    question,
    lang,
    asked,
    ...(seats.length > 0 ? { seats } : {}),
    ...(also.length > 0 ? { alsoIndicators: also } : {}),
  };
}

/** Numbers the question did not use ("5" in "KIA 5 Berau"): named back, never dropped. */
function unusedNumbers(question: Question, numbers: number[]): string[] {
  const used = question.kind === "ranking" && question.top ? [question.top.n] : [];
  return numbers.filter((n) => !used.includes(n)).map(String);
}

/** Indicators named besides the one the question is about: each gets the same answer. */
function alsoIndicators(question: Question, named: string[]): string[] {
  if (!("indicator" in question) || !question.indicator || question.indicator === "?") return [];
  const asked = question.indicator;
  return named.filter((slug) => slug !== asked);
}

function read(tokens: string[], timeWords: Set<number>, lexicon: Lexicon): Reading {
  const reading: Reading = {
    indicators: [],
    mentions: [],
    cues: new Set(),
    levels: new Set(),
    unknownWords: [],
    looseCodes: new Map(),
    nationWords: null,
    langVotes: { id: 0, en: 0 },
    seats: [],
    qualifiers: [],
    numbers: [],
  };
  const marks = scan(tokens, lexicon).filter((mark) => !timeWords.has(mark.at));
  const nationTarget = nationTargetWords(marks, tokens);
  for (const mark of marks) {
    if (nationTarget?.mark === mark) continue;
    if (mark.type === "place") {
      const words = wordsOf(tokens, mark);
      reading.mentions.push(mark.mention);
      if (mark.loose && "code" in mark.mention) reading.looseCodes.set(mark.mention.code, words);
      if ("code" in mark.mention && mark.mention.code === NATION_CODE) reading.nationWords = words;
      // "East Kalimantan" is English as much as "highest" is.
      if (mark.alias?.lang) reading.langVotes[mark.alias.lang] += 1;
      if (mark.alias?.kind === "seat" && "code" in mark.mention) {
        reading.seats.push({ seat: mark.alias.alias, code: mark.mention.code });
      }
    } else if (mark.type === "phrase") {
      note(reading, mark.meaning, mark.lang, tokens, mark);
    } else if (/^\d+$/.test(mark.token)) {
      reading.numbers.push(Number(mark.token));
      // "5 besar": the top five.
      if (tokens[mark.at + 1] === "besar") reading.cues.add("highest");
    } else if (mark.token.length > 1) {
      reading.unknownWords.push(mark.token);
    }
  }
  if (nationTarget) {
    const { mark } = nationTarget;
    if (mark.type === "phrase" && mark.lang) reading.langVotes[mark.lang] += 1;
    if (mark.type === "place" && mark.alias?.lang) reading.langVotes[mark.alias.lang] += 1;
    reading.cues.add("target");
    reading.qualifiers.push({ kind: "scope", what: "national-target", words: nationTarget.words });
  }
  reading.indicators = dropSubsumedIndicators(reading.indicators);
  return reading;
}

/**
 * "national KIA target", "target IKD secara nasional": the nation names whose target it
 * is, not a place asked about. Found when only indicator names stand between the
 * nation's words and "target".
 */
function nationTargetWords(marks: Mark[], tokens: string[]): { mark: Mark; words: string } | null {
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as Mark;
    if (!isNation(mark)) continue;
    for (const step of [-1, 1]) {
      let j = i + step;
      while (marks[j] !== undefined && isIndicator(marks[j] as Mark)) j += step;
      const next = marks[j];
      if (next !== undefined && isTarget(next) && adjacent(marks, Math.min(i, j), Math.max(i, j))) {
        return { mark, words: wordsOf(tokens, mark) };
      }
    }
  }
  return null;
}

function isNation(m: Mark): boolean {
  return (
    (m.type === "phrase" && m.meaning === "q:scope:nation") ||
    (m.type === "place" && "code" in m.mention && m.mention.code === NATION_CODE)
  );
}

function isTarget(m: Mark): boolean {
  return m.type === "phrase" && m.meaning === "target";
}

function isIndicator(m: Mark): boolean {
  return m.type === "phrase" && m.meaning.startsWith("ind:");
}

/** Marks from..to cover their tokens without a gap. */
function adjacent(marks: Mark[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const a = marks[k] as Mark;
    const b = marks[k + 1] as Mark;
    if (a.at + a.length !== b.at) return false;
  }
  return true;
}

/** The words a mark was read from, as typed (normalised). */
function wordsOf(tokens: string[], mark: Mark): string {
  return mark.length === 1
    ? (tokens[mark.at] as string)
    : tokens.slice(mark.at, mark.at + mark.length).join(" ");
}

function note(
  reading: Reading,
  meaning: string,
  lang: Lang | null,
  tokens: string[],
  mark: Mark,
): void {
  if (lang) reading.langVotes[lang] += 1;
  if (meaning.startsWith("q:")) {
    const words = wordsOf(tokens, mark);
    const [, kind, what] = meaning.split(":") as [string, Qualifier["kind"], string];
    // "nasional" names a place: Indonesia as a whole.
    if (kind === "scope" && what === "nation") {
      reading.mentions.push({ code: NATION_CODE });
      reading.nationWords = words;
    } else reading.qualifiers.push({ kind, what, words });
    // "target daerah" asks for a target, whose it is aside.
    if (kind === "scope" && what === "regional-target") reading.cues.add("target");
    return;
  }
  if (meaning.startsWith("ind:")) {
    const slug = meaning.slice(4);
    if (!reading.indicators.includes(slug)) reading.indicators.push(slug);
    return;
  }
  const level = LEVEL_CUES[meaning];
  if (level) reading.levels.add(level);
  else reading.cues.add(meaning as Cue);
}

/** "ktp el pemilih pemula" names ktp_el and ktp_el_pemula: the narrower one is meant. */
function dropSubsumedIndicators(slugs: string[]): string[] {
  return slugs.filter((slug) => !slugs.some((other) => other.startsWith(`${slug}_`)));
}

function decide(reading: Reading, lexicon: Lexicon): Question {
  if (reading.unknownWords.length > 0) {
    // "harga beras": among unknown words, a word that merely resembles a place is not one.
    // Its words are then words not understood, named back rather than dropped.
    reading.mentions = reading.mentions.filter((m) => {
      const words = "code" in m ? reading.looseCodes.get(m.code) : undefined;
      if (words !== undefined) reading.unknownWords.push(words);
      return words === undefined;
    });
  }
  const ambiguous = reading.mentions.find(
    (m): m is { term: string; candidates: string[] } => "term" in m,
  );
  const codes = reading.mentions.map((m) => ("code" in m ? m.code : REGION_PLACEHOLDER));
  const places = [...new Set(codes)];
  const question = intend(reading, places, lexicon);
  if (ambiguous && question.kind !== "unknown" && question.kind !== "clarify-indicator") {
    return {
      kind: "clarify-region",
      term: ambiguous.term,
      candidates: ambiguous.candidates,
      pending: question as PendingQuestion,
    };
  }
  if (ambiguous && question.kind === "clarify-indicator") {
    return {
      ...question,
      kind: "clarify-region",
      term: ambiguous.term,
      candidates: ambiguous.candidates,
    };
  }
  return question;
}

/** What the marks ask, with REGION_PLACEHOLDER where a place is still ambiguous. */
function intend(reading: Reading, places: string[], lexicon: Lexicon): Question {
  const { cues, indicators } = reading;
  const indicator = indicators[0];
  const province = provinceOf(places, lexicon) ?? lexicon.defaultProvince;
  const level = levelFilter(reading.levels);
  const first = places[0];

  if (cues.has("indicators") && !indicator && !first) return { kind: "indicators" };
  if ((cues.has("regions") || (cues.has("list") && reading.levels.size > 0)) && !indicator) {
    return { kind: "regions", province };
  }
  if (cues.has("sources") && !first) return { kind: "sources" };
  if (cues.has("updated") && !first) return { kind: "updated" };

  const localPlace = first !== undefined && !isProvince(first, lexicon) && first !== NATION_CODE;
  if (cues.has("difference")) {
    // "apa beda KIA dan KTP-el" defines both; "beda KIA Balikpapan dan Samarinda" compares.
    const extremes = cues.has("highest") || cues.has("lowest") || cues.has("target");
    if (!first && indicator && !extremes) return { kind: "define", indicator };
    cues.add(first ? "compare" : "gap");
  }
  if (indicator && cues.has("howto")) return { kind: "howto", indicator };
  if (cues.has("define") && !localPlace && (indicator || places.length === 0)) {
    return needsIndicator({ kind: "define", indicator: indicator ?? "" });
  }

  const strongTarget = cues.has("target");
  const regionsAsked = reading.levels.size > 0 || cues.has("regions") || cues.has("list");
  const both = cues.has("highest") && cues.has("lowest");
  const targetAsked = strongTarget || (cues.has("gap") && !both);
  if (targetAsked && regionsAsked && !localPlace && places.length < 2) {
    return needsIndicator({
      kind: "versus-target",
      indicator: indicator ?? "",
      side: sideOf(reading.qualifiers),
      level,
      province,
    });
  }
  if (
    (cues.has("spread") && !localPlace) ||
    (both && (cues.has("gap") || cues.has("compare") || cues.has("spread")))
  ) {
    return needsIndicator({ kind: "spread", indicator: indicator ?? "", level, province });
  }
  if (strongTarget || (cues.has("gap") && places.length < 2)) {
    return needsIndicator({
      kind: "target",
      indicator: indicator ?? "",
      region: first ?? province,
    });
  }
  if (cues.has("position") && localPlace && places.length === 1) {
    return needsIndicator({ kind: "position", indicator: indicator ?? "", region: first });
  }
  const direction = directionOf(cues);
  const k = ordinalOf(reading.qualifiers);
  if (k !== undefined && k > 1 && (direction || cues.has("ranking")) && !localPlace) {
    return needsIndicator({
      kind: "rank",
      indicator: indicator ?? "",
      direction: direction ?? "highest",
      k,
      level,
      province,
    });
  }
  const n = reading.numbers.length === 1 ? reading.numbers[0] : undefined;
  if (direction && !localPlace && n !== undefined && n >= 2 && n <= MAX_TOP) {
    return needsIndicator({
      kind: "ranking",
      indicator: indicator ?? "",
      level,
      province,
      top: { n, direction },
    });
  }
  if (direction && !localPlace) {
    return needsIndicator({
      kind: "extreme",
      indicator: indicator ?? "",
      direction,
      level,
      province,
    });
  }
  if (cues.has("ranking") || (cues.has("list") && indicator && !first)) {
    return needsIndicator({ kind: "ranking", indicator: indicator ?? "", level, province });
  }
  if (cues.has("change")) {
    return { kind: "change", indicator: indicator ?? null, region: first ?? province };
  }
  const [a, b] = places;
  if (a && b) return { kind: "compare", indicator: indicator ?? null, regions: [a, b] };
  if (a && indicators.length === 1)
    return { kind: "value", indicator: indicator as string, region: a };
  if (a && indicators.length > 1) return { kind: "profile", region: a };
  // "jumlah penduduk Berau": a figure the data does not hold is no question about its indicators.
  const offTopic =
    reading.unknownWords.length > 0 || reading.qualifiers.some((q) => q.kind === "subIndicator");
  if (a && offTopic) {
    // "siapa presiden indonesia?": naming the whole country is no sign of a data question.
    const placeless = a === REGION_PLACEHOLDER || lexicon.regionByCode.get(a)?.level === "nation";
    return { kind: "unknown", region: placeless ? null : a };
  }
  if (a) return { kind: "profile", region: a };
  if (indicator) return { kind: "overview", indicator, province };
  if (direction)
    return needsIndicator({ kind: "extreme", indicator: "", direction, level, province });
  if (reading.levels.size > 0 && reading.unknownWords.length === 0)
    return { kind: "regions", province };
  if (offTopic) return { kind: "unknown", region: null };
  return { kind: "help" };
}

/** A question that needs an indicator and has none asks for one instead. */
function needsIndicator<Q extends PendingQuestion & { indicator: string }>(question: Q): Question {
  if (question.indicator) return question;
  const pending: Q = { ...question, indicator: INDICATOR_PLACEHOLDER };
  return { kind: "clarify-indicator", pending };
}

/** Questions whose figures are indicator values: "berapa orang" asks for people counted there. */
const COUNTED_KINDS = new Set<Question["kind"]>([
  "value",
  "overview",
  "extreme",
  "rank",
  "ranking",
  "target",
  "compare",
  "profile",
  "change",
  "position",
  "spread",
  "unknown",
]);

/** The qualifiers a question asked that its Question does not already answer. */
function unmet(qualifiers: Qualifier[], question: Question): Qualifier[] {
  const kind = question.kind;
  const aboutTarget = kind === "target" || kind === "versus-target";
  return qualifiers.filter((q) => {
    switch (q.kind) {
      case "ordinal":
        return !(kind === "rank" || (kind === "extreme" && q.what === "1"));
      case "comparison":
        return !(aboutTarget || kind === "compare");
      case "complement":
        return !aboutTarget;
      case "quantity":
        // People are counted from the data; counting regions or releases is answered as asked.
        return COUNTED_KINDS.has(kind);
      default:
        return true;
    }
  });
}

/**
 * "KIA terendah secara nasional": the regions compared are a province's, so a
 * nation named with a province-wide question is said to be unanswered.
 */
function nationUnmet(reading: Reading, question: Question): Qualifier[] {
  const provinceWide =
    "province" in question && question.kind !== "regions" && question.province !== NATION_CODE;
  return reading.nationWords !== null && provinceWide
    ? [{ kind: "scope", what: "nation", words: reading.nationWords }]
    : [];
}

/** Questions that compare the regencies and cities of one province. */
const COMPARING_REGIONS: ReadonlySet<Question["kind"]> = new Set([
  "extreme",
  "rank",
  "ranking",
  "versus-target",
  "spread",
]);

/**
 * "provinsi dengan IKD tertinggi": the provinces compared, as the nation's
 * regions, instead of the default province's regencies and cities. A
 * province named in the question ("tertinggi di provinsi Kaltim") makes the
 * word its prefix, and a regency or city level word the province's level.
 */
function comparingProvinces(question: Question, reading: Reading, lexicon: Lexicon): Question {
  if (!reading.levels.has("province") || !("level" in question)) return question;
  if (!COMPARING_REGIONS.has(question.kind) || question.level !== null) return question;
  const provinceNamed = reading.mentions.some(
    (m) => "code" in m && lexicon.regionByCode.get(m.code)?.level === "province",
  );
  return provinceNamed ? question : { ...question, province: NATION_CODE, level: "province" };
}

function sideOf(qualifiers: Qualifier[]): TargetSide {
  const sides = new Set(qualifiers.filter((q) => q.kind === "comparison").map((q) => q.what));
  if (qualifiers.some((q) => q.kind === "complement")) sides.add("below");
  if (sides.size !== 1) return "all";
  return sides.has("below") ? "below" : "above";
}

function ordinalOf(qualifiers: Qualifier[]): number | undefined {
  const ordinal = qualifiers.find((q) => q.kind === "ordinal");
  return ordinal ? Number(ordinal.what) : undefined;
}

function directionOf(cues: Set<Cue>): Direction | undefined {
  if (cues.has("highest") && !cues.has("lowest")) return "highest";
  if (cues.has("lowest") && !cues.has("highest")) return "lowest";
  return undefined;
}

function levelFilter(levels: Set<RegionLevel>): LevelFilter {
  if (levels.has("regency") && !levels.has("city")) return "regency";
  if (levels.has("city") && !levels.has("regency")) return "city";
  return null;
}

function isProvince(code: string, lexicon: Lexicon): boolean {
  return lexicon.regionByCode.get(code)?.level === "province";
}

function provinceOf(places: string[], lexicon: Lexicon): string | undefined {
  return places.find((code) => isProvince(code, lexicon));
}
