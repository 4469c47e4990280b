// English news writes regions the other way round: "Jayapura City",
// "Jayapura Regency", "West Manggarai district", "East Manggarai". The
// catalogue knows them as "Kota Jayapura", "Kabupaten Manggarai Barat". This
// rewrites such tokens in place, in one pass, and only when the rewritten
// words name a catalogue region, so "the district" or "South Korea" stay as
// written (a bare "district" is a sub-district to the importer).

import type { Lexicon } from "../lexicon.ts";

/** English compass words → the Indonesian name endings they may stand for ("Central Jakarta" is "Jakarta Pusat"). */
const COMPASS = new Map<string, string[][]>([
  ["west", [["barat"]]],
  ["east", [["timur"]]],
  ["north", [["utara"]]],
  ["south", [["selatan"]]],
  ["central", [["tengah"], ["pusat"]]],
  ["southwest", [["barat", "daya"]]],
  ["southeast", [["tenggara"]]],
]);
/** The English level word after a name → the Indonesian one before it. */
const LEVEL_AFTER = new Map<string, "kota" | "kabupaten">([
  ["city", "kota"],
  ["regency", "kabupaten"],
  ["district", "kabupaten"],
]);
/** The longest catalogue name in words: wider windows are not looked at. */
const MAX_NAME_WORDS = 4;

export function englishPlaceOrder(tokens: string[], lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const next = tokens[i + 1];
    // "East Manggarai" → "manggarai timur" (a known name); "East Java" is an alias already.
    const direction = next
      ? COMPASS.get(token)?.find((ending) => named(lexicon, [next, ...ending]))
      : undefined;
    if (direction && next && !named(lexicon, [token, next])) {
      out.push(next, ...direction);
      i++;
      continue;
    }
    const level = LEVEL_AFTER.get(token);
    if (level) {
      const width = nameBefore(out, lexicon, level);
      if (width > 0) {
        out.splice(out.length - width, 0, level);
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

/** How many words at the end of `words` name a region of that level ("jayapura" before "city"). */
function nameBefore(words: string[], lexicon: Lexicon, level: "kota" | "kabupaten"): number {
  const wanted = level === "kota" ? "city" : "regency";
  for (let width = Math.min(MAX_NAME_WORDS, words.length); width >= 1; width--) {
    const regions = lexicon.regionsByName.get(words.slice(-width).join(" ")) ?? [];
    if (!regions.some((r) => r.level === wanted)) continue;
    // "Kota Jayapura City": the level is written already, nothing to move.
    return words[words.length - width - 1] === level ? 0 : width;
  }
  return 0;
}

function named(lexicon: Lexicon, words: string[]): boolean {
  const key = words.join(" ");
  return lexicon.regionsByName.has(key) || lexicon.aliasToCode.has(key);
}
