// The arguments of admin commands, read strictly: indicators and regions as
// questions understand them (names, aliases, codes) but never guessed, numbers
// with a decimal comma or point, dates as press texts write them. Every
// problem is named, in Indonesian, with the fix, so nothing half-understood is
// ever written.

import { findDates } from "../import/dates.ts";
import { isPercentage, parseDecimal } from "../import/draft-data.ts";
import { type ImportReason, wordReason } from "../import/import-reason.ts";
import {
  type Resolved,
  resolveIndicator as resolveIndicatorReason,
  resolveRegion as resolveRegionReason,
} from "../import/resolve.ts";
import type { Lexicon } from "../lexicon.ts";
import { idImport } from "../messages/id/import.ts";
import type { DraftField, DraftMeta, SubjectValue } from "./ports.ts";

export type Parsed<T> = { ok: T } | { problems: string[] };

export interface Subject {
  indicator: string;
  region: string;
}

/** Titles and sources are shown under every answer: a line, not a page. */
const MAX_META_LENGTH = 200;

/**
 * An indicator and a region take a few words ("ktp-el pemula kabupaten penajam
 * paser utara"), an indicator alone fewer. Past these, words are not read as
 * either, so a command's work stays small however long its text.
 */
export const MAX_SUBJECT_WORDS = 16;
const MAX_INDICATOR_WORDS = 6;

const FIELDS: Record<string, DraftField> = {
  judul: "title",
  title: "title",
  sumber: "source",
  source: "source",
  tanggal: "asOf",
  date: "asOf",
  dirilis: "presentedOn",
  presented: "presentedOn",
  tautan: "url",
  url: "url",
};

/** Clears an optional field in /draf_ubah. */
const CLEAR = "-";

/** `<indikator> <wilayah> <nilai>` (/ubah). */
export function parseSubjectValue(text: string, lexicon: Lexicon): Parsed<SubjectValue> {
  const words = wordsOf(text);
  if (words.length < 3) return { problems: ["kurang lengkap: perlu indikator, wilayah dan nilai"] };
  return combine(readSubject(words.slice(0, -1), lexicon), readPercentage(words.at(-1) ?? ""));
}

/** `<indikator> <wilayah> <nilai> [alasan]` (/koreksi): the value is the first number after a known place. */
export function parseCorrection(
  text: string,
  lexicon: Lexicon,
): Parsed<SubjectValue & { reason: string | null }> {
  const words = wordsOf(text);
  if (words.length < 3) return { problems: ["kurang lengkap: perlu indikator, wilayah dan nilai"] };
  // The value follows the subject, which is never longer than MAX_SUBJECT_WORDS.
  const splits = words.map((_, at) => at).filter((at) => at >= 2 && at <= MAX_SUBJECT_WORDS);
  const leading = leadingIndicators(words, lexicon);
  const known = (at: number) =>
    "ok" in readSubject(words.slice(0, at), lexicon, leading, { suggest: false });
  // A number after a known indicator and place is the value ("ikd 64.03 1,84": not 64.03).
  // Failing that, what follows a known place is a bad value, and a number after
  // unknown words marks a bad place: either way the problem named is the real one.
  const at =
    splits.find((i) => looksNumeric(words[i]) && known(i)) ??
    splits.find(known) ??
    splits.find((i) => looksNumeric(words[i])) ??
    words.length - 1;
  const parsed = combine(
    readSubject(words.slice(0, at), lexicon, leading),
    readPercentage(words[at] ?? ""),
  );
  const reason = words.slice(at + 1).join(" ") || null;
  return "ok" in parsed ? { ok: { ...parsed.ok, reason } } : parsed;
}

/** `<indikator> <wilayah>` (/hapus). */
export function parseSubject(text: string, lexicon: Lexicon): Parsed<Subject> {
  const words = wordsOf(text);
  if (words.length < 2) return { problems: ["kurang lengkap: perlu indikator dan wilayah"] };
  return readSubject(words, lexicon);
}

/** `<indikator> <tahun> <nilai>` (/target). */
export function parseTarget(
  text: string,
  lexicon: Lexicon,
): Parsed<{ indicator: string; year: number; value: number }> {
  const words = wordsOf(text);
  if (words.length < 3) return { problems: ["kurang lengkap: perlu indikator, tahun dan nilai"] };
  const indicatorText = words.slice(0, -2).join(" ");
  const indicator = resolveIndicator(indicatorText, lexicon);
  const yearText = words.at(-2) ?? "";
  const year: Resolved<number> = /^(19|20|21)\d\d$/.test(yearText)
    ? { ok: Number(yearText) }
    : { error: `tahun “${yearText}” tidak valid: tulis empat angka, misalnya 2024` };
  const value = readPercentage(words.at(-1) ?? "");
  const problems = [indicator, year, value].flatMap((r) => ("error" in r ? [r.error] : []));
  if ("ok" in indicator && "ok" in year && "ok" in value) {
    return { ok: { indicator: indicator.ok, year: year.ok, value: value.ok } };
  }
  return { problems };
}

/** `<tanggal data> | <judul> | <sumber> [| <tautan>]` (/draf). */
export function parseDraftMeta(text: string): Parsed<DraftMeta> {
  const fields = text.split("|").map((f) => f.trim());
  if (fields.length < 3 || fields.length > 4) {
    return {
      problems: ["tulis tiga atau empat bagian dipisah |: tanggal | judul | sumber [| tautan]"],
    };
  }
  const [date = "", title = "", source = "", url = ""] = fields;
  const read = {
    asOf: readDate(date),
    title: readLine(title, "judul"),
    source: readLine(source, "sumber"),
    url: url ? readUrl(url) : { ok: null },
  };
  const { asOf, title: t, source: s, url: u } = read;
  if ("ok" in asOf && "ok" in t && "ok" in s && "ok" in u) {
    return { ok: { asOf: asOf.ok, presentedOn: null, title: t.ok, source: s.ok, url: u.ok } };
  }
  return { problems: Object.values(read).flatMap((r) => ("error" in r ? [r.error] : [])) };
}

