// Indexes built once from the reference data, so understanding a question is
// a few map lookups rather than a scan of 552 regions.

import { letterMask, normalise, tokenize } from "./normalise.ts";
import type { AliasKind, Indicator, Lang, ReferenceData, Region } from "./types.ts";
import { type Cue, TERMS } from "./vocabulary.ts";

export interface Phrase {
  tokens: string[];
  meaning: `ind:${string}` | Cue;
  lang: Lang | null;
}

export interface Lexicon {
  reference: ReferenceData;
  defaultProvince: string;
  regionByCode: ReadonlyMap<string, Region>;
  /** Each region's own regions (a province's regencies and cities), in reference order. */
  childrenByParent: ReadonlyMap<string, readonly Region[]>;
  indicatorBySlug: ReadonlyMap<string, Indicator>;
  /** Phrases by their first token, longest first. */
  phrasesByFirstToken: ReadonlyMap<string, Phrase[]>;
  /** One-word phrases of five letters or more by length: the ones that tolerate a typo. */
  typoTolerantPhrasesByLength: ReadonlyMap<number, TypoTolerantPhrase[]>;
  /** Every token of every phrase: such words never start a fuzzy place match. */
  vocabulary: ReadonlySet<string>;
  /** Curated aliases ("kukar") → region: they win over names. */
  aliasToCode: ReadonlyMap<string, string>;
  /** What an alias says besides its region: a seat, a language. Only aliases that say something. */
  aliasNotes: ReadonlyMap<string, AliasNote>;
  /** Name without its Kabupaten/Kota prefix ("bandung") → every region so named. */
  regionsByName: ReadonlyMap<string, Region[]>;
  /** Leading words of multi-word names ("kutai") → regions whose name starts so. */
  regionsByNamePrefix: ReadonlyMap<string, Region[]>;
  /** Trailing words of multi-word names ("paser utara") → regions whose name ends so. */
  regionsByNameSuffix: ReadonlyMap<string, Region[]>;
  /**
   * Name and alias keys by their letters without spaces ("balikpapan",
   * "tanjungredeb"), so "balik papan" and "tanjungredeb" meet the name.
   */
  keysByJoinedLetters: ReadonlyMap<string, string[]>;
  /** Name and alias keys by word count and length ("2:11"), so typo matching compares few. */
  fuzzyKeysByShape: ReadonlyMap<string, FuzzyKey[]>;
  /**
   * First words of every name, alias and name ending: a word that is none
   * starts no place by its name (short of a typo), so most words of long
   * texts are passed over at once.
   */
  placeFirstWords: ReadonlySet<string>;
  /** First word of names, aliases and name endings → the most words of any that starts with it. */
  widestNameByFirstWord: ReadonlyMap<string, number>;
  /** Leading letters of every key without spaces: the same, for names spaced otherwise. */
  joinedPrefixes: ReadonlySet<string>;
  /** The longest place name in tokens: the widest window worth looking at. */
  maxNameTokens: number;
}

export interface TypoTolerantPhrase {
  phrase: Phrase;
  /** Its one word, and letterMask(word): most words are ruled out by the mask alone. */
  word: string;
  mask: number;
}

export interface AliasNote {
  kind: AliasKind | null;
  lang: Lang | null;
}

export interface FuzzyKey {
  key: string;
  /** letterMask(key): a cheap test that rules most keys out before a distance is computed. */
  mask: number;
}

export interface LexiconOptions {
  defaultProvince?: string;
}

/** Jakarta's cities and regency are "Kota Administrasi …": people write "Jakarta Utara". */
const LEVEL_PREFIX = /^(kabupaten|kota|provinsi) (administrasi )?/;

/** "Kabupaten Penajam Paser Utara" → "penajam paser utara". */
export function nameKey(name: string): string {
  return normalise(name).replace(LEVEL_PREFIX, "");
}

