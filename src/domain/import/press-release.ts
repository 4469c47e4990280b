// A press release or news article in, draft data out: the data date with its
// precision, each percentage tied to the indicator and the region it is
// stated for, with the sentence it was read from, the targets, and every
// percentage not imported with the reason. A figure is imported only when the
// text says exactly what it is: a wrong value is worse than a missed one.

import type { Lexicon } from "../lexicon.ts";
import { tokenize } from "../normalise.ts";
import { type Mark, scan } from "../scan.ts";
import type { DatePrecision, SourceRank } from "../types.ts";
import { type ArticleSentence, readArticle } from "./article-text.ts";
import { readCount } from "./counts.ts";
import { type DataDate, dataDatesIn, presentedOnIn } from "./data-date.ts";
import {
  type DraftData,
  type DraftObservation,
  type DraftTarget,
  type ImportProblem,
  isStatedPercentage,
  parseDecimal,
  type SkippedFigure,
} from "./draft-data.ts";
import { englishPlaceOrder } from "./english-places.ts";
import { BRACKET_TOKEN, CLAUSE_TOKEN, classifyFigure, PERCENT_TOKEN } from "./figure-checks.ts";
import { unstoredScope } from "./figure-scope.ts";
import {
  findIndicator,
  type IndicatorMention,
  indicatorsIn,
  RECORDING,
  recordingDisagrees,
  recordingOf,
} from "./import-indicators.ts";
import type { CarryDoubt, ImportReason } from "./import-reason.ts";
import {
  type Attribution,
  attributionOf,
  mainRegion,
  type PlaceMention,
  placeInSentence,
  placesIn,
  unknownRegionNamed,
} from "./place-attribution.ts";
import { respectivePairs } from "./respective.ts";
import { sourceOf } from "./source.ts";

export interface ParsedPressRelease extends DraftData {
  asOfPrecision: DatePrecision | null;
  /** When the data was presented: the event date news writes as "Rabu (19/6/2024)". */
  presentedOn: string | null;
  /** The publishing agency or outlet, when the text names it. */
  source: string | null;
  /** A "Sumber: https://…" line's address. */
  sourceUrl: string | null;
  /** A "Judul: …" line. */
  title: string | null;
  observations: (DraftObservation & { evidence: string; count: number | null })[];
  /** Percentages read but not imported, each with its sentence and why. */
  skipped: SkippedFigure[];
  /** Sentences with a percentage that could not be used, and why. */
  problems: ImportProblem[];
}

const CONFLICT: ImportReason = { kind: "conflict" };
/** Press releases are a few kilobytes; anything far larger is not one. */
export const MAX_PRESS_RELEASE_CHARS = 20_000;
/** Evidence is one sentence; a run-on "sentence" is cut so a preview stays readable. */
const MAX_EVIDENCE_CHARS = 400;

/** "persen", "%", "percent", and "prosen" as regional papers spell it. */
const PERCENT =
  /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,3})?)\s*(?:%|persen\b|prosen\b|percent\b|per\s+cent\b)/gi;
