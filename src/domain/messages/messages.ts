// The sentences of every reply, one implementation per language. Arguments
// arrive already formatted and HTML-escaped by render.ts; these functions only
// arrange them, so no message can leak unescaped text.

import type { Direction, LevelFilter, Qualifier } from "../question.ts";

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
  top(
    n: number,
    direction: Direction,
    level: LevelFilter,
    indicator: string,
    province: string,
  ): string;
  topUnknown(
    n: number,
    direction: Direction,
    level: LevelFilter,
    indicator: string,
    province: string,
    covered: number,
    total: number,
  ): string;
  coverage(covered: number, total: number, level: LevelFilter): string;
  /** `scope`: null for the national target, else the name of the region whose own target it is. */
  target(scope: string | null, year: number, target: string): string;
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
  /** The choices of a question asked back answer the newest data, not the period asked. */
  choicesNewest(period: string): string;
  source(source: string, asOf: string): string;
  /** The head of a new release's news: its title and data date. */
  newRelease(title: string, asOf: string): string;
  /** After a value in the news: "National target for 2024: 30.00%" (or a region's own). */
  nationalTarget(scope: string | null, year: number, target: string): string;
  /** People counted beside a value: "12.345 orang". */
  people(count: string): string;
  /** The data date of one number when a reply draws on several releases. */
  asOf(date: string): string;
  /** Why a value can exceed 100%. */
  over100: string;
  /** An extreme named by an older release than the value beside it. */
  staleExtreme: string;
  /** The same, as a sentence after a full extreme answer, with the extreme's release date. */
  staleExtremeLong(date: string): string;
  /** The release a target was stated in, when it is not the value's. */
  targetFrom(date: string): string;
  rank(
    direction: Direction,
    k: number,
    level: LevelFilter,
    indicator: string,
    province: string,
  ): string;
  rankUnknown(
    direction: Direction,
    k: number,
    level: LevelFilter,
    indicator: string,
    province: string,
    covered: number,
    total: number,
  ): string;
  /** "Kota Balikpapan is 1st of 10 ..."; `named`: the source itself named it first or last. */
  position(
    region: string,
    indicator: string,
    position: number,
    total: number,
    province: string,
    named: boolean,
  ): string;
  positionUnknown(
    region: string,
    indicator: string,
    province: string,
    covered: number,
    total: number,
  ): string;
  versusTargetHead(indicator: string, level: LevelFilter, province: string, target: string): string;
  belowTarget(count: number): string;
  aboveTarget(count: number): string;
  noneOfKnown: string;
  unknownCount(count: number, level: LevelFilter): string;
  /** The source-named extreme decides every region: `by` is its line. */
  decided(all: "below" | "above", by: string, total: number, level: LevelFilter): string;
  spread(
    indicator: string,
    province: string,
    points: string,
    highest: string,
    lowest: string,
  ): string;
  seriesHead(indicator: string, region: string): string;
  seriesSingle: string;
  define(short: string, name: string, description: string): string;
  howto(short: string, service: string | null): string;
  /** One sentence, said first: what is not available, and the date of the data shown instead. */
  unmet(labels: string[], date: string | null): string;
  /** `series`: every value over the period was asked ("sejak 2021"). */
  unmetTime(indicator: string | null, period: string, series: boolean): string;
  /** What a qualifier asked, named back; `words` are as typed (escaped). */
  unmetQualifier(q: Qualifier, words: string, indicator: string | null): string;
  unrecognised(words: string[]): string;
  /** "Mei 2024", "semester I 2024", "2023": a period as named. */
  semester(half: 1 | 2, year: string): string;
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