/** `<judul|sumber|tanggal|dirilis|tautan> <nilai>` (/draf_ubah); "-" clears the release date or link. */
export function parseDraftEdit(text: string): Parsed<{ field: DraftField; value: string | null }> {
  const [name = "", ...rest] = wordsOf(text);
  const field = FIELDS[name.toLowerCase()];
  if (!field) {
    return {
      problems: [
        `bagian “${name}” tidak dikenal: pilih judul, sumber, tanggal, dirilis atau tautan`,
      ],
    };
  }
  const value = rest.join(" ");
  const optional = field === "presentedOn" || field === "url";
  if (optional && value === CLEAR) return { ok: { field, value: null } };
  const read =
    field === "asOf" || field === "presentedOn"
      ? readDate(value)
      : field === "url"
        ? readUrl(value)
        : readLine(value, field === "title" ? "judul" : "sumber");
  return "ok" in read ? { ok: { field, value: read.ok } } : { problems: [read.error] };
}

/** "12,5", "12.5" or "12,5%" → 12.5, a percentage from 0 to 100. */
export function readPercentage(text: string): Resolved<number> {
  const value = parseDecimal(text.replace(/%$/, ""));
  if (Number.isNaN(value)) {
    return { error: `nilai “${text}” bukan angka: tulis misalnya 12,5 atau 12.5` };
  }
  return isPercentage(value) ? { ok: value } : { error: `nilai ${value} di luar 0–100` };
}

/** The indicator each count of leading words names, if any: read once per command. */
function leadingIndicators(words: string[], lexicon: Lexicon): Map<number, string> {
  const named = new Map<number, string>();
  for (let split = 1; split <= Math.min(words.length, MAX_INDICATOR_WORDS); split++) {
    const indicator = resolveIndicator(words.slice(0, split).join(" "), lexicon);
    if ("ok" in indicator) named.set(split, indicator.ok);
  }
  return named;
}

/**
 * The indicator comes first and may be several words ("KTP-el pemula"): the
 * longest leading words that name an indicator are it, the rest is the region.
 */
function readSubject(
  words: string[],
  lexicon: Lexicon,
  leading = leadingIndicators(words, lexicon),
  options: { suggest?: boolean } = {},
): Parsed<Subject> {
  if (words.length > MAX_SUBJECT_WORDS) {
    return {
      problems: [
        `indikator dan wilayah terlalu panjang: paling banyak ${MAX_SUBJECT_WORDS} kata sebelum nilai`,
      ],
    };
  }
  for (let split = Math.min(words.length - 1, MAX_INDICATOR_WORDS); split >= 1; split--) {
    const indicator = leading.get(split);
    if (indicator === undefined) continue;
    const region = resolveRegion(words.slice(split).join(" "), lexicon, options);
    return "ok" in region ? { ok: { indicator, region: region.ok } } : { problems: [region.error] };
  }
  const indicator = resolveIndicator(words[0] ?? "", lexicon);
  const region = resolveRegion(words.slice(1).join(" "), lexicon);
  return { problems: [indicator, region].flatMap((r) => ("error" in r ? [r.error] : [])) };
}

function combine(subject: Parsed<Subject>, value: Resolved<number>): Parsed<SubjectValue> {
  if ("ok" in subject && "ok" in value) return { ok: { ...subject.ok, value: value.ok } };
  return {
    problems: [
      ...("problems" in subject ? subject.problems : []),
      ...("error" in value ? [value.error] : []),
    ],
  };
}

function readDate(text: string): Resolved<string> {
  const dates = findDates(text);
  const [date] = dates;
  return date && dates.length === 1
    ? { ok: date.iso }
    : { error: `tanggal “${text}” tidak terbaca: tulis misalnya 2024-06-13 atau 13 Juni 2024` };
}

function readLine(text: string, name: string): Resolved<string> {
  if (!text) return { error: `${name} kosong` };
  if (text.length > MAX_META_LENGTH) {
    return { error: `${name} terlalu panjang: paling banyak ${MAX_META_LENGTH} karakter` };
  }
  return { ok: text };
}

/** Only web links: the link goes into an href under every answer citing the release. */
function readUrl(text: string): Resolved<string> {
  const problem = { error: `tautan “${text}” tidak valid: tulis alamat lengkap, https://…` };
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? { ok: url.href } : problem;
  } catch {
    return problem;
  }
}

function looksNumeric(word: string | undefined): boolean {
  return /^[-+]?\d/.test(word ?? "");
}

function wordsOf(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

/** A name resolved as imports resolve it, its problem worded for the admin (Indonesian). */
function worded<T>(resolved: Resolved<T, ImportReason>): Resolved<T> {
  return "ok" in resolved ? resolved : { error: wordReason(idImport, resolved.error) };
}

function resolveIndicator(text: string, lexicon: Lexicon): Resolved<string> {
  return worded(resolveIndicatorReason(text, lexicon));
}

function resolveRegion(
  text: string,
  lexicon: Lexicon,
  options?: { suggest?: boolean },
): Resolved<string> {
  return worded(resolveRegionReason(text, lexicon, options));
}
