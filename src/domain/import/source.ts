// The publishing agency a press release names: an acronym in brackets
// followed by the place it serves, "(DKP3A) Kalimantan Timur" →
// "DKP3A Provinsi Kalimantan Timur".

import type { Lexicon } from "../lexicon.ts";
import { tokenize } from "../normalise.ts";
import { scan } from "../scan.ts";

export function sourceOf(text: string, lexicon: Lexicon): string | null {
  for (const match of text.matchAll(
    /\(([A-Z][A-Za-z0-9]{2,})\)\s+((?:Provinsi\s+|Kabupaten\s+|Kota\s+)?[A-Z][\w ]{2,40})/g,
  )) {
    const acronym = match[1] as string;
    if (lexicon.phrasesByFirstToken.has(acronym.toLowerCase())) continue;
    const marks = scan(tokenize(match[2] as string), lexicon, { typos: false });
    const place =
      marks[0]?.type === "place" && "code" in marks[0].mention ? marks[0].mention.code : null;
    const region = place ? lexicon.regionByCode.get(place) : undefined;
    if (!region) continue;
    return `${acronym} ${region.level === "province" ? `Provinsi ${region.name}` : region.name}`;
  }
  return null;
}
