// The period a question names: "Mei 2024", "semester I 2024", "2023",
// "tahun lalu", "sejak 2021", "2021–2024", "dari tahun ke tahun". One pass over
// the tokens, before the other words are read: the tokens it uses are left out
// of the rest of understanding, so "kedua" in "semester kedua" is no ordinal.

import type { When } from "./question.ts";
import type { Lang } from "./types.ts";

export interface TimeReading {
  when: When | null;
  /** Token positions that named the period. */
  used: Set<number>;
  langVotes: Record<Lang, number>;
}

const MONTHS = new Map<string, number>(
  Object.entries({
    januari: 1,
    jan: 1,
    january: 1,
    februari: 2,
    feb: 2,
    pebruari: 2,
    february: 2,
    maret: 3,
    mar: 3,
    march: 3,
    april: 4,
    apr: 4,
    mei: 5,
    may: 5,
    juni: 6,
    jun: 6,
    june: 6,
    juli: 7,
    jul: 7,
    july: 7,
    agustus: 8,
    agu: 8,
    agt: 8,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    oktober: 10,
    okt: 10,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    nopember: 11,
    desember: 12,
    des: 12,
    december: 12,
    dec: 12,
  }),
);
/** Month words that are also everyday words: a month only beside a day or a year. */
const GUARDED_MONTHS = new Set(["may", "mar", "jan", "jun", "jul", "des", "sep", "apr", "agu"]);
const ENGLISH_MONTHS = new Set([
  "january",
  "february",
  "march",
  "may",
  "june",
  "july",
  "august",
  "october",
  "december",
]);
const SEMESTER_WORDS = new Set(["semester", "smt", "sem"]);
const FIRST = new Set(["i", "1", "pertama", "satu"]);
const SECOND = new Set(["ii", "2", "kedua", "dua"]);
const SINCE = new Set(["sejak", "since", "mulai", "dari", "from"]);
const UNTIL = new Set(["sampai", "hingga", "sd", "to", "until", "through", "ke", "and", "dan"]);
const YEAR_WORDS = new Set(["tahun", "thn", "th", "year", "in", "pada", "per", "on", "of"]);
/** Phrases that ask for every value over time. */
const SERIES: { tokens: string[]; lang: Lang }[] = [
  ["dari", "tahun", "ke", "tahun"],
  ["dari", "waktu", "ke", "waktu"],
  ["tiap", "tahun"],
  ["setiap", "tahun"],
  ["per", "tahun"],
  ["riwayat"],
  ["historis"],
  ["sejarah"],
  ["semua", "rilis"],
].map((tokens) => ({ tokens, lang: "id" as const }));
SERIES.push(
  ...[
    ["year", "by", "year"],
    ["over", "the", "years"],
    ["over", "time"],
    ["every", "year"],
    ["history"],
    ["historical"],
    ["all", "releases"],
  ].map((tokens) => ({ tokens, lang: "en" as const })),
);
/** Quarters: "triwulan III 2024", "kuartal 2", "Q4 2024", "third quarter of 2024". */
const QUARTER_WORDS = new Set(["triwulan", "kuartal", "caturwulan", "tw", "quarter", "q"]);
const QUARTER_NUMBERS = new Map<string, 1 | 2 | 3 | 4>(
  Object.entries({
    i: 1,
    "1": 1,
    pertama: 1,
    first: 1,
    ii: 2,
    "2": 2,
    kedua: 2,
    second: 2,
    iii: 3,
    "3": 3,
    ketiga: 3,
    third: 3,
    iv: 4,
    "4": 4,
    keempat: 4,
    fourth: 4,
  }),
);
/** "2 tahun terakhir", "last 3 years": the stretch up to today, every value in it. */
const RECENT: { before: string[]; after: string[]; lang: Lang }[] = [
  { before: [], after: ["tahun", "terakhir"], lang: "id" },
  { before: ["last"], after: ["years"], lang: "en" },
  { before: ["past"], after: ["years"], lang: "en" },
];
/** "5 tahun lalu", "3 years ago": the year that many before this one. */
const YEARS_AGO: { after: string[]; lang: Lang }[] = [
  { after: ["tahun", "lalu"], lang: "id" },
  { after: ["tahun", "yang", "lalu"], lang: "id" },
  { after: ["years", "ago"], lang: "en" },
];
const isCount = (t: string | undefined) =>
  t !== undefined && t.length <= 2 && /^\d{1,2}$/.test(t) && Number(t) >= 1;