const CLAUSE = /[;:“”"|]|,(?!\d)|\s[-–—]\s/g;
const BRACKETS = /[()]/g;
/** A press release's names are written out: reading typos would only slow long prose down. */
const NO_TYPOS = { typos: false };
/** Words that mean "came first" in news prose, besides the engine's own highest/lowest cues. */
const EXTRA_RANK_WORDS = new Map<string, SourceRank>([
  ["memimpin", "highest"],
  ["leads", "highest"],
  ["led", "highest"],
]);
const CONTRASTS = new Set(["sedangkan", "sementara", "namun", "tetapi", "while", "whereas", "but"]);
/** Words that refer back to the figures being reported: the previous indicator still holds. */
const FIGURE_WORDS = new Set([
  "angka",
  "angkanya",
  "capaian",
  "capaiannya",
  "cakupan",
  "persentase",
  "presentase",
  "perekaman",
  "rekaman",
  "realisasi",
  "tersebut",
  "mencatat",
  "mencatatkan",
  "tercatat",
  "rate",
  "figure",
]);
/** The last word of an indicator's name: "IKD nasional", "akta kelahiran nasional". */
const INDICATOR_ENDINGS = new Set(["ikd", "kia", "el", "ktp", "kelahiran", "lahir", "pemula"]);
const NATIONAL_WORDS =
  /\b(nasional|pusat|kemendagri|kementerian|ditjen|dirjen|national|nationwide|ministry)\b/i;
/** A region's own target: its government's ("target Pemprov Kaltim"). */
const REGIONAL_GOVERNMENT =
  /\b(pemprov|pemkab|pemkot|pemda|pemerintah\s+(daerah|provinsi|kabupaten|kota)|daerah\s+sendiri|(provincial|regency|city|regional|local)\s+(government|administration))\b/i;
/** Words of a region setting itself a target ("Ia menargetkan…", "target kami"). */
const OWN_TARGET = /\b(menargetkan|targetkan|kami|sendiri)\b/i;

interface Figure {
  value: number;
  start: number;
  end: number;
}

interface ReadSentence {
  index: number;
  text: string;
  heading: boolean;
  afterLink: boolean;
  figures: Figure[];
  tokens: string[];
  marks: Mark[];
  places: PlaceMention[];
  indicators: IndicatorMention[];
}

/**
 * Whether a chat message is a pasted or forwarded press release rather than a
 * question: whatever its length, two or more sentences, a percentage, and a
 * place and an indicator named.
 */
export function looksLikePressRelease(text: string, lexicon?: Lexicon): boolean {
  if (text.startsWith("/") || text.length > MAX_PRESS_RELEASE_CHARS) return false;
  const percentages = text.match(PERCENT)?.length ?? 0;
  if (percentages === 0) return false;
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((s) => /\p{L}{3,}/u.test(s)).length;
  if (!lexicon) return sentences >= 2 && (percentages >= 2 || text.length >= 200);
  if (sentences < 2 && text.length < 200) return false;
  const marks = scan(tokenize(text.slice(0, 4000)), lexicon, NO_TYPOS);
  const place = marks.some((m) => m.type === "place" && !m.loose);
  const indicator = marks.some((m) => m.type === "phrase" && m.meaning.startsWith("ind:"));
  return place && indicator;
}

export function parsePressRelease(text: string, lexicon: Lexicon): ParsedPressRelease {
  const capped = text.slice(0, MAX_PRESS_RELEASE_CHARS);
  const article = readArticle(capped);
  const dp4IsPemula = /dp4\W+(?:\w+\W+){0,2}pemula|pemula\W+(?:\w+\W+){0,3}dp4/i.test(capped);
  const sentences = article.sentences.map((s, index) =>
    readSentence(s, index, lexicon, dp4IsPemula),
  );
  const dataDate = pickDataDate(sentences);
  const asOf = dataDate?.iso ?? null;
  const presentedOn = presentedOnIn(capped, asOf);
  const dataYear = asOf ? Number(asOf.slice(0, 4)) : null;
  const defaultYear = Number((asOf ?? presentedOn ?? "").slice(0, 4)) || null;
  const named = namedCodes(sentences);
  const main = mainRegion(named, lexicon);
  const firstNamed = named[0] ?? null;
  // Where the story was filed names the region only when the text names none at all, not even a speaker's office.
  const dateline =
    article.dateline && sentences.every((s) => s.places.length === 0)
      ? placeOf(article.dateline, lexicon)
      : null;
  const articleRegion = main ?? dateline;

  const observations: ParsedPressRelease["observations"] = [];
  const targets: DraftTarget[] = [];
  const skipped: SkippedFigure[] = [];
  const problems: ImportProblem[] = [];
  let lastIndicator: string | null = null;
  let lastRegion: string | null = null;
  /** The indicator the figures were about before a "Sementara itu, …" sentence turned to another. */
  let digressedFrom: string | null = null;
  /** The one region an introduction ending in a colon names: what its bullet items are about. */
  let listRegion: string | null = null;
  /** Indicator and region pairs given two different values: none of their values is kept. */
  const conflicted = new Set<string>();

  for (const sentence of sentences) {
    const evidence = evidenceOf(sentence.text);
    const skip = (value: number, reason: ImportReason) =>
      skipped.push({ text: evidence, value, reason });
    // Past a "Baca juga" link only the indicator of the last figure read carries, not one merely mentioned.
    if (sentence.afterLink) lastIndicator = observations.at(-1)?.indicator ?? null;
    listRegion = listItem(sentence) ? listRegion : null;
    const figuredBefore = observations.length;
    // Only the article's own subject (the region it names first) is gone on about.
    const continuedRegion =
      continuesTheRegion(sentence) && lastRegion === firstNamed ? lastRegion : null;
    const carrying: string | null = continuesTheFigures(sentence) ? lastIndicator : null;
    const unsure: CarryDoubt | null =
      sentence.indicators.length > 0 || !carrying
        ? null
        : recordingDisagrees(sentence.indicators, sentence.tokens, carrying)
          ? { kind: "recording", carried: carrying }
          : digressedFrom
            ? { kind: "digression", from: digressedFrom, to: carrying }
            : null;
    const carried: string | null = unsure ? null : carrying;
    const respective = respectivePairs(sentence.tokens, sentence.indicators, sentence.places);
    /** Read once per sentence, when a figure first falls back to a region not named in it. */
    let bareLevels: string[] | undefined;
    let rank: SourceRank | null = null;
    const rankWords = new Map<number, SourceRank>();
    for (const m of sentence.marks) {
      if (m.type === "phrase" && (m.meaning === "highest" || m.meaning === "lowest")) {
        rankWords.set(m.at, m.meaning);
      }
    }
    for (let at = 0; at < sentence.tokens.length; at++) {
      const token = sentence.tokens[at] as string;
      // A rank word speaks of a figure on its side of a contrast: "… paling tinggi, sedangkan X 55 persen".
      if (CONTRASTS.has(token)) rank = null;
      const rankHere = rankWords.get(at) ?? EXTRA_RANK_WORDS.get(token);
      if (rankHere) rank = rankHere;
      const percent = PERCENT_TOKEN.exec(token);
      if (!percent) continue;
      const { value, start, end } = sentence.figures[Number(percent[1])] as Figure;
      if (sentence.heading) {
        skip(value, { kind: "inHeading" });
        continue;
      }
      if (!isStatedPercentage(value)) {
        problems.push({
          line: sentence.index + 1,
          text: evidence,
          reason: { kind: "notAPercentage", value },
        });
        continue;
      }
      const kind = classifyFigure({ tokens: sentence.tokens, at, dataYear });
      if (kind.kind === "skip") {
        skip(value, kind.reason);
        continue;
      }
      const unstored = unstoredScope(
        sentence.tokens,
        at,
        sentence.places.filter((p) => !p.agency).map((p) => p.at),
      );
      if (unstored) {
        skip(value, unstored);
        continue;
      }
      const pair = respective.get(at);
      if (pair && "skip" in pair) {
        skip(value, pair.skip);
        continue;
      }
      const named =
        pair?.indicator ?? findIndicator(sentence.indicators, sentence.tokens, at) ?? carried;
      const indicator = named === RECORDING ? recordingOf(sentence.indicators, carried) : named;
      if (!indicator) {
        problems.push({
          line: sentence.index + 1,
          text: evidence,
          reason: { kind: "indicatorNotNamed", doubt: unsure },
        });
        continue;
      }
      if (indicator === "dp4") {
        skip(value, { kind: "dp4" });
        continue;
      }
      if (!lexicon.indicatorBySlug.has(indicator)) {
        skip(value, { kind: "indicatorNotInCatalog", indicator });
        continue;
      }
      const placed: Attribution = pair?.place
        ? attributionOf([pair.place])
        : placeInSentence(sentence.places, sentence.tokens, at);
      // "IKD nasional baru 14 persen": a sentence about the nation is never given the article's region.
      const fallback = indicatorOfTheNation(sentence.tokens)
        ? null
        : (continuedRegion ?? listRegion ?? articleRegion);
      if (kind.kind === "target") {
        if (kind.approximate) {
          skip(value, { kind: "approximateTarget" });
          continue;
        }
        const year = yearNear(sentence.tokens, at) ?? defaultYear;
        const previous = sentences[sentence.index - 1]?.text ?? "";
        const region = "codes" in placed ? placed.codes[0] : (fallback ?? undefined);
        const whose = targetScope(sentence.text, previous, region);
        if (!year) skip(value, { kind: "targetYearUnknown" });
        else if ("unclear" in whose) skip(value, whose.unclear);
        else targets.push({ indicator, year, value, scope: whose.scope });
        continue;
      }
      const unknown = pair?.place ? null : unknownRegionNamed(sentence.places, sentence.tokens, at);
      if (unknown) {
        skip(value, { kind: "unknownRegion", name: unknown });
        continue;
      }
      if ("ambiguous" in placed) {
        skip(value, { kind: "ambiguousPlace", name: placed.ambiguous });
        continue;
      }
      bareLevels ??= bareLevelWords(sentence);
      const fallbackLevel = fallback ? lexicon.regionByCode.get(fallback)?.level : undefined;
      const otherLevel =
        "codes" in placed || !fallback
          ? null
          : (bareLevels.find((word) => LEVEL_WORDS.get(word) !== fallbackLevel) ?? null);
      if (otherLevel) {
        skip(value, { kind: "levelUnnamed", level: otherLevel });
        continue;
      }
      const codes = "codes" in placed ? placed.codes : fallback ? [fallback] : [];
      if (codes.length === 0) {
        // The same figure restated without its place ("… yang sudah terealisasi baru 33,25 persen").
        if (!observations.some((o) => o.indicator === indicator && o.value === value)) {
          skip(value, { kind: "regionNotNamed" });
        }
        continue;
      }
      const count = codes.length === 1 ? readCount(sentence.text, start, end) : null;
      const placeNamed = "codes" in placed;
      for (const region of codes) {
        const key = `${indicator}|${region}`;
        if (conflicted.has(key)) {
          skip(value, CONFLICT);
          continue;
        }
        const duplicate = observations.find(
          (o) => o.indicator === indicator && o.region === region,
        );
        if (duplicate) {
          if (duplicate.value === value) continue;
          if (rounds(duplicate.value, value)) {
            // "Capai 3,8 Persen" above "3,83 persen": the exact figure wins over its rounding.
            skip(duplicate.value, { kind: "rounded" });
            Object.assign(duplicate, { value, count, evidence });
          } else if (rounds(value, duplicate.value)) {
            skip(value, { kind: "rounded" });
          } else if (!placeNamed) {
            skip(value, { kind: "secondValue" });
          } else {
            // Two different values each stated for the same place: one of them is someone else's.
            observations.splice(observations.indexOf(duplicate), 1);
            skipped.push({ text: duplicate.evidence, value: duplicate.value, reason: CONFLICT });
            skip(value, CONFLICT);
            conflicted.add(key);
          }
          continue;
        }
        const level = lexicon.regionByCode.get(region)?.level;
        const sourceRank = level === "regency" || level === "city" ? rank : null;
        observations.push({ indicator, region, value, sourceRank, count, evidence });
      }
      rank = null;
    }
    lastRegion = soleRegionFigured(sentence, observations.slice(figuredBefore));
    if (/:\s*$/.test(sentence.text)) listRegion = soleRegionNamed(sentence);
    const last = sentence.indicators.at(-1)?.slug;
    if (last) lastIndicator = last === RECORDING ? recordingOf(sentence.indicators, carried) : last;
    // "Meanwhile, IKD stood at 14.5 percent." after KTP-el figures: the next sentence naming no indicator may be back on KTP-el.
    const before = observations[figuredBefore - 1]?.indicator;
    digressedFrom =
      DIGRESSIONS.has(sentence.tokens[0] ?? "") && before && lastIndicator !== before
        ? before
        : null;
  }

  return {
    asOf,
    asOfPrecision: dataDate?.precision ?? null,
    presentedOn,
    source: article.sourceName ?? sourceOf(capped, lexicon),
    sourceUrl: article.sourceUrl,
    title: article.title,
    observations,
    targets: dedupeTargets(targets),
    // A hedged figure the text also states exactly was read from the exact one.
    skipped: skipped.filter((s) => !observations.some((o) => o.value === s.value)),
    problems,
  };
}

function readSentence(
  { text, heading, afterLink }: ArticleSentence,
  index: number,
  lexicon: Lexicon,
  dp4IsPemula: boolean,
): ReadSentence {
  const figures: Figure[] = [];
  const marked = text
    .replace(PERCENT, (match: string, number: string, offset: number) => {
      figures.push({ value: parseDecimal(number), start: offset, end: offset + match.length });
      return ` pct${figures.length - 1} `;
    })
    .replace(BRACKETS, ` ${BRACKET_TOKEN} `)
    .replace(CLAUSE, ` ${CLAUSE_TOKEN} `);
  const tokens = englishPlaceOrder(tokenize(marked), lexicon);
  const marks = scan(tokens, lexicon, NO_TYPOS);
  return {
    index,
    text,
    heading,
    afterLink,
    figures,
    tokens,
    marks,
    places: placesIn(marks, tokens, lexicon),
    indicators: indicatorsIn(marks, tokens, dp4IsPemula),
  };
}

/** Regions named for themselves across the article, in order (a quoted speaker's office is not). */
function namedCodes(sentences: ReadSentence[]): string[] {
  return sentences.flatMap((s) =>
    s.places.flatMap((p) => ("code" in p.mention && !p.speaker ? [p.mention.code] : [])),
  );
}

function placeOf(words: string, lexicon: Lexicon): string | null {
  const mark = scan(tokenize(words), lexicon, NO_TYPOS).find((m) => m.type === "place" && !m.loose);
  return mark?.type === "place" && "code" in mark.mention ? mark.mention.code : null;
}

/**
 * The previous sentence's indicator carries into one that still speaks of
 * places, ranks or the figures ("Kota Balikpapan memimpin…", "angkanya…"),
 * not into an unrelated figure ("65 persen pengunjung…").
 */
function continuesTheFigures(sentence: ReadSentence): boolean {
  if (sentence.places.length > 0) return true;
  return sentence.marks.some((mark) => {
    if (mark.type === "word")
      return EXTRA_RANK_WORDS.has(mark.token) || FIGURE_WORDS.has(mark.token);
    if (mark.type === "phrase") return ["highest", "lowest", "target"].includes(mark.meaning);
    return false;
  });
}

/** Words that open a sentence turning aside: "Sementara itu, …", "Meanwhile, …". */
const DIGRESSIONS = new Set(["sementara", "meanwhile", "selain", "however", "namun"]);
/** Words that open a sentence going on about the same subject: "Sedangkan kepemilikan akta … 97 persen". */
const GOING_ON = new Set(["sedangkan", "sementara", "adapun", "meanwhile"]);
/** Words naming a level or a kind of place: a sentence with one speaks of somewhere else. */
const SOMEWHERE_ELSE = new Set([
  "provinsi",
  "kabupaten",
  "kota",
  "daerah",
  "wilayah",
  "nasional",
  "national",
  "indonesia",
]);

/** "Sedangkan kepemilikan akta … 97,6 persen": no place named, no level, opened as going on. */
function continuesTheRegion(sentence: ReadSentence): boolean {
  if (!GOING_ON.has(sentence.tokens[0] ?? "") || sentence.places.length > 0) return false;
  return !sentence.tokens.some((t) => SOMEWHERE_ELSE.has(t));
}

/**
 * The one region a sentence names and gave figures for (`fromIt`: the
 * observations read from it): what a "Sedangkan …" sentence goes on about.
 */
function soleRegionFigured(
  sentence: ReadSentence,
  fromIt: ParsedPressRelease["observations"],
): string | null {
  const codes = new Set(
    sentence.places.flatMap((p) => ("code" in p.mention && !p.agency ? [p.mention.code] : [])),
  );
  if (codes.size !== 1) return null;
  const [code] = codes;
  return fromIt.some((o) => o.region === code) ? (code as string) : null;
}

/** Level words, and the region levels they name ("nasional" is read as a place where it is one). */
const LEVEL_WORDS = new Map<string, string>([
  ["provinsi", "province"],
  ["province", "province"],
  ["kabupaten", "regency"],
  ["kab", "regency"],
  ["regency", "regency"],
  ["kota", "city"],
  ["city", "city"],
]);

/**
 * The level words a sentence names alone, not as part of a name: "Provinsi
 * mencatat 84,4 persen" in an article about a city speaks of somewhere
 * unnamed, so the figure is not the article's region's.
 */
function bareLevelWords(sentence: ReadSentence): string[] {
  const inNames = new Set<number>();
  // "Kota Pontianak": the level word just before or inside a name is part of it.
  for (const p of sentence.places) for (let i = p.at - 1; i < p.end; i++) inNames.add(i);
  return sentence.tokens.filter((t, i) => LEVEL_WORDS.has(t) && !inNames.has(i));
}

/** "- Perekaman KTP-el: 98,7%": a bullet item that names no place of its own. */
function listItem(sentence: ReadSentence): boolean {
  return /^\s*(?:[-•*▪·]|\d{1,2}[.)])\s+/.test(sentence.text) && sentence.places.length === 0;
}

