// Text tokens → marks: known phrases (indicators, cues, filler), places, and
// unknown words, each with its position. Questions and imported press releases
// are read with the same marks, so both understand places and indicators alike.

import { type AliasNote, type Lexicon, type Phrase, shapeKey } from "./lexicon.ts";
import { editDistance, letterMask, maskDistance, typoAllowance } from "./normalise.ts";
import type { Region, RegionLevel } from "./types.ts";

/** A place reference: one region, or the candidates of an ambiguous name. */
export type Mention = { code: string } | { term: string; candidates: string[] };

export type Mark =
  | {
      type: "place";
      mention: Mention;
      loose: boolean;
      at: number;
      length: number;
      /** Set when the place was named by an alias that says more: a seat, a language. */
      alias?: NamedAlias;
    }
  | ({ type: "phrase"; at: number; length: number } & Pick<Phrase, "meaning" | "lang">)
  | { type: "word"; token: string; at: number; length: 1 };

/** The alias a place was named by ("tanjung redeb"), with what it says. */
export interface NamedAlias extends AliasNote {
  alias: string;
}

export const LEVEL_CUES: Record<string, RegionLevel> = {
  "level:regency": "regency",
  "level:city": "city",
  "level:province": "province",
};

/**
 * Typo searches one text may make: a question has a few unknown words, not
 * dozens. Past the cap, unknown words are still read as exact names, respaced
 * names and prefixes, but no longer as typos.
 */
export const MAX_TYPO_SEARCHES = 48;

export interface ScanOptions {
  /**
   * Read misspelt words as the phrase or place they resemble. Questions want
   * it; an imported press release does not (its names are written out, and
   * typo matching over long prose is where the time would go).
   */
  typos: boolean;
}

/**
 * Left to right, the widest match first. Per position, in order:
 * 1. the widest place: a name as written, or spaced otherwise ("balik
 *    papan"), or the distinctive end of a longer name ("paser utara"), or a
 *    multi-word name with a typo or its leading words ("kutai kertanegara") —
 *    beside a phrase, a place only when strictly longer, so "kota" alone
 *    stays a level word;
 * 2. a phrase;
 * 3. a one-word phrase with a typo ("tertingi");
 * 4. for a word the engine does not otherwise know, a place by prefix or typo;
 * else the word itself. So a name is matched whole before any one of its
 * words is read as a place or a typo of something else ("balik" is not "bali",
 * "paser utara" is not Paser).
 *
 * Linear in the number of tokens: each position looks at no more than
 * maxNameTokens windows, each a few map lookups or a typo search among the
 * keys of its shape; and typo searches, the costly part, are capped per text.
 */
export function scan(
  tokens: string[],
  lexicon: Lexicon,
  options: ScanOptions = { typos: true },
): Mark[] {
  const state: ScanState = { typos: options.typos, typoSearches: MAX_TYPO_SEARCHES };
  const marks: Mark[] = [];
  let i = 0;
  while (i < tokens.length) {
    const mark = markAt(tokens, i, lexicon, state);
    marks.push(mark);
    i += mark.length;
  }
  return marks;
}

/** One scan's settings, and the typo searches it has left. */
interface ScanState {
  typos: boolean;
  typoSearches: number;
}

function markAt(tokens: string[], at: number, lexicon: Lexicon, state: ScanState): Mark {
  const { typos } = state;
  const phrase = matchPhrase(tokens, at, lexicon);
  const level = levelWordAt(tokens, at, lexicon);
  const place =
    matchPlace(tokens, at, level, lexicon, state, wholeOrLoosePlaces, typos, 2) ??
    matchPlace(tokens, at, level, lexicon, state, wholePlaces, false, 1, 1);
  if (place && place.length > (phrase?.tokens.length ?? 0)) return placeMark(place, at);
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
  const misspelt = typos ? matchPhraseWithTypo(token, lexicon) : undefined;
  if (misspelt)
    return { type: "phrase", meaning: misspelt.meaning, lang: misspelt.lang, at, length: 1 };
  const loose = matchPlace(tokens, at, level, lexicon, state, loosePlacesOf, typos, 1, 1);
  if (loose) return placeMark(loose, at);
  return { type: "word", token, at, length: 1 };
}

function placeMark(place: PlaceMatch, at: number): Mark {
  const { mention, loose, length, alias } = place;
  return { type: "place", mention, loose, at, length, ...(alias ? { alias } : {}) };
}

function matchPhrase(tokens: string[], at: number, lexicon: Lexicon) {
  const candidates = lexicon.phrasesByFirstToken.get(tokens[at] as string) ?? [];
  return candidates.find((p) => p.tokens.every((t, k) => tokens[at + k] === t));
}

