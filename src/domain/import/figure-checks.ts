// Why a percentage in a sentence is not a value to import, read from the words
// around it in its clause: approximate ("sekitar 40 persen"), a threshold
// ("belum mencapai 20 %"), a complement ("tersisa 3,99 persen", "… yang
// belum"), a difference ("naik 3 persen"), an earlier period ("tahun lalu"), a
// share of the target with no target value after it ("18,25 persen dari
// target nasional"), or a share of something else ("… merupakan wajib KTP").
// Works on tokens (see normalise.ts); "qclause" marks a clause boundary.

import type { ImportReason } from "./import-reason.ts";

export const CLAUSE_TOKEN = "qclause";
/** A bracket: a clause boundary that does not end a sentence's train of thought ("Kota Tarakan (99,41%)"). */
export const BRACKET_TOKEN = "qparen";

export function isBoundary(token: string | undefined): boolean {
  return token === CLAUSE_TOKEN || token === BRACKET_TOKEN;
}
export const PERCENT_TOKEN = /^pct(\d+)$/;

export type FigureKind =
  | { kind: "value" }
  | { kind: "target"; approximate: boolean }
  | { kind: "skip"; reason: ImportReason };

const HEDGES: string[][] = [
  ["sekitar"],
  ["kurang", "lebih"],
  ["lebih", "dari"],
  ["lebih"],
  ["di", "atas"],
  ["diatas"],
  ["hampir"],
  ["nyaris"],
  ["mendekati"],
  ["setidaknya"],
  ["sedikitnya"],
  ["minimal"],
  ["kira", "kira"],
  ["kisaran"],
  ["rata", "rata"],
  ["around"],
  ["about"],
  ["nearly"],
  ["almost"],
  ["over"],
  ["more", "than"],
  ["approximately"],
];
const BELOW = [["di", "bawah"], ["dibawah"], ["kurang", "dari"], ["below"], ["less", "than"]];
const THRESHOLD_VERBS = new Set(["mencapai", "capai", "memenuhi", "menyentuh", "sampai"]);
const COMPLEMENT_WORDS = new Set(["belum", "tersisa", "sisa", "sisanya", "kekurangan"]);
const DIFFERENCE_WORDS = new Set([
  "naik",
  "turun",
  "meningkat",
  "menurun",
  "bertambah",
  "berkurang",
  "selisih",
  "selisihnya",
  "kenaikan",
  "penurunan",
  "peningkatan",
  "lonjakan",
]);
const TARGET_WORDS = new Set([
  "target",
  "targetnya",
  "targetkan",
  "ditargetkan",
  "menargetkan",
  "sasaran",
  "harus",
  "mesti",
  "goal",
]);
/** Words of a figure reached ("tercatat 70,85 persen"): a target word before them is not this figure's. */
const ACHIEVED = new Set([
  "tercatat",
  "mencapai",
  "tercapai",
  "baru",
  "sudah",
  "telah",
  "menyentuh",
  "reached",
]);
/** "lebih tinggi", "lebih rendah": after a figure, a comparison, so the figure is a difference. */
const COMPARATIVES = new Set(["tinggi", "rendah", "besar", "kecil", "baik", "banyak", "sedikit"]);
/** Besides these, a year before the data's followed by "lalu" ("pada 2022 lalu"). */
const EARLIER = [
  ["tahun", "lalu"],
  ["bulan", "lalu"],
  ["sebelumnya"],
  ["semula"],
  ["last", "year"],
  ["previously"],
];

export interface FigureSpan {
  tokens: string[];
  /** Index of the percentage token. */
  at: number;
  /** The data date's year, when known: "pada 2022 lalu" before it is an earlier period. */
  dataYear?: number | null;
}

/** The tokens of the percentage's clause before it (back to the previous percentage) and after it. */
export function clauseAround({ tokens, at }: FigureSpan): { before: string[]; after: string[] } {
  let start = at;
  while (
    start > 0 &&
    !isBoundary(tokens[start - 1]) &&
    !PERCENT_TOKEN.test(tokens[start - 1] as string)
  )
    start--;
  let end = at + 1;
  while (end < tokens.length && !isBoundary(tokens[end])) end++;
  return { before: tokens.slice(start, at), after: tokens.slice(at + 1, end) };
}