/**
 * The one region a sentence names, an office's included ("Disdukcapil Kab.
 * Pemalang menyampaikan … sebagai berikut:"), or null.
 */
function soleRegionNamed(sentence: ReadSentence): string | null {
  const codes = new Set(
    sentence.places.flatMap((p) => ("code" in p.mention && !p.speaker ? [p.mention.code] : [])),
  );
  return codes.size === 1 ? ([...codes][0] as string) : null;
}

/** "IKD nasional", "KTP-el nasional": the sentence speaks of the nation's figure. */
function indicatorOfTheNation(tokens: string[]): boolean {
  return tokens.some(
    (t, i) => (t === "nasional" || t === "national") && INDICATOR_ENDINGS.has(tokens[i - 1] ?? ""),
  );
}

/** A year written in the figure's sentence before it ("target 2025 sebesar…", "tahun 2024 ini … 20 persen"). */
function yearNear(tokens: string[], at: number): number | null {
  for (let i = at - 1; i >= 0; i--) {
    if (/^(19|20)\d\d$/.test(tokens[i] as string)) return Number(tokens[i]);
  }
  // "target 30 persen yang ditetapkan Kemendagri untuk tahun 2024": a year later in its clause.
  for (let i = at + 1; i < Math.min(tokens.length, at + 9); i++) {
    const token = tokens[i] as string;
    if (PERCENT_TOKEN.test(token) || token === CLAUSE_TOKEN) break;
    if (/^(19|20)\d\d$/.test(token)) return Number(token);
  }
  return null;
}

