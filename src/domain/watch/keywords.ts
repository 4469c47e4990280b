// Which items of a source are worth reading: those whose title, summary or
// text names one of the source's keywords. Matching is on folded tokens (case,
// accents, hyphens aside), as whole words, so "KTP-el" matches "ktp el" and
// "KIA" does not match "kiai".

import { normalise } from "../normalise.ts";
import type { SourceRequestProblem } from "./source-problem.ts";

/** The defaults, with the spellings news uses for the same things. */
export const DEFAULT_KEYWORDS: readonly string[] = [
  "KTP-el",
  "KTP elektronik",
  "e-KTP",
  "eKTP",
  "KIA",
  "IKD",
  "akta kelahiran",
  "Dukcapil",
  "Disdukcapil",
  "adminduk",
  "pemilih pemula",
  // What those abbreviations stand for, as headlines and summaries often write them out.
  "administrasi kependudukan",
  "kependudukan dan pencatatan sipil",
  "identitas kependudukan digital",
  "kartu identitas anak",
];

/** Keywords are short words; a longer one is a mistake, not a keyword. */
export const MAX_KEYWORD_CHARS = 40;
export const MAX_KEYWORDS = 20;

/** Only the start of a long text is searched: a title and summary are short, an article's opening names its subject. */
const SEARCHED_CHARS = 20_000;

export function matchesKeywords(text: string, keywords: readonly string[] | null): boolean {
  const haystack = ` ${normalise(text.slice(0, SEARCHED_CHARS))} `;
  return (keywords ?? DEFAULT_KEYWORDS).some((keyword) => {
    const needle = normalise(keyword);
    return needle !== "" && haystack.includes(` ${needle} `);
  });
}

/** The keywords an admin typed, or the problem with them. */
export function checkKeywords(
  words: string[],
): { ok: string[] } | { problem: SourceRequestProblem } {
  if (words.length > MAX_KEYWORDS)
    return { problem: { kind: "tooManyKeywords", max: MAX_KEYWORDS } };
  const long = words.find((w) => w.length > MAX_KEYWORD_CHARS);
  if (long !== undefined) {
    return { problem: { kind: "keywordTooLong", max: MAX_KEYWORD_CHARS } };
  }
  const empty = words.find((w) => normalise(w) === "");
  if (empty !== undefined) return { problem: { kind: "keywordWithoutLetters", keyword: empty } };
  return { ok: words };
}