export function buildLexicon(reference: ReferenceData, options: LexiconOptions = {}): Lexicon {
  const regionByCode = new Map(reference.regions.map((r) => [r.code, r]));
  const childrenByParent = new Map<string, Region[]>();
  for (const region of reference.regions) {
    if (region.parentCode !== null) push(childrenByParent, region.parentCode, region);
  }
  const regionsByName = new Map<string, Region[]>();
  const regionsByNamePrefix = new Map<string, Region[]>();
  const regionsByNameSuffix = new Map<string, Region[]>();
  for (const region of reference.regions) {
    const key = nameKey(region.name);
    push(regionsByName, key, region);
    const words = key.split(" ");
    for (let n = 1; n < words.length; n++) {
      push(regionsByNamePrefix, words.slice(0, n).join(" "), region);
      push(regionsByNameSuffix, words.slice(n).join(" "), region);
    }
  }
  const aliases = reference.aliases
    .filter((a) => regionByCode.has(a.code))
    .map((a) => ({ ...a, alias: normalise(a.alias) }));
  const aliasToCode = new Map(aliases.map((a) => [a.alias, a.code]));
  const aliasNotes = new Map(
    aliases
      .filter((a) => a.kind || a.lang)
      .map((a): [string, AliasNote] => [a.alias, { kind: a.kind ?? null, lang: a.lang ?? null }]),
  );

  // The built-in words first, except the names of indicators the bot lacks
  // ("akta kematian"): once an admin adds such an indicator, its name means it.
  const catalogue = reference.indicators.flatMap(indicatorPhrases);
  const catalogued = new Set(catalogue.map((p) => p.tokens.join(" ")));
  const builtIn = TERMS.map(toPhrase).filter(
    (p) => !(p.meaning.startsWith("q:subIndicator") && catalogued.has(p.tokens.join(" "))),
  );
  const phrases = [...builtIn, ...catalogue];
  const phrasesByFirstToken = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const key = phrase.tokens.join(" ");
    if (phrase.tokens.length === 0 || seen.has(key)) continue;
    seen.add(key);
    push(phrasesByFirstToken, phrase.tokens[0] as string, phrase);
  }
  for (const list of phrasesByFirstToken.values())
    list.sort((a, b) => b.tokens.length - a.tokens.length);
  const typoTolerantPhrasesByLength = new Map<number, TypoTolerantPhrase[]>();
  for (const list of phrasesByFirstToken.values()) {
    const single = list.find((p) => p.tokens.length === 1 && (p.tokens[0] as string).length >= 5);
    const word = single?.tokens[0];
    if (single && word !== undefined) {
      push(typoTolerantPhrasesByLength, word.length, {
        phrase: single,
        word,
        mask: letterMask(word),
      });
    }
  }

  const fuzzyKeysByShape = new Map<string, FuzzyKey[]>();
  const keysByJoinedLetters = new Map<string, string[]>();
  const placeFirstWords = new Set<string>();
  const widestNameByFirstWord = new Map<string, number>();
  const noteFirstWord = (key: string) => {
    const words = key.split(" ");
    const first = words[0] as string;
    placeFirstWords.add(first);
    widestNameByFirstWord.set(first, Math.max(widestNameByFirstWord.get(first) ?? 0, words.length));
  };
  const joinedPrefixes = new Set<string>();
  let maxNameTokens = 1;
  for (const key of new Set([...regionsByName.keys(), ...aliasToCode.keys()])) {
    const words = key.split(" ").length;
    maxNameTokens = Math.max(maxNameTokens, words);
    push(fuzzyKeysByShape, shapeKey(words, key.length), { key, mask: letterMask(key) });
    const joined = key.replaceAll(" ", "");
    push(keysByJoinedLetters, joined, key);
    for (let end = 1; end <= joined.length; end++) joinedPrefixes.add(joined.slice(0, end));
    noteFirstWord(key);
  }
  for (const key of regionsByNameSuffix.keys()) noteFirstWord(key);

  return {
    reference,
    defaultProvince: options.defaultProvince ?? "64",
    regionByCode,
    childrenByParent,
    indicatorBySlug: new Map(reference.indicators.map((i) => [i.slug, i])),
    phrasesByFirstToken,
    typoTolerantPhrasesByLength,
    vocabulary: new Set(phrases.flatMap((p) => p.tokens)),
    aliasToCode,
    aliasNotes,
    regionsByName,
    regionsByNamePrefix,
    regionsByNameSuffix,
    keysByJoinedLetters,
    fuzzyKeysByShape,
    placeFirstWords,
    widestNameByFirstWord,
    joinedPrefixes,
    maxNameTokens,
  };
}

export function shapeKey(words: number, length: number): string {
  return `${words}:${length}`;
}

function toPhrase(term: (typeof TERMS)[number]): Phrase {
  return { tokens: tokenize(term.phrase), meaning: term.meaning, lang: term.lang };
}

/** An indicator stored as a row is understood by its slug and names with no code change. */
function indicatorPhrases(indicator: Indicator): Phrase[] {
  const meaning = `ind:${indicator.slug}` as const;
  const named = (text: string, lang: Lang | null): Phrase => ({
    tokens: tokenize(text),
    meaning,
    lang,
  });
  return [
    named(indicator.slug.replaceAll("_", " "), null),
    named(indicator.shortId, null),
    named(indicator.shortEn, null),
    named(indicator.nameId, "id"),
    named(indicator.nameEn, "en"),
  ];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
