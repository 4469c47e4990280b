// One field of an import or an admin command → a region code or an indicator
// slug, read exactly as questions are (names, aliases, codes), but strictly:
// a typo or an ambiguous name is an error that suggests the fix, never a guess.

import type { Lexicon } from "../lexicon.ts";
import { tokenize } from "../normalise.ts";
import { scan } from "../scan.ts";

export type Resolved<T> = { ok: T } | { error: string };

export function resolveRegion(text: string, lexicon: Lexicon): Resolved<string> {
  // An official code as written ("64.03", "ID" for Indonesia) needs no reading.
  if (lexicon.regionByCode.has(text.trim())) return { ok: text.trim() };
  const marks = scan(tokenize(text), lexicon);
  const [mark] = marks;
  if (marks.length !== 1 || mark?.type !== "place") {
    return { error: `wilayah “${text.trim()}” tidak dikenal` };
  }
  const names = (codes: string[]) =>
    codes.map((c) => lexicon.regionByCode.get(c)?.name ?? c).join(", ");
  if (!("code" in mark.mention)) {
    return { error: `wilayah “${text.trim()}” ambigu: ${names(mark.mention.candidates)}` };
  }
  if (mark.loose) {
    return {
      error: `wilayah “${text.trim()}” tidak dikenal; maksudnya ${names([mark.mention.code])}?`,
    };
  }
  return { ok: mark.mention.code };
}

export function resolveIndicator(text: string, lexicon: Lexicon): Resolved<string> {
  const slug = text.trim().toLowerCase();
  if (lexicon.indicatorBySlug.has(slug)) return { ok: slug };
  const marks = scan(tokenize(text), lexicon).filter(
    (m) => !(m.type === "phrase" && m.meaning === "filler"),
  );
  const [mark] = marks;
  if (marks.length === 1 && mark?.type === "phrase" && mark.meaning.startsWith("ind:")) {
    return { ok: mark.meaning.slice(4) };
  }
  const known = [...lexicon.indicatorBySlug.keys()].join(", ");
  return { error: `indikator “${text.trim()}” tidak dikenal (pilih: ${known})` };
}