/** Periods named relative to today: `back` 1 is the one before this one. */
const RELATIVE: { tokens: string[]; unit: "year" | "month"; back: 0 | 1; lang: Lang }[] = [
  { tokens: ["tahun", "lalu"], unit: "year", back: 1, lang: "id" },
  { tokens: ["tahun", "kemarin"], unit: "year", back: 1, lang: "id" },
  { tokens: ["thn", "lalu"], unit: "year", back: 1, lang: "id" },
  { tokens: ["last", "year"], unit: "year", back: 1, lang: "en" },
  { tokens: ["bulan", "lalu"], unit: "month", back: 1, lang: "id" },
  { tokens: ["bulan", "kemarin"], unit: "month", back: 1, lang: "id" },
  { tokens: ["last", "month"], unit: "month", back: 1, lang: "en" },
  { tokens: ["tahun", "ini"], unit: "year", back: 0, lang: "id" },
  { tokens: ["this", "year"], unit: "year", back: 0, lang: "en" },
  { tokens: ["bulan", "ini"], unit: "month", back: 0, lang: "id" },
  { tokens: ["this", "month"], unit: "month", back: 0, lang: "en" },
];

/**
 * Parts of a year: "awal 2024" is its first quarter, "pertengahan 2024" April to
 * September, "akhir 2024" its last quarter. Loose words, so read loosely: a release
 * fits when its data date lies in that stretch. Not "tengah": it ends province names
 * ("Jawa Tengah 2023").
 */
const PARTS = new Map<string, { from: string; to: string; lang: Lang }>(
  Object.entries({
    awal: { from: "01-01", to: "03-31", lang: "id" },
    permulaan: { from: "01-01", to: "03-31", lang: "id" },
    pertengahan: { from: "04-01", to: "09-30", lang: "id" },
    akhir: { from: "10-01", to: "12-31", lang: "id" },
    penghujung: { from: "10-01", to: "12-31", lang: "id" },
    early: { from: "01-01", to: "03-31", lang: "en" },
    beginning: { from: "01-01", to: "03-31", lang: "en" },
    start: { from: "01-01", to: "03-31", lang: "en" },
    mid: { from: "04-01", to: "09-30", lang: "en" },
    middle: { from: "04-01", to: "09-30", lang: "en" },
    late: { from: "10-01", to: "12-31", lang: "en" },
    end: { from: "10-01", to: "12-31", lang: "en" },
  }),
);
/** Words allowed between a part word and its year: "akhir tahun 2024", "end of 2024". */
const PART_LINKS = new Set(["tahun", "thn", "of", "the", "year"]);

const isYear = (t: string | undefined) =>
  t !== undefined && t.length === 4 && /^(19|20)\d\d$/.test(t);
const isDay = (t: string | undefined) =>
  t !== undefined && /^\d{1,2}$/.test(t) && Number(t) >= 1 && Number(t) <= 31;
const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Phrases by their first word, in the order given: most words start none, and are passed over at once. */
function byFirstWord<P extends { tokens: string[] }>(phrases: P[]): Map<string, P[]> {
  const index = new Map<string, P[]>();
  for (const phrase of phrases) {
    const first = phrase.tokens[0] as string;
    const list = index.get(first);
    if (list) list.push(phrase);
    else index.set(first, [phrase]);
  }
  return index;
}

const SERIES_BY_FIRST_WORD = byFirstWord(SERIES);
const RELATIVE_BY_FIRST_WORD = byFirstWord(RELATIVE);

/**
 * Every word a period can start with, numbers aside (counts, years, days and
 * quarter numbers start with a digit): any other word is passed over at once.
 */
