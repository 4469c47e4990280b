// Numbers and dates the way each language writes them, through Intl.
// Formatters are built once per language, on first use.

import type { Lang } from "./types.ts";

const LOCALE: Record<Lang, string> = { id: "id-ID", en: "en-GB" };
/** Dates are calendar days in Kalimantan Timur (WITA). */
const TIME_ZONE = "Asia/Makassar";

/**
 * A formatter per language, built on first use: building Intl objects costs
 * more than using them, and at module load it would add to every Worker
 * isolate's start-up the formatters its first request may never need.
 */
function perLanguage<F>(build: (locale: string) => F): (lang: Lang) => F {
  const built: Partial<Record<Lang, F>> = {};
  return (lang) => {
    const existing = built[lang];
    if (existing !== undefined) return existing;
    const formatter = build(LOCALE[lang]);
    built[lang] = formatter;
    return formatter;
  };
}

/** Enough for every release date a reply cites; past it the memory starts afresh. */
const REMEMBERED_DAYS = 1024;

/**
 * A date formatter that formats each (day, language) once: formatting with a
 * time zone costs microseconds per call, and a reply cites the same few
 * release dates over and over.
 */
function rememberedPerDay(
  format: (isoDate: string, lang: Lang) => string,
): (isoDate: string, lang: Lang) => string {
  const remembered: Record<Lang, Map<string, string>> = { id: new Map(), en: new Map() };
  return (isoDate, lang) => {
    const days = remembered[lang];
    const known = days.get(isoDate);
    if (known !== undefined) return known;
    const text = format(isoDate, lang);
    if (days.size >= REMEMBERED_DAYS) days.clear();
    days.set(isoDate, text);
    return text;
  };
}

const decimals = perLanguage(
  (locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
);

const longDates = perLanguage(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: TIME_ZONE,
    }),
);

const monthYears = perLanguage(
  (locale) =>
    new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: TIME_ZONE }),
);

const integers = perLanguage((locale) => new Intl.NumberFormat(locale));

const dateTimes = perLanguage(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: TIME_ZONE,
    }),
);

/** Enough for every value a store holds in a while; past it the memory starts afresh. */
const REMEMBERED_NUMBERS = 4096;

/**
 * A number formatter that formats each (number, language) once: Intl costs
 * about a microsecond per call, and replies show the same stored values again
 * and again.
 */
function rememberedPerNumber(
  format: (value: number, lang: Lang) => string,
): (value: number, lang: Lang) => string {
  const remembered: Record<Lang, Map<number, string>> = { id: new Map(), en: new Map() };
  return (value, lang) => {
    // A map key cannot tell -0 from 0, which Intl writes with its sign.
    if (Object.is(value, -0)) return format(value, lang);
    const numbers = remembered[lang];
    const known = numbers.get(value);
    if (known !== undefined) return known;
    const text = format(value, lang);
    if (numbers.size >= REMEMBERED_NUMBERS) numbers.clear();
    numbers.set(value, text);
    return text;
  };
}

const twoDecimals = rememberedPerNumber((value, lang) => decimals(lang).format(value));

/** 98.75 → "98,75%" (id) or "98.75%" (en). */
export const percent = rememberedPerNumber((value, lang) => `${twoDecimals(value, lang)}%`);

/** A difference in percentage points, without sign: 25.52 → "25,52". */
export function points(value: number, lang: Lang): string {
  return twoDecimals(Math.abs(value), lang);
}

/** "2024-06-13" → "13 Juni 2024" (id) or "13 June 2024" (en). */
export const longDate = rememberedPerDay((isoDate, lang) =>
  // Noon UTC is the same calendar day in WITA (UTC+8), whatever the host's zone.
  longDates(lang).format(new Date(`${isoDate}T12:00:00Z`)),
);

/** "2024-05-31" → "Mei 2024" (id) or "May 2024" (en). */
export const monthYear = rememberedPerDay((isoDate, lang) =>
  monthYears(lang).format(new Date(`${isoDate}T12:00:00Z`)),
);

/** A count of people: 12345 → "12.345" (id) or "12,345" (en). */
export const count = rememberedPerNumber((value, lang) => integers(lang).format(value));

/** A stored UTC timestamp as a WITA wall-clock time: "19 Jun 2024, 10.30" (id). */
export function dateTime(isoTimestamp: string, lang: Lang): string {
  return dateTimes(lang).format(new Date(isoTimestamp));
}

export { escapeHtml } from "./html.ts";
