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

/**
 * A formatter that formats each (key, language) once: Intl costs about a
 * microsecond per call (dates with a time zone, several), and replies cite the
 * same stored values and release dates again and again. Past `limit` keys per
 * language the memory starts afresh.
 */
function remembered<K extends string | number>(
  limit: number,
  format: (key: K, lang: Lang) => string,
): (key: K, lang: Lang) => string {
  const known: Record<Lang, Map<K, string>> = { id: new Map(), en: new Map() };
  return (key, lang) => {
    // A map key cannot tell -0 from 0, which Intl writes with its sign.
    if (Object.is(key, -0)) return format(key, lang);
    const texts = known[lang];
    const found = texts.get(key);
    if (found !== undefined) return found;
    const text = format(key, lang);
    if (texts.size >= limit) texts.clear();
    texts.set(key, text);
    return text;
  };
}

/** Enough for every release date a reply cites. */
const REMEMBERED_DAYS = 1024;
/** Enough for every value a store holds in a while. */
const REMEMBERED_NUMBERS = 4096;

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

const twoDecimals = remembered(REMEMBERED_NUMBERS, (value: number, lang: Lang) =>
  decimals(lang).format(value),
);

/** 98.75 → "98,75%" (id) or "98.75%" (en). */
export function percent(value: number, lang: Lang): string {
  return `${twoDecimals(value, lang)}%`;
}

/** A difference in percentage points, without sign: 25.52 → "25,52". */
export function points(value: number, lang: Lang): string {
  return twoDecimals(Math.abs(value), lang);
}

/** "2024-06-13" → "13 Juni 2024" (id) or "13 June 2024" (en). */
export const longDate = remembered(REMEMBERED_DAYS, (isoDate: string, lang: Lang) =>
  // Noon UTC is the same calendar day in WITA (UTC+8), whatever the host's zone.
  longDates(lang).format(new Date(`${isoDate}T12:00:00Z`)),
);

/** "2024-05-31" → "Mei 2024" (id) or "May 2024" (en). */
export const monthYear = remembered(REMEMBERED_DAYS, (isoDate: string, lang: Lang) =>
  monthYears(lang).format(new Date(`${isoDate}T12:00:00Z`)),
);

/** A count of people: 12345 → "12.345" (id) or "12,345" (en). */
export const count = remembered(REMEMBERED_NUMBERS, (value: number, lang: Lang) =>
  integers(lang).format(value),
);

/** A stored UTC timestamp as a WITA wall-clock time: "19 Jun 2024, 10.30" (id). */
export function dateTime(isoTimestamp: string, lang: Lang): string {
  return dateTimes(lang).format(new Date(isoTimestamp));
}

export { escapeHtml } from "./html.ts";
