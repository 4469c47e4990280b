// The sentences of every reply, one implementation per language. Arguments
// arrive already formatted and HTML-escaped by render.ts; these functions only
// arrange them, so no message can leak unescaped text.

import type { Direction, LevelFilter } from "../question.ts";

export interface Messages {
  /** "IKD Kabupaten Berau" / "IKD in Kabupaten Berau". */
  indicatorIn(indicator: string, region: string): string;
  /** After a seat the question named: "ibu kota Kabupaten Berau" / "the seat of Kabupaten Berau". */
  seatOf(region: string): string;
  sourceRank(direction: Direction, province: string): string;
  corrected: string;
  changed(delta: number, points: string, previous: string, date: string): string;
  noPrevious: string;
  missing(indicator: string | null, region: string, date: string | null): string;
  known: string;
  extreme(direction: Direction, level: LevelFilter, indicator: string, province: string): string;
  extremeShort(direction: Direction): string;
  namedShort: string;
  namedBySource(direction: Direction, covered: number, total: number): string;
  extremeUnknown(
    direction: Direction,
    level: LevelFilter,
    indicator: string,
    province: string,
    covered: number,
    total: number,
  ): string;
  ranking(indicator: string, level: LevelFilter, province: string): string;
  coverage(covered: number, total: number, level: LevelFilter): string;
  target(year: number, target: string): string;
  targetMet(gap: string): string;
  targetMissed(gap: string): string;
  noTarget(indicator: string): string;
  difference(points: string, leader: string): string;
  equal: string;
  noValue: string;
  indicatorsTitle: string;
  regionsTitle(province: string, count: number): string;
  hasData: string;
  sourcesTitle: string;
  noReleases: string;
  presented(date: string): string;
  updated(date: string): string;
  releaseLine(source: string, asOf: string, presented: string | null): string;
  help(examples: string[]): string;
  notUnderstood: string;
  clarifyRegion(term: string): string;
  clarifyIndicator: string;
  source(source: string, asOf: string): string;
  /** The head of a new release's news: its title and data date. */
  newRelease(title: string, asOf: string): string;
  /** After a value in the news: "National target for 2024: 30.00%". */
  nationalTarget(year: number, target: string): string;
  correctionTitle: string;
  correctionReason(reason: string): string;
}

export const EXAMPLES: Record<"id" | "en", string[]> = {
  id: [
    "berapa cakupan IKD di Berau?",
    "kabupaten mana KIA terendah?",
    "IKD Kaltim vs target",
    "peringkat KTP-el",
    "bandingkan KIA Balikpapan dan Samarinda",
    "data Kutai Barat",
  ],
  en: [
    "What is the IKD coverage in Berau?",
    "Which regency has the lowest KIA?",
    "IKD Kaltim vs target",
    "e-KTP ranking",
    "compare KIA in Balikpapan and Samarinda",
    "Kutai Barat",
  ],
};
