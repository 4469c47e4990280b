// One field of an import or an admin command → a region code or an indicator
// slug, read exactly as questions are (names, aliases, codes), but strictly:
// a typo or an ambiguous name is an error that suggests the fix, never a guess.

import type { Lexicon } from "../lexicon.ts";
import { tokenize } from "../normalise.ts";
import { scan } from "../scan.ts";
import type { ImportReason } from "./import-reason.ts";

export type Resolved<T, E = string> = { ok: T } | { error: E };

const NO_TYPOS = { typos: false };

/**
 * A region or an indicator is a few words ("kabupaten penajam paser utara",
 * "ktp-el pemilih pemula"): a longer field names neither and is refused
 * unread, so a field costs the same however long it is.
 */
export const MAX_FIELD_TOKENS = 12;

/** How much of a refused field an error repeats. */
const SHOWN_CHARS = 64;

/**
 * `suggest: false` skips the typo search behind "maksudnya …?": for callers
 * that only ask whether a text is a region, as the answer is the same.
 */
export function resolveRegion(
  text: string,
  lexicon: Lexicon,
  { suggest = true }: { suggest?: boolean } = {},
): Resolved<string, ImportReason> {
  // An official code as written ("64.03", "ID" for Indonesia) needs no reading.
  if (lexicon.regionByCode.has(text.trim())) return { ok: text.trim() };
  const tokens = tokenize(text);
  const options = suggest ? undefined : NO_TYPOS;
  const marks = tokens.length > MAX_FIELD_TOKENS ? [] : scan(tokens, lexicon, options);
  const [mark] = marks;
  if (marks.length !== 1 || mark?.type !== "place") {
    return { error: { kind: "unknownRegion", name: shown(text) } };
  }
  const names = (codes: string[]) => codes.map((c) => lexicon.regionByCode.get(c)?.name ?? c);
  if (!("code" in mark.mention)) {
    return {
      error: {
        kind: "ambiguousRegion",
        name: shown(text),
        candidates: names(mark.mention.candidates),
      },
    };
  }
  if (mark.loose) {
    return {
      error: {
        kind: "regionTypo",
        name: shown(text),
        suggestion: names([mark.mention.code])[0] ?? mark.mention.code,
      },
    };
  }
  return { ok: mark.mention.code };
}

export function resolveIndicator(text: string, lexicon: Lexicon): Resolved<string, ImportReason> {
  const slug = text.trim().toLowerCase();
  if (lexicon.indicatorBySlug.has(slug)) return { ok: slug };
  const tokens = tokenize(text);
  // Strict: an indicator is named exactly, so no typo is looked for.
  const marks = (tokens.length > MAX_FIELD_TOKENS ? [] : scan(tokens, lexicon, NO_TYPOS)).filter(
    (m) => !(m.type === "phrase" && m.meaning === "filler"),
  );
  const [mark] = marks;
  if (marks.length === 1 && mark?.type === "phrase" && mark.meaning.startsWith("ind:")) {
    return { ok: mark.meaning.slice(4) };
  }
  const known = [...lexicon.indicatorBySlug.keys()];
  return { error: { kind: "unknownIndicator", name: shown(text), known } };
}

function shown(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > SHOWN_CHARS ? `${trimmed.slice(0, SHOWN_CHARS)}…` : trimmed;
}
