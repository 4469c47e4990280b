// The indicator a percentage is about: the catalogue's names as questions
// read them, plus the ways news writes them ("akta lahir", "kepemilikan
// akta", "rekaman KTP"), and "DP4", the list of potential voters: a base the
// catalogue has only as first-time voters ("DP4 pemula"), so any other DP4
// figure is set apart, never filed as KTP-el.

import type { Mark } from "../scan.ts";
import { CLAUSE_TOKEN, isBoundary, PERCENT_TOKEN } from "./figure-checks.ts";

export interface IndicatorMention {
  at: number;
  /** A catalogue slug, or "dp4" for a base the catalogue does not have. */
  slug: string;
}

const NEWS_NAMES: { tokens: string[]; slug: string }[] = [
  { tokens: ["akta", "lahir"], slug: "akta_kelahiran" },
  { tokens: ["akte", "lahir"], slug: "akta_kelahiran" },
  { tokens: ["akte", "kelahiran"], slug: "akta_kelahiran" },
  { tokens: ["kepemilikan", "akta"], slug: "akta_kelahiran" },
  { tokens: ["birth", "certificate"], slug: "akta_kelahiran" },
  { tokens: ["birth", "certificates"], slug: "akta_kelahiran" },
  { tokens: ["electronic", "identity", "card"], slug: "ktp_el" },
  { tokens: ["electronic", "identity", "cards"], slug: "ktp_el" },
  { tokens: ["digital", "population", "identity"], slug: "ikd" },
];
const BASE_WORDS = new Set(["wajib", "kewajiban"]);
/** "akta" alone means the birth certificate in such news, unless another deed is named. */
const OTHER_DEEDS = new Set(["kematian", "perkawinan", "cerai", "perceraian", "pengangkatan"]);

export function indicatorsIn(
  marks: Mark[],
  tokens: string[],
  dp4IsPemula: boolean,
): IndicatorMention[] {
  const found: IndicatorMention[] = [];
  for (const mark of marks) {
    if (mark.type === "phrase" && mark.meaning.startsWith("ind:")) {
      // "wajib KTP" names the base of a figure (people who must hold one), not its indicator.
      if (BASE_WORDS.has(tokens[mark.at - 1] ?? "")) continue;
      found.push({ at: mark.at, slug: mark.meaning.slice(4) });
      continue;
    }
    if (mark.type !== "word") continue;
    if (mark.token === "dp4") {
      found.push({ at: mark.at, slug: dp4IsPemula ? "ktp_el_pemula" : "dp4" });
      continue;
    }
    const named = NEWS_NAMES.find((n) => n.tokens.every((t, k) => tokens[mark.at + k] === t));
    if (named) found.push({ at: mark.at, slug: named.slug });
    else if (
      (mark.token === "akta" || mark.token === "akte") &&
      !OTHER_DEEDS.has(tokens[mark.at + 1] ?? "")
    ) {
      found.push({ at: mark.at, slug: "akta_kelahiran" });
    }
  }
  return withBareRecording(found, tokens);
}

/** Words for recording a resident's data: what KTP-el "perekaman" counts. */
const RECORDING_WORDS = new Set(["perekaman", "rekaman"]);
/** A bare "perekaman": KTP-el recording, of whichever group the text speaks of. */
export const RECORDING = "recording";
/** Indicators that count KTP-el recording, of everyone or of a group (first-time voters, DP4). */
const RECORDING_KINDS = new Set(["ktp_el", "ktp_el_pemula", "dp4"]);

/**
 * "capaian perekaman tertinggi …": recording with no indicator named right
 * after it ("perekaman KTP-el pemula", "perekaman pemula" name their own).
 */
function withBareRecording(found: IndicatorMention[], tokens: string[]): IndicatorMention[] {
  const bare: IndicatorMention[] = [];
  for (const [at, token] of tokens.entries()) {
    if (!RECORDING_WORDS.has(token)) continue;
    if (found.some((m) => m.at > at && m.at <= at + 3)) continue;
    bare.push({ at, slug: RECORDING });
  }
  if (bare.length === 0) return found;
  return [...found, ...bare].sort((a, b) => a.at - b.at);
}

/**
 * What a bare "perekaman" records: the recording indicator the sentence (or
 * the figures before it) speaks of, else KTP-el; never another kind of
 * indicator carried from an earlier sentence ("IKD … . Perekaman tertinggi …").
 */
export function recordingOf(mentions: IndicatorMention[], carried: string | null): string {
  const named = mentions.filter((m) => RECORDING_KINDS.has(m.slug)).at(-1)?.slug;
  if (named) return named;
  return carried && RECORDING_KINDS.has(carried) ? carried : "ktp_el";
}
/** Verbs of recording data, English and Indonesian, besides the noun "perekaman". */
/** Not English "recorded": "Belu recorded 93.5 percent" says nothing of which indicator. */
const RECORDING_VERBS = new Set(["merekam", "direkam", "rekam", "recording"]);

/**
 * "Di Kota X, 97 persen sudah merekam" after a sentence on IKD: a sentence
 * that names no indicator but speaks of recording does not take over an
 * indicator of another kind; which one it means is asked, never guessed.
 */
export function recordingDisagrees(
  mentions: IndicatorMention[],
  tokens: string[],
  carried: string | null,
): boolean {
  if (!carried || RECORDING_KINDS.has(carried) || mentions.length > 0) return false;
  return tokens.some((t) => RECORDING_VERBS.has(t));
}

/**
 * Nearest in the figure's clause (before, then after: a bracket does not end
 * it, "… identity card (e-KTP)"), else the nearest before it in the sentence.
 */
export function findIndicator(
  mentions: IndicatorMention[],
  tokens: string[],
  at: number,
): string | null {
  let clauseStart = at;
  while (clauseStart > 0 && !isBoundary(tokens[clauseStart - 1])) clauseStart--;
  let clauseEnd = at + 1;
  while (
    clauseEnd < tokens.length &&
    tokens[clauseEnd] !== CLAUSE_TOKEN &&
    !PERCENT_TOKEN.test(tokens[clauseEnd] as string)
  ) {
    clauseEnd++;
  }
  const before = mentions.filter((m) => m.at < at);
  const inClause = before.filter((m) => m.at >= clauseStart).at(-1);
  const afterInClause = mentions.find((m) => m.at > at && m.at < clauseEnd);
  return (inClause ?? afterInClause ?? before.at(-1))?.slug ?? null;
}
