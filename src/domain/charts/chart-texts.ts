// The words of charts and their captions, per language. Plain text: the SVG
// writer and the caption escape what they use.

import { type Html, html } from "../html.ts";
import type { LevelFilter } from "../question.ts";
import type { Lang } from "../types.ts";

export interface ChartTexts {
  ranking(indicator: string, level: LevelFilter, province: string): string;
  compare(indicator: string, a: string, b: string): string;
  profile(region: string): string;
  history(indicator: string, region: string): string;
  /** "2 dari 10 kabupaten/kota memiliki data; urutan lengkap tidak diketahui." */
  partial(covered: number, total: number, level: LevelFilter): string;
  noData(names: string[]): string;
  target(scope: string | null, year: number, value: string): string;
  /** "Sumber: X, data per 13 Juni 2024." */
  source(source: string, date: string): string;
  reached: string;
  notReached: string;
  corrected: string;
  /** The chart button. */
  button: string;
  /** Said when the chart cannot be drawn from the data (any more); sent as a message (HTML). */
  unavailable: Html;
}

const LEVEL_ID: Record<string, string> = {
  regency: "kabupaten",
  city: "kota",
  province: "provinsi",
  all: "kabupaten/kota",
};
const LEVEL_EN: Record<string, string> = {
  regency: "regencies",
  city: "cities",
  province: "provinces",
  all: "regencies and cities",
};

const id: ChartTexts = {
  ranking: (indicator, level, province) =>
    `${indicator}: peringkat ${LEVEL_ID[level ?? "all"]} di ${province}`,
  compare: (indicator, a, b) => `${indicator}: ${a} dan ${b}`,
  profile: (region) => `${region}: indikator adminduk dan targetnya`,
  history: (indicator, region) => `${indicator} ${region} dari rilis ke rilis`,
  partial: (covered, total, level) =>
    `Hanya ${covered} dari ${total} ${LEVEL_ID[level ?? "all"]} yang datanya ada; urutan lengkapnya tidak diketahui.`,
  noData: (names) => `Belum ada data: ${names.join(", ")}.`,
  target: (scope, year, value) => `Target ${scope ?? "nasional"} ${year}: ${value}`,
  source: (source, date) => `Sumber: ${source}, data per ${date}.`,
  reached: "tercapai",
  notReached: "belum tercapai",
  corrected: "dikoreksi",
  button: "📊 Grafik",
  unavailable: html`Grafik ini tidak bisa dibuat dari data yang ada sekarang.`,
};

const en: ChartTexts = {
  ranking: (indicator, level, province) =>
    `${indicator}: ${LEVEL_EN[level ?? "all"]} of ${province}, ranked`,
  compare: (indicator, a, b) => `${indicator}: ${a} and ${b}`,
  profile: (region) => `${region}: adminduk indicators and their targets`,
  history: (indicator, region) => `${indicator} in ${region}, release by release`,
  partial: (covered, total, level) =>
    `Only ${covered} of ${total} ${LEVEL_EN[level ?? "all"]} have data; the full order is not known.`,
  noData: (names) => `No data yet: ${names.join(", ")}.`,
  target: (scope, year, value) => `${scope ?? "National"} target ${year}: ${value}`,
  source: (source, date) => `Source: ${source}, data as of ${date}.`,
  reached: "reached",
  notReached: "not reached",
  corrected: "corrected",
  button: "📊 Chart",
  unavailable: html`This chart cannot be drawn from the data there is now.`,
};

export function chartTexts(lang: Lang): ChartTexts {
  return lang === "id" ? id : en;
}
