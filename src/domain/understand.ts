// Text → Question. Two passes: read the text into marks (phrases, places,
// unknown words), then decide what the marks ask. Never throws, never guesses
// a place: an ambiguous name becomes a question back.

import { type Lexicon, shapeKey } from "./lexicon.ts";
import { editDistance, tokenize, typoAllowance } from "./normalise.ts";
import {
  type Direction,
  INDICATOR_PLACEHOLDER,
  type LevelFilter,
  type PendingQuestion,
  type Question,
  REGION_PLACEHOLDER,
  type Understood,
} from "./question.ts";
import type { Lang, Region, RegionLevel } from "./types.ts";
import type { Cue } from "./vocabulary.ts";

type Mention = { code: string } | { term: string; candidates: string[] };

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
}

/** Questions longer than this are cut: nobody asks about 64 places at once. */
const MAX_TOKENS = 64;
const LEVEL_CUES: Record<string, RegionLevel> = {
  "level:regency": "regency",
  "level:city": "city",
  "level:province": "province",
};

export function understand(text: string, lexicon: Lexicon): Understood {
  const reading = read(tokenize(text).slice(0, MAX_TOKENS), lexicon);
  const { id, en } = reading.langVotes;
  const lang = id === 0 && en === 0 ? null : en > id ? "en" : "id";
  return { question: decide(reading, lexicon), lang };
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
  };
  let i = 0;
  while (i < tokens.length) {
    const phrase = matchPhrase(tokens, i, lexicon);
    const place = matchPlace(tokens, i, lexicon, exactPlaces);
    if (place && place.length > (phrase?.tokens.length ?? 0)) {
      reading.mentions.push(place.mention);
      i += place.length;
      continue;
    }
    if (phrase) {
      note(reading, phrase.meaning, phrase.lang);
      i += phrase.tokens.length;
      continue;
    }
    const token = tokens[i] as string;
    const misspelt = matchPhraseWithTypo(token, lexicon);
    if (misspelt) {
      note(reading, misspelt.meaning, misspelt.lang);
      i += 1;
      continue;
    }
    const loose = matchPlace(tokens, i, lexicon, loosePlaces);
    if (loose) {
      reading.mentions.push(loose.mention);
      if ("code" in loose.mention) reading.looseCodes.add(loose.mention.code);
      i += loose.length;
      continue;
    }
    if (!/^\d+$/.test(token) && token.length > 1) reading.unknownWords.push(token);
    i += 1;
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

function matchPhrase(tokens: string[], at: number, lexicon: Lexicon) {
  const candidates = lexicon.phrasesByFirstToken.get(tokens[at] as string) ?? [];
  return candidates.find((p) => p.tokens.every((t, k) => tokens[at + k] === t));
}

/** "tertingi" → "tertinggi": one-word phrases of five letters or more tolerate one typo. */
function matchPhraseWithTypo(token: string, lexicon: Lexicon) {
  if (token.length < 5 || lexicon.vocabulary.has(token)) return undefined;
  for (const length of [token.length, token.length - 1, token.length + 1]) {
    for (const phrase of lexicon.typoTolerantPhrasesByLength.get(length) ?? []) {
      if (editDistance(token, phrase.tokens[0] as string, 1) <= 1) return phrase;
    }
  }
  return undefined;
}

interface PlaceMatch {
  mention: Mention;
  /** Tokens consumed, including a level word in front. */
  length: number;
}

type PlaceLookup = (window: string[], level: RegionLevel | undefined, lexicon: Lexicon) => Region[];

/** The widest place name starting at `at`, optionally after a level word ("kota bandung"). */
function matchPlace(
  tokens: string[],
  at: number,
  lexicon: Lexicon,
  lookup: PlaceLookup,
): PlaceMatch | undefined {
  const level = levelWordAt(tokens, at, lexicon);
  const start = level ? at + 1 : at;
  const widest = Math.min(lexicon.maxNameTokens, tokens.length - start);
  for (let n = widest; n >= 1; n--) {
    const window = tokens.slice(start, start + n);
    const regions = lookup(window, level, lexicon);
    if (regions.length > 0) {
      return { mention: choose(window.join(" "), regions), length: n + (level ? 1 : 0) };
    }
  }
  return undefined;
}

function levelWordAt(tokens: string[], at: number, lexicon: Lexicon): RegionLevel | undefined {
  const phrase = lexicon.phrasesByFirstToken
    .get(tokens[at] as string)
    ?.find((p) => p.tokens.length === 1 && p.meaning.startsWith("level:"));
  return phrase ? LEVEL_CUES[phrase.meaning] : undefined;
}

/**
 * Names, curated aliases and official codes. An alias settles a name shared by
 * several places ("yogyakarta" is the province) unless a level word says otherwise.
 */
function exactPlaces(window: string[], level: RegionLevel | undefined, lexicon: Lexicon): Region[] {
  const key = window.join(" ");
  if (/^\d{2}(\.\d{2})?$/.test(key)) {
    const byCode = lexicon.regionByCode.get(key);
    return byCode ? [byCode] : [];
  }
  const aliasCode = lexicon.aliasToCode.get(key);
  const alias = aliasCode ? lexicon.regionByCode.get(aliasCode) : undefined;
  const named = lexicon.regionsByName.get(key) ?? [];
  if (level) {
    const atLevel = [...(alias ? [alias] : []), ...named].filter((r) => r.level === level);
    if (atLevel.length > 0) return atLevel;
  }
  return alias ? [alias] : named;
}

/**
 * For words the engine does not otherwise know: unique name prefixes
 * ("penajam", or "kutai" with its three candidates) and typos ("brau").
 * Known words never start one, so "top", "data" or "lima" stay words.
 */
function loosePlaces(window: string[], level: RegionLevel | undefined, lexicon: Lexicon): Region[] {
  if (window.some((t) => lexicon.vocabulary.has(t) || /^\d/.test(t))) return [];
  const key = window.join(" ");
  const prefixed = key.length >= 4 ? lexicon.regionsByNamePrefix.get(key) : undefined;
  if (prefixed) return narrow(prefixed, level);
  const allowance = typoAllowance(key.length);
  if (allowance === 0) return [];
  let best = allowance + 1;
  let keys: string[] = [];
  const lengths = Array.from({ length: 2 * allowance + 1 }, (_, k) => key.length - allowance + k);
  const candidates = lengths.flatMap(
    (l) => lexicon.fuzzyKeysByShape.get(shapeKey(window.length, l)) ?? [],
  );
  for (const candidate of candidates) {
    const d = editDistance(key, candidate, Math.min(best, allowance));
    if (d > allowance) continue;
    if (d < best) {
      best = d;
      keys = [candidate];
    } else if (d === best) keys.push(candidate);
  }
  return keys.flatMap((k) => exactPlaces(k.split(" "), level, lexicon));
}

function narrow(regions: Region[], level: RegionLevel | undefined): Region[] {
  const atLevel = level ? regions.filter((r) => r.level === level) : [];
  return atLevel.length > 0 ? atLevel : regions;
}

/** One region, or the candidates to ask about: never a guess. */
function choose(term: string, regions: Region[]): Mention {
  const codes = [...new Set(regions.map((r) => r.code))].sort();
  return codes.length === 1 ? { code: codes[0] as string } : { term, candidates: codes };
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
    return { kind: "unknown", region: a === REGION_PLACEHOLDER ? null : a };
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
