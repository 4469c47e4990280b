// Text → Question. Two passes: read the text into marks (phrases, places,
// unknown words), then decide what the marks ask. Never throws, never guesses
// a place: an ambiguous name becomes a question back.

import type { Lexicon } from "./lexicon.ts";
import { tokenize } from "./normalise.ts";
import {
  type Direction,
  INDICATOR_PLACEHOLDER,
  type LevelFilter,
  type PendingQuestion,
  type Question,
  REGION_PLACEHOLDER,
  type SeatNamed,
  type Understood,
} from "./question.ts";
import { LEVEL_CUES, type Mention, scan } from "./scan.ts";
import type { Lang, RegionLevel } from "./types.ts";
import type { Cue } from "./vocabulary.ts";

interface Reading {
  indicators: string[];
  mentions: Mention[];
  cues: Set<Cue>;
  /** Level words not used as a place-name prefix: "kabupaten mana ...". */
  levels: Set<RegionLevel>;
  unknownWords: string[];
  /** Places read from a typo or prefix: weaker evidence when nothing else fits. */
  looseCodes: Set<string>;
  langVotes: Record<Lang, number>;
  seats: SeatNamed[];
}

/** Questions longer than this are cut: nobody asks about 64 places at once. */
const MAX_TOKENS = 64;

export function understand(text: string, lexicon: Lexicon): Understood {
  const reading = read(tokenize(text).slice(0, MAX_TOKENS), lexicon);
  const { id, en } = reading.langVotes;
  const lang = id === 0 && en === 0 ? null : en > id ? "en" : "id";
  const { seats } = reading;
  return { question: decide(reading, lexicon), lang, ...(seats.length > 0 ? { seats } : {}) };
}

function read(tokens: string[], lexicon: Lexicon): Reading {
  const reading: Reading = {
    indicators: [],
    mentions: [],
    cues: new Set(),
    levels: new Set(),
    unknownWords: [],
    looseCodes: new Set(),
    langVotes: { id: 0, en: 0 },
    seats: [],
  };
  for (const mark of scan(tokens, lexicon)) {
    if (mark.type === "place") {
      reading.mentions.push(mark.mention);
      if (mark.loose && "code" in mark.mention) reading.looseCodes.add(mark.mention.code);
      // "East Kalimantan" is English as much as "highest" is.
      if (mark.alias?.lang) reading.langVotes[mark.alias.lang] += 1;
      if (mark.alias?.kind === "seat" && "code" in mark.mention) {
        reading.seats.push({ seat: mark.alias.alias, code: mark.mention.code });
      }
    } else if (mark.type === "phrase") {
      note(reading, mark.meaning, mark.lang);
    } else if (!/^\d+$/.test(mark.token) && mark.token.length > 1) {
      reading.unknownWords.push(mark.token);
    }
  }
  reading.indicators = dropSubsumedIndicators(reading.indicators);
  return reading;
}

function note(reading: Reading, meaning: string, lang: Lang | null): void {
  if (lang) reading.langVotes[lang] += 1;
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
    reading.mentions = reading.mentions.filter(
      (m) => !("code" in m && reading.looseCodes.has(m.code)),
    );
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

  const strongTarget = cues.has("target");
  if (strongTarget || (cues.has("gap") && places.length < 2)) {
    return needsIndicator({
      kind: "target",
      indicator: indicator ?? "",
      region: first ?? province,
    });
  }
  const direction = directionOf(cues);
  if (direction && !(first && !isProvince(first, lexicon))) {
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
  if (a && reading.unknownWords.length > 0) {
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
  if (reading.unknownWords.length > 0) return { kind: "unknown", region: null };
  return { kind: "help" };
}

/** A question that needs an indicator and has none asks for one instead. */
function needsIndicator<Q extends PendingQuestion & { indicator: string }>(question: Q): Question {
  if (question.indicator) return question;
  const pending: Q = { ...question, indicator: INDICATOR_PLACEHOLDER };
  return { kind: "clarify-indicator", pending };
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