const PERIOD_STARTS = new Set<string>([
  ...SERIES_BY_FIRST_WORD.keys(),
  ...RELATIVE_BY_FIRST_WORD.keys(),
  ...PARTS.keys(),
  ...MONTHS.keys(),
  ...SEMESTER_WORDS,
  ...QUARTER_WORDS,
  ...QUARTER_NUMBERS.keys(),
  "first",
  "second",
  "q1",
  "q2",
  "q3",
  "q4",
]);

function startsWithDigit(token: string): boolean {
  const c = token.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The first of `phrases` whose words stand at `i`. */
function phraseAt<P extends { tokens: string[] }>(
  tokens: string[],
  i: number,
  phrases: P[] | undefined,
): P | undefined {
  if (phrases === undefined) return undefined;
  for (const phrase of phrases) if (wordsAt(tokens, i, phrase.tokens)) return phrase;
  return undefined;
}

/** Whether `words` stand in `tokens` from position `i` on. */
function wordsAt(tokens: string[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k] !== words[k]) return false;
  return true;
}

function take(used: Set<number>, from: number, n: number): void {
  for (let k = 0; k < n; k++) used.add(from + k);
}

/** `today` (ISO date) resolves "tahun lalu" and a month named without its year. */
export function readTime(tokens: string[], today: string): TimeReading {
  const used = new Set<number>();
  const langVotes: Record<Lang, number> = { id: 0, en: 0 };
  const years: number[] = [];
  let month: number | undefined;
  const months: number[] = [];
  let day: number | undefined;
  let semester: 1 | 2 | undefined;
  let since = false;
  let sinceMonth = false;
  let series = false;
  let relative: { unit: "year" | "month"; back: number } | undefined;
  let recentYears: number | undefined;
  let part: { from: string; to: string } | undefined;

  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const token = tokens[i] as string;
    if (!PERIOD_STARTS.has(token) && !startsWithDigit(token)) continue;
    const seriesPhrase = phraseAt(tokens, i, SERIES_BY_FIRST_WORD.get(token));
    if (seriesPhrase) {
      series = true;
      langVotes[seriesPhrase.lang] += 1;
      take(used, i, seriesPhrase.tokens.length);
      continue;
    }
    if (isCount(token)) {
      const n = Number(token);
      const ago = YEARS_AGO.find((p) => wordsAt(tokens, i + 1, p.after));
      if (ago) {
        relative = { unit: "year", back: n };
        langVotes[ago.lang] += 1;
        take(used, i, 1 + ago.after.length);
        continue;
      }
      const recent = RECENT.find(
        (p) =>
          wordsAt(tokens, i - p.before.length, p.before) &&
          wordsAt(tokens, i + 1, p.after) &&
          !used.has(i - 1),
      );
      if (recent) {
        recentYears = n;
        langVotes[recent.lang] += 1;
        take(used, i - recent.before.length, recent.before.length + 1 + recent.after.length);
        continue;
      }
    }
    const quarter = quarterAt(tokens, i);
    if (quarter) {
      part = QUARTERS[quarter.number - 1];
      if (quarter.lang) langVotes[quarter.lang] += 1;
      take(used, i, quarter.length);
      continue;
    }
    const relativePhrase = phraseAt(tokens, i, RELATIVE_BY_FIRST_WORD.get(token));
    if (relativePhrase) {
      relative = relativePhrase;
      langVotes[relativePhrase.lang] += 1;
      take(used, i, relativePhrase.tokens.length);
      continue;
    }
    const partWord = PARTS.get(token);
    if (partWord) {
      let next = i + 1;
      while (next < i + 4 && PART_LINKS.has(tokens[next] ?? "")) next++;
      if (isYear(tokens[next])) {
        part = partWord;
        langVotes[partWord.lang] += 1;
        take(used, i, next - i);
        continue;
      }
    }
    const monthNumber = MONTHS.get(token);
    if (monthNumber !== undefined) {
      const dayBefore = isDay(tokens[i - 1]) && !used.has(i - 1);
      const yearAfter = isYear(tokens[i + 1]);
      if (!GUARDED_MONTHS.has(token) || dayBefore || yearAfter) {
        month ??= monthNumber;
        months.push(monthNumber);
        used.add(i);
        if (ENGLISH_MONTHS.has(token)) langVotes.en += 1;
        if (dayBefore) {
          day = Number(tokens[i - 1]);
          used.add(i - 1);
        }
        // "sejak Juni 2024", "since 13 June 2024": from then to today.
        const head = dayBefore ? i - 2 : i - 1;
        if (months.length === 1 && SINCE.has(tokens[head] ?? "") && !used.has(head)) {
          sinceMonth = true;
          used.add(head);
        }
        continue;
      }
    }
    if (SEMESTER_WORDS.has(token)) {
      const next = tokens[i + 1] ?? "";
      semester = FIRST.has(next) ? 1 : SECOND.has(next) ? 2 : undefined;
      if (semester) {
        take(used, i, 2);
        continue;
      }
    }
    if ((token === "first" || token === "second") && tokens[i + 1] === "half") {
      semester = token === "first" ? 1 : 2;
      langVotes.en += 1;
      take(used, i, 2);
      continue;
    }
    if (isYear(token)) {
      years.push(Number(token));
      used.add(i);
      const before = tokens[i - 1];
      if (before !== undefined && !used.has(i - 1)) {
        if (SINCE.has(before) && years.length === 1) {
          since = true;
          used.add(i - 1);
        } else if (YEAR_WORDS.has(before)) used.add(i - 1);
        else if (UNTIL.has(before) && years.length > 1) used.add(i - 1);
      }
    }
  }
  // Nothing read, nothing to make of it.
  if (used.size === 0) return { when: null, used, langVotes };
  const when = toWhen(
    { years, month, months, day, semester, since, sinceMonth, series, relative, part, recentYears },
    today,
    tokens,
    used,
  );
  return { when, used: when ? used : new Set(), langVotes };
}

