// The data date of a press release, with how much of it the text states:
// "hingga 15 Juni 2021" (a day), "posisi Maret 2018" (a month), "semester I
// 2024", "akhir tahun 2024" (a year), "hingga triwulan III 2025" (its last month). Only a date after a cue word counts,
// and only near a figure: "per 30 Juni 2017 jumlah penduduk…" dates a
// population count, "hingga 27 November" a deadline, not the percentages.

import type { DatePrecision } from "../types.ts";
import { findDates, isoDate } from "./dates.ts";

export interface DataDate {
  iso: string;
  precision: DatePrecision;
}

const CUE =
  /(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|per|posisi|update|pemutakhiran|akhir|konsolidasi|as of|until|through|by the end of|end of|end-|akhir-)\s*(?:bulan\s+|tanggal\s+|tahun\s+)?$/i;
const MONTH_NAMES: Record<string, number> = {
  januari: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  maret: 3,
  march: 3,
  april: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  agustus: 8,
  august: 8,
  september: 9,
  oktober: 10,
  october: 10,
  november: 11,
  nopember: 11,
  desember: 12,
  december: 12,
};
const MONTH = new RegExp(
  `(?<!\\d\\s)\\b(${Object.keys(MONTH_NAMES).join("|")})\\s+(\\d{4})\\b`,
  "gi",
);
const SEMESTER =
  /\bsemester\s+(I{1,2}|1|2|satu|dua|pertama|kedua)\b\s*(?:(?:di\s+)?tahun\s+)?(\d{4})\b/gi;
/** "triwulan III 2025", "kuartal 2 2024": read as the quarter's last month (the catalogue has no quarter precision). */
const QUARTER =
  /\b(?:triwulan|kuartal)\s+(IV|I{1,3}|[1-4]|pertama|kedua|ketiga|keempat)\b\s*(?:(?:di\s+)?tahun\s+)?(\d{4})\b/gi;
const QUARTER_NUMBER: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  pertama: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
};
const YEAR = /\btahun\s+(\d{4})\b/gi;
const RANK: Record<DatePrecision, number> = { day: 0, month: 1, semester: 2, year: 3 };

/** Dates after a cue in one sentence, most precise first. */
export function dataDatesIn(sentence: string): DataDate[] {
  const found: (DataDate & { index: number })[] = [];
  const cued = (index: number) => CUE.test(sentence.slice(Math.max(0, index - 30), index));
  for (const date of findDates(sentence)) {
    if (!date.numeric && cued(date.index))
      found.push({ iso: date.iso, precision: "day", index: date.index });
  }
  for (const m of sentence.matchAll(MONTH)) {
    const month = MONTH_NAMES[(m[1] as string).toLowerCase()] as number;
    const iso = lastDay(Number(m[2]), month);
    if (iso && cued(m.index ?? 0)) found.push({ iso, precision: "month", index: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(SEMESTER)) {
    const first = /^(i|1|satu|pertama)$/i.test(m[1] as string);
    const iso = lastDay(Number(m[2]), first ? 6 : 12);
    const cue = cued(m.index ?? 0) || /\b(data|dkb)\b[^.]{0,40}$/i.test(sentence.slice(0, m.index));
    if (iso && cue) found.push({ iso, precision: "semester", index: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(QUARTER)) {
    const word = (m[1] as string).toLowerCase();
    const quarter = QUARTER_NUMBER[word] ?? Number(word);
    const iso = lastDay(Number(m[2]), quarter * 3);
    if (iso && cued(m.index ?? 0)) found.push({ iso, precision: "month", index: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(YEAR)) {
    const iso = lastDay(Number(m[1]), 12);
    if (iso && /\bakhir\s*$/i.test(sentence.slice(0, m.index))) {
      found.push({ iso, precision: "year", index: m.index ?? 0 });
    }
  }
  return found
    .sort((a, b) => RANK[a.precision] - RANK[b.precision] || a.index - b.index)
    .map(({ iso, precision }) => ({ iso, precision }));
}

function lastDay(year: number, month: number): string | null {
  if (year < 1990 || year > 2100) return null;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return isoDate(String(year), String(month), String(day));
}

const DAY_NAMES =
  "senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const DAY_BEFORE = new RegExp(`\\b(?:${DAY_NAMES})\\s*,?\\s*\\(?$`, "i");

/**
 * When the figures were presented: the event date news writes as "Rabu
 * (19/6/2024)", or a date right after a day name ("Senin, 12 Februari 2024").
 */
export function presentedOnIn(text: string, asOf: string | null): string | null {
  const dates = findDates(text);
  const dated = dates.find(
    (d) =>
      d.iso !== asOf &&
      (d.numeric || DAY_BEFORE.test(text.slice(Math.max(0, d.index - 12), d.index))),
  );
  return dated?.iso ?? null;
}