/**
 * Whose target: a regional government's ("target Pemprov Kaltim", "Ia
 * menargetkan…"), national when the sentence says so ("target nasional",
 * "pemerintah pusat") or the sentence before did ("… di bawah target
 * nasional. Kaltim baru 4,48 persen dari target 30 persen"). Otherwise
 * unclear: asked about, never guessed.
 */
function targetScope(
  sentence: string,
  previous: string,
  region: string | undefined,
): { scope: string } | { unclear: ImportReason } {
  const own = REGIONAL_GOVERNMENT.test(sentence) || OWN_TARGET.test(sentence);
  if (REGIONAL_GOVERNMENT.test(sentence)) {
    return region ? { scope: region } : { unclear: { kind: "targetRegionUnnamed" } };
  }
  if (NATIONAL_WORDS.test(sentence) || /\b(pemerintah|government)\b/i.test(sentence))
    return { scope: "national" };
  if (own) {
    return region ? { scope: region } : { unclear: { kind: "targetRegionUnnamed" } };
  }
  if (NATIONAL_WORDS.test(previous)) return { scope: "national" };
  return { unclear: { kind: "targetScopeUnclear" } };
}

/**
 * The data date: the most precise date after a cue ("hingga", "per",
 * "posisi", "semester") in a sentence with a figure or just before one.
 */
