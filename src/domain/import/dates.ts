// Dates as Indonesian and English press texts write them: "13 Juni 2024",
// "June 13, 2024", "(19/6/2024)", "2024-06-13". Returned as ISO dates.

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  pebruari: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};
const MONTH = Object.keys(MONTHS).join("|");

export interface FoundDate {
  iso: string;
  /** Index in the text, to read the words before it. */
  index: number;
  /** Written as (d/m/yyyy), the way Indonesian news dates an event. */
  numeric: boolean;
}

const PATTERNS: {
  regex: RegExp;
  parts: (m: RegExpExecArray) => [string, string, string];
  numeric: boolean;
}[] = [
  {
    regex: new RegExp(`\\b(\\d{1,2})\\s+(${MONTH})\\.?\\s+(\\d{4})\\b`, "gi"),
    parts: (m) => [m[3] as string, m[2] as string, m[1] as string],
    numeric: false,
  },
  {
    regex: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "gi"),
    parts: (m) => [m[3] as string, m[1] as string, m[2] as string],
    numeric: false,
  },
  {
    regex: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    parts: (m) => [m[3] as string, m[2] as string, m[1] as string],
    numeric: true,
  },
  {
    regex: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    parts: (m) => [m[1] as string, m[2] as string, m[3] as string],
    numeric: false,
  },
];

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { regex, parts, numeric } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const iso = isoDate(...parts(match as RegExpExecArray));
      if (iso) found.push({ iso, index: match.index ?? 0, numeric });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A real calendar date, or null ("31 Juni 2024" is not one). */
export function isoDate(year: string, month: string, day: string): string | null {
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase()];
  const [y, d] = [Number(year), Number(day)];
  if (!m || y < 1990 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}