/** "tertingi" → "tertinggi": one-word phrases of five letters or more tolerate one typo. */
function matchPhraseWithTypo(token: string, lexicon: Lexicon) {
  if (token.length < 5 || lexicon.vocabulary.has(token)) return undefined;
  const mask = letterMask(token);
  for (const length of [token.length, token.length - 1, token.length + 1]) {
    for (const candidate of lexicon.typoTolerantPhrasesByLength.get(length) ?? []) {
      // One edit changes at most two letters of the mask.
      if (maskDistance(mask, candidate.mask) > 2) continue;
      if (editDistance(token, candidate.word, 1) <= 1) return candidate.phrase;
    }
  }
  return undefined;
}

interface PlaceMatch {
  mention: Mention;
  /** Read from part of a name or a typo: weaker evidence, and refused where input must be exact. */
  loose: boolean;
  /** Tokens consumed, including a level word in front. */
  length: number;
  alias?: NamedAlias;
}

/** Regions a window names, and the key it matched them by. */
interface Found {
  regions: Region[];
  loose: boolean;
  /** The name or alias key matched, when the window named one whole. */
  key?: string;
}

type PlaceLookup = (
  window: string[],
  level: RegionLevel | undefined,
  lexicon: Lexicon,
  state: ScanState,
) => Found | undefined;

/** Whole names, else partial names or typos: for windows of two words or more. */
function wholeOrLoosePlaces(
  window: string[],
  level: RegionLevel | undefined,
  lexicon: Lexicon,
  state: ScanState,
): Found | undefined {
  return wholePlaces(window, level, lexicon) ?? loosePlacesOf(window, level, lexicon, state);
}

/** Partial names, and typos when the scan reads them. */
function loosePlacesOf(
  window: string[],
  level: RegionLevel | undefined,
  lexicon: Lexicon,
  state: ScanState,
): Found | undefined {
  return state.typos
    ? loosePlaces(window, level, lexicon, state)
    : prefixPlaces(window, level, lexicon);
}

/**
 * The widest place name starting at `at` of `narrowest` to `widest` tokens,
 * optionally after a level word ("kota bandung"). Without typos (`fuzzy`
 * false) a first word that starts no name is passed over at once.
 */