interface Parts {
  years: number[];
  month: number | undefined;
  /** Every month named, in order: "Juni dan Oktober 2024" asks for both. */
  months: number[];
  day: number | undefined;
  semester: 1 | 2 | undefined;
  since: boolean;
  /** "sejak Juni 2024": from that month (or day) to today. */
  sinceMonth: boolean;
  series: boolean;
  relative: { unit: "year" | "month"; back: number } | undefined;
  part: { from: string; to: string } | undefined;
  recentYears: number | undefined;
}

const QUARTERS = [
  { from: "01-01", to: "03-31" },
  { from: "04-01", to: "06-30" },
  { from: "07-01", to: "09-30" },
  { from: "10-01", to: "12-31" },
];

/** A quarter named at `i`: "triwulan III", "kuartal ke 2", "q4", "third quarter". */
function quarterAt(
  tokens: string[],
  i: number,
): { number: 1 | 2 | 3 | 4; length: number; lang: Lang | null } | null {
  const token = tokens[i] as string;
  if (token.length === 2 && token[0] === "q" && token[1] !== undefined) {
    const number = "1234".indexOf(token[1]) + 1;
    if (number > 0) return { number: number as 1 | 2 | 3 | 4, length: 1, lang: null };
  }
  if (QUARTER_WORDS.has(token)) {
    const skip = tokens[i + 1] === "ke" ? 1 : 0;
    const number = QUARTER_NUMBERS.get(tokens[i + 1 + skip] ?? "");
    if (number) return { number, length: 2 + skip, lang: token === "quarter" ? "en" : "id" };
  }
  const ordinal = QUARTER_NUMBERS.get(token);
  if (ordinal && tokens[i + 1] === "quarter" && !/^\d/.test(token)) {
    return { number: ordinal, length: 2, lang: "en" };
  }
  return null;
}

