// "akta kelahiran dan KIA masing-masing 98,7 persen dan 71,1 persen", "Kota A
// dan Kota B berturut-turut 90 persen dan 85 persen": values listed after
// "masing-masing"/"berturut-turut" go to the names before it, in order; in
// English "respectively" follows the values ("A and B had 90 and 85 percent
// respectively"). When
// the names and the values do not pair up one to one, the values are skipped:
// which is whose would be a guess. One pass over the sentence's tokens.

import { isBoundary, PERCENT_TOKEN } from "./figure-checks.ts";
import type { IndicatorMention } from "./import-indicators.ts";
import type { ImportReason } from "./import-reason.ts";
import type { PlaceMention } from "./place-attribution.ts";

export type Respective = { indicator?: string; place?: PlaceMention } | { skip: ImportReason };

/** Words that may sit between the listed values ("sebesar 98 persen dan 71 persen"). */
const LIST_WORDS = new Set([
  "dan",
  "serta",
  "sebesar",
  "yakni",
  "yaitu",
  "adalah",
  "mencapai",
  "sebanyak",
  "tercatat",
  "and",
  "of",
]);

/** Percentage token index → the indicator or place it is paired with, for listed values only. */
export function respectivePairs(
  tokens: string[],
  indicators: IndicatorMention[],
  places: PlaceMention[],
): Map<number, Respective> {
  const pairs = new Map<number, Respective>();
  let listStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (PERCENT_TOKEN.test(token)) {
      listStart = i + 1;
      continue;
    }
    const respectively =
      (token === "masing" && tokens[i + 1] === "masing") ||
      (token === "berturut" && tokens[i + 1] === "turut") ||
      token === "respectively";
    if (!respectively) continue;
    if (token === "respectively") {
      const listed = valuesBefore(tokens, i);
      if (listed.length >= 2) {
        // "X and Y recorded 92 percent and 85 percent respectively": the names come before the values.
        const from = previousPercentBefore(tokens, listed[0] as number) + 1;
        pairValues(pairs, listed, from, listed[0] as number, indicators, places);
        listStart = i + 1;
        continue;
      }
    }
    const values: number[] = [];
    let j = token === "respectively" ? i + 1 : i + 2;
    for (; j < tokens.length; j++) {
      const t = tokens[j] as string;
      if (PERCENT_TOKEN.test(t)) values.push(j);
      else if (!(LIST_WORDS.has(t) || isBoundary(t))) break;
    }
    if (values.length >= 2) pairValues(pairs, values, listStart, i, indicators, places);
    i = j - 1;
    listStart = values.length > 0 ? (values.at(-1) as number) + 1 : listStart;
  }
  return pairs;
}

function pairValues(
  pairs: Map<number, Respective>,
  values: number[],
  from: number,
  to: number,
  indicators: IndicatorMention[],
  places: PlaceMention[],
): void {
  const slugs = [
    ...new Set(indicators.filter((m) => m.at >= from && m.at < to).map((m) => m.slug)),
  ];
  const named: PlaceMention[] = [];
  for (const p of places) {
    if (p.at < from || p.at >= to || p.agency) continue;
    const code = "code" in p.mention ? p.mention.code : null;
    if (!named.some((q) => "code" in q.mention && q.mention.code === code)) named.push(p);
  }
  const bySlug = slugs.length === values.length;
  const byPlace = named.length === values.length;
  for (const [k, at] of values.entries()) {
    if (!bySlug && !byPlace) {
      pairs.set(at, { skip: { kind: "respectiveMismatch" } });
      continue;
    }
    pairs.set(at, {
      ...(bySlug ? { indicator: slugs[k] } : {}),
      ...(byPlace ? { place: named[k] } : {}),
    });
  }
}

/** The percentages listed right before "respectively", in order. */
function valuesBefore(tokens: string[], at: number): number[] {
  const values: number[] = [];
  for (let j = at - 1; j >= 0; j--) {
    const t = tokens[j] as string;
    if (PERCENT_TOKEN.test(t)) values.unshift(j);
    else if (!(LIST_WORDS.has(t) || isBoundary(t))) break;
  }
  return values;
}

function previousPercentBefore(tokens: string[], at: number): number {
  for (let j = at - 1; j >= 0; j--) if (PERCENT_TOKEN.test(tokens[j] as string)) return j;
  return -1;
}
