// A press release in, draft data out: the data date, each percentage tied to
// the indicator and place it is written about, the highest/lowest the text
// names, and the targets. Only what is read is kept: a percentage whose
// indicator or place cannot be told is reported with its sentence, never guessed.

import type { Lexicon } from "../lexicon.ts";
import { tokenize } from "../normalise.ts";
import { type Mark, type Mention, scan } from "../scan.ts";
import type { SourceRank } from "../types.ts";
import { findDates } from "./dates.ts";
import {
  type DraftData,
  type DraftObservation,
  type DraftTarget,
  type ImportProblem,
  isPercentage,
  parseDecimal,
} from "./draft-data.ts";

export interface ParsedPressRelease extends DraftData {
  /** When the data was presented: the event date news writes as "Rabu (19/6/2024)". */
  presentedOn: string | null;
  /** The publishing agency, when the text names it ("DKP3A Provinsi Kalimantan Timur"). */
  source: string | null;
  /** Sentences with a percentage that could not be used, and why. */
  problems: ImportProblem[];
}

/** Press releases are a few kilobytes; anything far larger is not one. */
export const MAX_PRESS_RELEASE_CHARS = 20_000;

const PERCENT = /(\d{1,3}(?:[.,]\d{1,3})?)\s*(?:%|persen\b|percent\b|per\s+cent\b)/gi;
const PERCENT_TOKEN = /^pct(\d+)$/;
const AS_OF_CUE =
  /\b(hingga|sampai|per|posisi|s\.?\s?d\.?|as of|until|through|by)\s*(tanggal\s*)?$/i;
/** Words that mean "came first" in news prose, besides the engine's own highest/lowest cues. */
const EXTRA_RANK_WORDS: Record<string, SourceRank> = {
  memimpin: "highest",
  leads: "highest",
  led: "highest",
};
/** A press release's names are written out: reading typos would only slow long prose down. */
const NO_TYPOS = { typos: false };
/** Words that refer back to the figures being reported. */
const FIGURE_WORDS = new Set([
  "angka",
  "angkanya",
  "capaian",
  "capaiannya",
  "cakupan",
  "rate",
  "figure",
]);
const ABBREVIATIONS = /\b(Kab|Prov|Kec|Kel|No|Dr|Drs|Ir|H)\.\s/g;

/**
 * Whether a chat message is a pasted or forwarded press release rather than a
 * question: several percentages in it, whatever its length.
 */
export function looksLikePressRelease(text: string): boolean {
  return !text.startsWith("/") && (text.match(PERCENT)?.length ?? 0) >= 2;
}

export function parsePressRelease(text: string, lexicon: Lexicon): ParsedPressRelease {
  const sentences = splitSentences(text.slice(0, MAX_PRESS_RELEASE_CHARS));
  const dates = readDates(text);
  const mainProvince = firstProvince(sentences, lexicon) ?? lexicon.defaultProvince;
  const defaultYear = Number((dates.asOf ?? dates.presentedOn ?? "").slice(0, 4)) || null;

  const observations: DraftObservation[] = [];
  const targets: DraftTarget[] = [];
  const problems: ImportProblem[] = [];
  let indicator: string | null = null;

  for (const [index, sentence] of sentences.entries()) {
    let carried = indicator;
    const values: number[] = [];
    const marked = sentence.replace(
      PERCENT,
      (_, number: string) => ` pct${values.push(parseDecimal(number)) - 1} `,
    );
    const marks = scan(tokenize(marked), lexicon, NO_TYPOS);
    // The previous sentence's indicator carries into one that still speaks of
    // places, ranks or the figures ("Kota Balikpapan memimpin…", "angkanya…"),
    // not into an unrelated figure ("65 persen pengunjung…").
    if (!marks.some(continuesTheFigures)) carried = null;
    const problem = (reason: string) => {
      problems.push({ line: index + 1, text: sentence, reason });
    };
    let rank: SourceRank | null = null;
    let targetMode = false;
    let targetYear: number | null = null;

    for (const [at, mark] of marks.entries()) {
      if (mark.type === "phrase") {
        if (mark.meaning.startsWith("ind:")) {
          indicator = mark.meaning.slice(4);
          carried = indicator;
        } else if (mark.meaning === "highest" || mark.meaning === "lowest") rank = mark.meaning;
        else if (mark.meaning === "target") targetMode = true;
        continue;
      }
      if (mark.type === "place") {
        targetMode = false;
        continue;
      }
      const extraRank = EXTRA_RANK_WORDS[mark.token];
      if (extraRank) rank = extraRank;
      if (targetMode && /^(19|20)\d\d$/.test(mark.token)) targetYear = Number(mark.token);
      const percent = PERCENT_TOKEN.exec(mark.token);
      if (!percent) continue;
      const value = values[Number(percent[1])] as number;
      if (!isPercentage(value)) {
        problem(`${value} bukan persentase 0–100`);
        continue;
      }
      const about = carried;
      if (!about) {
        problem("indikatornya tidak disebut");
        continue;
      }
      if (targetMode) {
        const year = targetYear ?? defaultYear;
        if (!year) {
          problem("tahun target tidak diketahui");
          continue;
        }
        targets.push({ indicator: about, year, value });
        targetMode = false;
        continue;
      }
      const place = placeFor(marks, at) ?? { code: mainProvince };
      if (!("code" in place)) {
        problem(`wilayah “${place.term}” ambigu`);
        continue;
      }
      const duplicate = observations.find((o) => o.indicator === about && o.region === place.code);
      if (duplicate) {
        if (duplicate.value !== value) problem("nilai kedua untuk indikator dan wilayah yang sama");
        continue;
      }
      observations.push({ indicator: about, region: place.code, value, sourceRank: rank });
      rank = null;
    }
  }

  return {
    ...dates,
    source: sourceOf(text, lexicon),
    observations,
    targets: dedupeTargets(targets),
    problems,
  };
}

