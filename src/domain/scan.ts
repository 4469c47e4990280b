// Text tokens → marks: known phrases (indicators, cues, filler), places, and
// unknown words, each with its position. Questions and imported press releases
// are read with the same marks, so both understand places and indicators alike.

import { type Lexicon, type Phrase, shapeKey } from "./lexicon.ts";
import { editDistance, typoAllowance } from "./normalise.ts";
import type { Region, RegionLevel } from "./types.ts";

/** A place reference: one region, or the candidates of an ambiguous name. */
export type Mention = { code: string } | { term: string; candidates: string[] };

export type Mark =
  | { type: "place"; mention: Mention; loose: boolean; at: number; length: number }
  | ({ type: "phrase"; at: number; length: number } & Pick<Phrase, "meaning" | "lang">)
  | { type: "word"; token: string; at: number; length: 1 };

export const LEVEL_CUES: Record<string, RegionLevel> = {
  "level:regency": "regency",
  "level:city": "city",
  "level:province": "province",
};

/**
 * Left to right, the widest match first: an exact place or a phrase (a place
 * only when strictly longer, so "kota" alone stays a level word); then a
 * phrase with a typo; then, for words the engine does not otherwise know, a
 * place by prefix or typo; else the word itself.
 */
export interface ScanOptions {
  /**
   * Read misspelt words as the phrase or place they resemble. Questions want
   * it; an imported press release does not (its names are written out, and
   * typo matching over long prose is where the time would go).
   */
  typos: boolean;
}

export function scan(
  tokens: string[],
  lexicon: Lexicon,
  options: ScanOptions = { typos: true },
): Mark[] {
  const marks: Mark[] = [];
  let i = 0;
  while (i < tokens.length) {
    const mark = markAt(tokens, i, lexicon, options);
    marks.push(mark);
    i += mark.length;
  }
  return marks;
}

function markAt(tokens: string[], at: number, lexicon: Lexicon, options: ScanOptions): Mark {
  const phrase = matchPhrase(tokens, at, lexicon);
  const place = matchPlace(tokens, at, lexicon, exactPlaces);
  if (place && place.length > (phrase?.tokens.length ?? 0)) {
    return { type: "place", mention: place.mention, loose: false, at, length: place.length };
  }
  if (phrase) {
    return {
      type: "phrase",
      meaning: phrase.meaning,
      lang: phrase.lang,
      at,
      length: phrase.tokens.length,
    };
  }
  const token = tokens[at] as string;
  const misspelt = options.typos ? matchPhraseWithTypo(token, lexicon) : undefined;
  if (misspelt)
    return { type: "phrase", meaning: misspelt.meaning, lang: misspelt.lang, at, length: 1 };
  const loose = matchPlace(tokens, at, lexicon, options.typos ? loosePlaces : prefixPlaces);
  if (loose)
    return { type: "place", mention: loose.mention, loose: true, at, length: loose.length };
  return { type: "word", token, at, length: 1 };
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
  // Only dotted codes: a bare "13" is far more often a day or a count than a province.
  if (/^\d{2}\.\d{2}$/.test(key)) {
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
  const prefixed = prefixPlaces(window, level, lexicon);
  if (prefixed.length > 0 || !isUnknown(window, lexicon)) return prefixed;
  const key = window.join(" ");
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

/** Unique or ambiguous name prefixes of unknown words: "penajam", "kutai". */
function prefixPlaces(
  window: string[],
  level: RegionLevel | undefined,
  lexicon: Lexicon,
): Region[] {
  const key = window.join(" ");
  if (!isUnknown(window, lexicon) || key.length < 4) return [];
  return narrow(lexicon.regionsByNamePrefix.get(key) ?? [], level);
}

function isUnknown(window: string[], lexicon: Lexicon): boolean {
  return !window.some((t) => lexicon.vocabulary.has(t) || /^\d/.test(t));
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