function toWhen(parts: Parts, today: string, tokens: string[], used: Set<number>): When | null {
  const words =
    used.size === 0
      ? ""
      : [...used]
          .sort((a, b) => a - b)
          .map((i) => tokens[i])
          .join(" ");
  const thisYear = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7));
  const years = [...new Set(parts.years)].sort((a, b) => a - b);
  const first = years[0];
  const lastYear = years[years.length - 1];
  if (years.length > 1 && first !== undefined && lastYear !== undefined) {
    return {
      from: `${first}-01-01`,
      to: `${lastYear}-12-31`,
      precision: "year",
      series: true,
      words,
    };
  }
  if (parts.recentYears !== undefined) {
    const from = `${thisYear - parts.recentYears}${today.slice(4)}`;
    return { from, to: today, precision: "part", series: true, words };
  }
  if (parts.sinceMonth && parts.month !== undefined && parts.months.length === 1) {
    const y = first ?? (parts.month <= thisMonth ? thisYear : thisYear - 1);
    const day = parts.day !== undefined && parts.day <= lastDay(y, parts.month) ? parts.day : 1;
    const from = `${y}-${pad(parts.month)}-${pad(day)}`;
    return { from, to: today, precision: "part", series: true, words };
  }
  if (parts.since && first !== undefined) {
    return { from: `${first}-01-01`, to: today, precision: "year", series: true, words };
  }
  if (parts.series && years.length === 0 && parts.month === undefined) {
    return { from: "0000-01-01", to: "9999-12-31", precision: "year", series: true, words };
  }
  if (parts.relative?.unit === "year") {
    const y = thisYear - parts.relative.back;
    return { from: `${y}-01-01`, to: `${y}-12-31`, precision: "year", series: false, words };
  }
  if (parts.relative?.unit === "month") {
    const back = parts.relative.back;
    const [y, m] = thisMonth - back < 1 ? [thisYear - 1, 12] : [thisYear, thisMonth - back];
    return month(y, m, words);
  }
  const named = [...new Set(parts.months)].sort((a, b) => a - b);
  const earliest = named[0];
  const latest = named[named.length - 1];
  if (named.length > 1 && earliest !== undefined && latest !== undefined) {
    // "Juni 2024 dibanding Oktober 2024": the values from the one to the other.
    const y = first ?? thisYear;
    return {
      from: `${y}-${pad(earliest)}-01`,
      to: `${y}-${pad(latest)}-${pad(lastDay(y, latest))}`,
      precision: "part",
      series: true,
      words,
    };
  }
  if (parts.month !== undefined) {
    // A month without its year is the latest such month up to today.
    const y = first ?? (parts.month <= thisMonth ? thisYear : thisYear - 1);
    if (parts.day !== undefined && parts.day <= lastDay(y, parts.month)) {
      const date = `${y}-${pad(parts.month)}-${pad(parts.day)}`;
      return { from: date, to: date, precision: "day", series: parts.series, words };
    }
    return { ...month(y, parts.month, words), series: parts.series };
  }
  if (parts.part !== undefined && !parts.series) {
    const { from, to } = parts.part;
    // A quarter without its year ("kuartal 2") is this year's.
    if (first === undefined) {
      return {
        from: `${thisYear}-${from}`,
        to: `${thisYear}-${to}`,
        precision: "part",
        series: false,
        words,
      };
    }
    return {
      from: `${first}-${from}`,
      to: `${first}-${to}`,
      precision: "part",
      series: false,
      words,
    };
  }
  if (parts.semester !== undefined) {
    const y = first ?? thisYear;
    const [from, to] = parts.semester === 1 ? ["01-01", "06-30"] : ["07-01", "12-31"];
    return { from: `${y}-${from}`, to: `${y}-${to}`, precision: "semester", series: false, words };
  }
  if (first !== undefined) {
    return {
      from: `${first}-01-01`,
      to: `${first}-12-31`,
      precision: "year",
      series: parts.series,
      words,
    };
  }
  return null;
}

function month(year: number, m: number, words: string): When {
  return {
    from: `${year}-${pad(m)}-01`,
    to: `${year}-${pad(m)}-${pad(lastDay(year, m))}`,
    precision: "month",
    series: false,
    words,
  };
}
