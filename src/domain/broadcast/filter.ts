// "/langganan ikd berau" → a filter: a region, an indicator, or both, read
// strictly as admin commands read them (src/domain/import/resolve.ts): a typo
// or an ambiguous name is not guessed at, it is refused.

import { resolveIndicator, resolveRegion } from "../import/resolve.ts";
import type { Lexicon } from "../lexicon.ts";
import { NO_FILTER, type SubscriptionFilter } from "./subscription.ts";

export type FilterReading = { ok: SubscriptionFilter } | { unknown: string };

/** Words that ask for everything again, in either language. */
const EVERYTHING = new Set(["semua", "all"]);

/**
 * An indicator and a region take a handful of words ("ktp-el pemula kabupaten
 * penajam paser utara"): a longer text is no filter, and is refused before
 * any of it is read, so a long message costs no more than a short one.
 */
export const MAX_FILTER_WORDS = 12;

/** How much of an unknown filter a reply repeats. */
const SHOWN_CHARS = 64;

export function readFilter(text: string, lexicon: Lexicon): FilterReading {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const whole = words.join(" ");
  if (words.length > MAX_FILTER_WORDS) return { unknown: shown(whole) };
  if (EVERYTHING.has(whole.toLowerCase())) return { ok: NO_FILTER };
  const region = (part: string) => okOrNull(resolveRegion(part, lexicon));
  const indicator = (part: string) => okOrNull(resolveIndicator(part, lexicon));

  const onlyRegion = region(whole);
  if (onlyRegion) return { ok: { region: onlyRegion, indicator: null } };
  const onlyIndicator = indicator(whole);
  if (onlyIndicator) return { ok: { region: null, indicator: onlyIndicator } };
  // Both, in either order: "ikd kutai barat", "kutai barat ktp-el pemula".
  for (let split = 1; split < words.length; split++) {
    const head = words.slice(0, split).join(" ");
    const tail = words.slice(split).join(" ");
    const indicatorFirst = [indicator(head), region(tail)] as const;
    if (indicatorFirst[0] && indicatorFirst[1]) {
      return { ok: { indicator: indicatorFirst[0], region: indicatorFirst[1] } };
    }
    const regionFirst = [region(head), indicator(tail)] as const;
    if (regionFirst[0] && regionFirst[1]) {
      return { ok: { region: regionFirst[0], indicator: regionFirst[1] } };
    }
  }
  return { unknown: shown(whole) };
}

function shown(whole: string): string {
  return whole.length > SHOWN_CHARS ? `${whole.slice(0, SHOWN_CHARS)}…` : whole;
}

function okOrNull(resolved: { ok: string } | { error: unknown }): string | null {
  return "ok" in resolved ? resolved.ok : null;
}