function pickDataDate(sentences: ReadSentence[]): DataDate | null {
  const withFigures = sentences.map((s) => !s.heading && s.figures.length > 0);
  const candidates: DataDate[] = [];
  for (const [i, sentence] of sentences.entries()) {
    if (!withFigures.slice(i, i + 3).some(Boolean)) continue;
    candidates.push(...dataDatesIn(sentence.text));
  }
  const rank = { day: 0, month: 1, semester: 2, year: 3 };
  return candidates.sort((a, b) => rank[a.precision] - rank[b.precision])[0] ?? null;
}

/** Whether `rounded` is `exact` written with fewer decimals (3,8 or 4 for 3,83). */
function rounds(rounded: number, exact: number): boolean {
  const decimals = (n: number) => (String(n).split(".")[1] ?? "").length;
  const places = decimals(rounded);
  if (places >= decimals(exact)) return false;
  const factor = 10 ** places;
  return Math.abs(Math.round(exact * factor) / factor - rounded) < 1e-9;
}

function evidenceOf(sentence: string): string {
  return sentence.length <= MAX_EVIDENCE_CHARS
    ? sentence
    : `${sentence.slice(0, MAX_EVIDENCE_CHARS - 1)}…`;
}

/** The same target stated twice is one target. */
function dedupeTargets(targets: DraftTarget[]): DraftTarget[] {
  const byKey = new Map<string, DraftTarget>();
  for (const t of targets) {
    const key = `${t.indicator}|${t.year}|${t.scope}`;
    if (!byKey.has(key)) byKey.set(key, t);
  }
  return [...byKey.values()];
}