function matchPlace(
  tokens: string[],
  at: number,
  /** The level word at `at`, if any ("kota bandung"): the name starts after it. */
  level: RegionLevel | undefined,
  lexicon: Lexicon,
  state: ScanState,
  lookup: PlaceLookup,
  fuzzy: boolean,
  narrowest: number,
  widest = lexicon.maxNameTokens,
): PlaceMatch | undefined {
  const start = level ? at + 1 : at;
  const first = tokens[start];
  if (first === undefined) return undefined;
  // Without typos, no window is wider than the widest name its first word
  // starts, or than any window when it may start a name spaced otherwise.
  const respaceable = lexicon.joinedPrefixes.has(first) && !lexicon.vocabulary.has(first);
  const reach = fuzzy
    ? widest
    : respaceable
      ? Math.min(widest, lexicon.maxNameTokens)
      : Math.min(
          widest,
          lexicon.widestNameByFirstWord.get(first) ?? (startsWithDigit(first) ? 1 : 0),
        );
  let widestWindow = Math.min(reach, tokens.length - start);
  // A window of two words or more whose first word starts no name is read
  // only as a respaced name, a prefix or a typo, all of unknown words alone:
  // windows reaching past the first known word are passed over unread.
  if (widestWindow >= 2 && !startsName(first, lexicon)) {
    widestWindow = Math.max(
      1,
      Math.min(widestWindow, unknownRun(tokens, start, widestWindow, lexicon)),
    );
  }
  for (let n = widestWindow; n >= narrowest; n--) {
    const window = tokens.slice(start, start + n);
    const found = lookup(window, level, lexicon, state);
    if (!found) continue;
    const mention = choose(window.join(" "), found.regions);
    const aliased = found.key === undefined ? undefined : lexicon.aliasNotes.get(found.key);
    // "kabupaten penajam" names the regency itself, not its seat.
    const kind = aliased?.kind === "seat" && level === "regency" ? null : (aliased?.kind ?? null);
    const alias =
      aliased && "code" in mention && lexicon.aliasToCode.get(found.key ?? "") === mention.code
        ? { alias: found.key as string, kind, lang: aliased.lang }
        : undefined;
    return { mention, loose: found.loose, length: n + (level ? 1 : 0), alias };
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
 * A whole name as written: a name, curated alias or official code (exact); the
 * same letters spaced otherwise, "balik papan" or "tanjungredeb" (exact too:
 * spacing is not a typo); or the last words of a longer name, "paser utara"
 * for Penajam Paser Utara (loose: part of a name, like a prefix). Ends of one
 * word ("utara", "barat") are too common to stand for a place.
 */
function wholePlaces(
  window: string[],
  level: RegionLevel | undefined,
  lexicon: Lexicon,
): Found | undefined {
  const named = startsName(window[0] as string, lexicon);
  const key = named || window.length === 1 ? window.join(" ") : "";
  const exact = named ? exactPlaces(key, level, lexicon) : [];
  if (exact.length > 0) return { regions: exact, loose: false, key };
  // Known words joined are not a name respaced: "kota" + "baru" is not Kotabaru.
  const respaced =
    lexicon.joinedPrefixes.has(window[0] as string) &&
    (window.length === 1 || isUnknown(window, lexicon))
      ? (lexicon.keysByJoinedLetters.get(window.join("")) ?? []).filter((k) => k !== key)
      : [];
  if (respaced.length > 0) {
    const regions = respaced.flatMap((k) => exactPlaces(k, level, lexicon));
    return { regions, loose: false, ...(respaced.length === 1 ? { key: respaced[0] } : {}) };
  }
  if (!named || window.length < 2 || window.every((t) => lexicon.vocabulary.has(t))) {
    return undefined;
  }
  const ending = narrow(lexicon.regionsByNameSuffix.get(key) ?? [], level);
  return ending.length > 0 ? { regions: ending, loose: true } : undefined;
}

/**
 * Names, curated aliases and official codes. An alias settles a name shared by
 * several places ("yogyakarta" is the province) unless a level word says otherwise.
 */
function exactPlaces(key: string, level: RegionLevel | undefined, lexicon: Lexicon): Region[] {
  // Only dotted codes: a bare "13" is far more often a day or a count than a province.
  if (key.length === 5 && /^\d{2}\.\d{2}$/.test(key)) {
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
 * ("kutai" with its three candidates) and typos ("brau", "kutai kertanegara").
 * Known words never start one, so "top", "data" or "lima" stay words.
 */
function loosePlaces(
  window: string[],
  level: RegionLevel | undefined,
  lexicon: Lexicon,
  budget: { typoSearches: number },
): Found | undefined {
  const prefixed = prefixPlaces(window, level, lexicon);
  if (prefixed || !isUnknown(window, lexicon)) return prefixed;
  const key = window.join(" ");
  const allowance = typoAllowance(key.length);
  if (allowance === 0 || budget.typoSearches === 0) return undefined;
  budget.typoSearches--;
  const mask = letterMask(key);
  let best = allowance + 1;
  let keys: string[] = [];
  for (let length = key.length - allowance; length <= key.length + allowance; length++) {
    for (const candidate of lexicon.fuzzyKeysByShape.get(shapeKey(window.length, length)) ?? []) {
      if (maskDistance(mask, candidate.mask) > 2 * Math.min(best, allowance)) continue;
      const d = editDistance(key, candidate.key, Math.min(best, allowance));
      if (d > allowance) continue;
      if (d < best) {
        best = d;
        keys = [candidate.key];
      } else if (d === best) keys.push(candidate.key);
    }
  }
  const regions = keys.flatMap((k) => exactPlaces(k, level, lexicon));
  if (regions.length === 0) return undefined;
  return { regions, loose: true, ...(keys.length === 1 ? { key: keys[0] } : {}) };
}

/** Unique or ambiguous name prefixes of unknown words: "penajam paser", "kutai". */
function prefixPlaces(
  window: string[],
  level: RegionLevel | undefined,
  lexicon: Lexicon,
): Found | undefined {
  if (!startsName(window[0] as string, lexicon) || !isUnknown(window, lexicon)) return undefined;
  const key = window.join(" ");
  if (key.length < 4) return undefined;
  const regions = narrow(lexicon.regionsByNamePrefix.get(key) ?? [], level);
  return regions.length > 0 ? { regions, loose: true } : undefined;
}

/** Whether a name, alias, code or name ending could start with this word. */
function startsName(word: string, lexicon: Lexicon): boolean {
  return lexicon.placeFirstWords.has(word) || startsWithDigit(word);
}

function isUnknown(window: string[], lexicon: Lexicon): boolean {
  return !window.some((t) => isKnown(t, lexicon));
}

function isKnown(token: string, lexicon: Lexicon): boolean {
  return lexicon.vocabulary.has(token) || startsWithDigit(token);
}

function startsWithDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** How many of the (at most `most`) tokens from `start` on are unknown words, up to the first known one. */
function unknownRun(tokens: string[], start: number, most: number, lexicon: Lexicon): number {
  let n = 0;
  while (n < most && !isKnown(tokens[start + n] as string, lexicon)) n++;
  return n;
}

function narrow(regions: Region[], level: RegionLevel | undefined): Region[] {
  const atLevel = level ? regions.filter((r) => r.level === level) : [];
  return atLevel.length > 0 ? atLevel : regions;
}

/** One region, or the candidates to ask about: never a guess. */
function choose(term: string, regions: Region[]): Mention {
  if (regions.length === 1) return { code: (regions[0] as Region).code };
  const codes = [...new Set(regions.map((r) => r.code))].sort();
  return codes.length === 1 ? { code: codes[0] as string } : { term, candidates: codes };
}