export function classifyFigure(span: FigureSpan): FigureKind {
  const { before, after } = clauseAround(span);
  const beforeWords = withoutFiller(before);
  const target = before.some((t) => TARGET_WORDS.has(t)) || targetEarlierInSentence(span);
  if (endsWithAny(beforeWords, HEDGES)) {
    return target
      ? { kind: "target", approximate: true }
      : { kind: "skip", reason: { kind: "approximate" } };
  }
  if (
    endsWithAny(beforeWords, BELOW) ||
    (before.at(-2) === "belum" && THRESHOLD_VERBS.has(before.at(-1) as string))
  ) {
    return { kind: "skip", reason: { kind: "threshold" } };
  }
  // "44 persen lebih": hedged after the number; "4 persen lebih tinggi": a difference.
  if (after[0] === "lebih") {
    return COMPARATIVES.has(after[1] ?? "")
      ? { kind: "skip", reason: { kind: "difference" } }
      : { kind: "skip", reason: { kind: "approximate" } };
  }
  const afterHead = after.slice(0, 6);
  if (
    before.some((t) => COMPLEMENT_WORDS.has(t)) ||
    before.at(-1) === "tinggal" ||
    afterHead.includes("belum") ||
    hasSequence(after, ["yang", "belum"])
  ) {
    return { kind: "skip", reason: { kind: "complement" } };
  }
  const lastWord = beforeWords.at(-1);
  if (
    (lastWord && DIFFERENCE_WORDS.has(lastWord)) ||
    // "lebih tinggi 6 persen dari …", "higher by 2 percent": a comparison's margin.
    (beforeWords.at(-2) === "lebih" && COMPARATIVES.has(lastWord ?? "")) ||
    (lastWord === "by" && ["higher", "lower"].includes(beforeWords.at(-2) ?? "")) ||
    ["poin", "point", "points"].includes(after[0] ?? "")
  ) {
    return { kind: "skip", reason: { kind: "difference" } };
  }
  if (
    EARLIER.some((words) => hasSequence(before, words) || hasSequence(afterHead, words)) ||
    pastYear([...sinceLastFigure(span), ...afterHead], span.dataYear) ||
    isNaikDari(before, after)
  ) {
    return { kind: "skip", reason: { kind: "earlierPeriod" } };
  }
  if (target) return { kind: "target", approximate: false };
  if (shareOfTarget(after) || (restated(beforeWords) && targetFollows(after))) {
    return { kind: "skip", reason: { kind: "shareOfTarget" } };
  }
  if (hasSequence(after, ["merupakan", "wajib"]) || hasSequence(after, ["adalah", "wajib"])) {
    return { kind: "skip", reason: { kind: "shareOfPopulation" } };
  }
  return { kind: "value" };
}

/**
 * "… menetapkan target ambisius untuk IKD pada tahun ini, yakni sebesar 30
 * persen": a target word a clause or two before, with no figure between.
 */
function targetEarlierInSentence({ tokens, at }: FigureSpan): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 20); i--) {
    const token = tokens[i] as string;
    if (PERCENT_TOKEN.test(token) || ACHIEVED.has(token)) return false;
    if (TARGET_WORDS.has(token) && token !== "harus" && token !== "mesti") return true;
  }
  return false;
}

/** "… 13,72 persen dari target nasional" with no target value after: a share of the target. */
function shareOfTarget(after: string[]): boolean {
  const dari = after[0] === "dari" || after[0] === "of" ? 1 : -1;
  if (dari < 0) return false;
  const rest = after.slice(1, 4);
  if (!rest.some((t) => t === "target" || t === "targetnya")) return false;
  return !after.some((t) => PERCENT_TOKEN.test(t));
}

/** "atau 62 persen dari target 30 persen", "setara 25 persen dari target": the figure restated as a share. */
function restated(before: string[]): boolean {
  return ["atau", "setara", "or", "equivalent", "equal"].includes(before.at(-1) ?? "");
}

function targetFollows(after: string[]): boolean {
  return (
    (after[0] === "dari" || after[0] === "of") &&
    after.slice(1, 4).some((t) => t.startsWith("target"))
  );
}

/** The sentence's tokens before the figure, back to the previous figure: "Pada 2022 lalu, cakupan … 87 persen". */
function sinceLastFigure({ tokens, at }: FigureSpan): string[] {
  let start = at;
  while (start > 0 && !PERCENT_TOKEN.test(tokens[start - 1] as string)) start--;
  return tokens.slice(start, at);
}

/**
 * "Pada 2022 lalu" in data of 2023: an earlier period. "sampai semester I
 * 2022 lalu" in data of 2022 only says the date is past.
 */
function pastYear(words: string[], dataYear: number | null | undefined): boolean {
  if (!dataYear) return false;
  return words.some(
    (t, i) => /^(19|20)\d\d$/.test(t) && words[i + 1] === "lalu" && Number(t) < dataYear,
  );
}

/** "naik dari 90 persen menjadi 95 persen", "naik dari 88 persen", "up from 88 percent": the earlier figure. */
function isNaikDari(before: string[], after: string[]): boolean {
  const from = before.at(-1);
  if (from !== "dari" && from !== "from") return false;
  if (after.slice(0, 3).some((t) => t === "menjadi" || t === "ke")) return true;
  const verb = before.at(-2) ?? "";
  return DIFFERENCE_WORDS.has(verb) || ["up", "down", "rose", "increased", "fell"].includes(verb);
}

/** Words that sit between a hedge and its number without changing it ("di atas angka 98"). */
function withoutFiller(words: string[]): string[] {
  const out = [...words];
  while (
    out.length > 0 &&
    ["angka", "sebesar", "sebanyak", "yakni", "yaitu"].includes(out.at(-1) as string)
  )
    out.pop();
  return out;
}

function endsWithAny(words: string[], phrases: string[][]): boolean {
  return phrases.some(
    (p) => p.length <= words.length && p.every((w, k) => words[words.length - p.length + k] === w),
  );
}

function hasSequence(words: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}