function continuesTheFigures(mark: Mark): boolean {
  if (mark.type === "place") return !mark.loose;
  if (mark.type === "word") return mark.token in EXTRA_RANK_WORDS || FIGURE_WORDS.has(mark.token);
  return ["highest", "lowest", "target"].includes(mark.meaning);
}

/**
 * The place a percentage is about: the nearest named before it in the
 * sentence, else the first after. An ambiguous name ("Kutai") stops the search
 * so the value is refused; a word that merely resembles a place by a typo is
 * prose, not a place: an import reads only names written out.
 */
function placeFor(marks: Mark[], at: number): Mention | undefined {
  const placeOf = (m: Mark | undefined): Mention | undefined => {
    if (m?.type !== "place") return undefined;
    return "code" in m.mention && m.loose ? undefined : m.mention;
  };
  for (let i = at - 1; i >= 0; i--) {
    const found = placeOf(marks[i]);
    if (found) return found;
  }
  for (let i = at + 1; i < marks.length; i++) {
    const mark = marks[i];
    if (mark?.type === "word" && PERCENT_TOKEN.test(mark.token)) break;
    const found = placeOf(mark);
    if (found) return found;
  }
  return undefined;
}

function splitSentences(text: string): string[] {
  return text
    .replace(ABBREVIATIONS, "$1 ")
    .split(/(?<=[.!?])\s+(?=[A-Z"“(])|\n+/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** The data date follows "hingga", "per", "as of"…; the presentation date is the "(19/6/2024)" one. */
function readDates(text: string): { asOf: string | null; presentedOn: string | null } {
  const dates = findDates(text);
  const asOf = dates.find((d) => AS_OF_CUE.test(text.slice(Math.max(0, d.index - 24), d.index)));
  const presented = dates.find((d) => d.numeric && d !== asOf);
  return {
    asOf: asOf?.iso ?? dates.find((d) => !d.numeric)?.iso ?? null,
    presentedOn: presented?.iso ?? null,
  };
}

function firstProvince(sentences: string[], lexicon: Lexicon): string | undefined {
  for (const sentence of sentences) {
    for (const mark of scan(tokenize(sentence), lexicon, NO_TYPOS)) {
      if (mark.type !== "place" || mark.loose || !("code" in mark.mention)) continue;
      if (lexicon.regionByCode.get(mark.mention.code)?.level === "province")
        return mark.mention.code;
    }
  }
  return undefined;
}

/**
 * "(DKP3A) Kalimantan Timur" → "DKP3A Provinsi Kalimantan Timur": an agency's
 * acronym in brackets followed by the place it serves.
 */
function sourceOf(text: string, lexicon: Lexicon): string | null {
  for (const match of text.matchAll(
    /\(([A-Z][A-Za-z0-9]{2,})\)\s+((?:Provinsi\s+|Kabupaten\s+|Kota\s+)?[A-Z][\w ]{2,40})/g,
  )) {
    const acronym = match[1] as string;
    if (lexicon.phrasesByFirstToken.has(acronym.toLowerCase())) continue;
    const marks = scan(tokenize(match[2] as string), lexicon, NO_TYPOS);
    const place =
      marks[0]?.type === "place" && "code" in marks[0].mention ? marks[0].mention.code : null;
    const region = place ? lexicon.regionByCode.get(place) : undefined;
    if (!region) continue;
    return `${acronym} ${region.level === "province" ? `Provinsi ${region.name}` : region.name}`;
  }
  return null;
}

/** The same target stated twice is one target. */
function dedupeTargets(targets: DraftTarget[]): DraftTarget[] {
  const byKey = new Map(targets.map((t) => [`${t.indicator}|${t.year}`, t]));
  return [...byKey.values()];
}
