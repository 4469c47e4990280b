// The sentences of every reply, one implementation per language. Arguments
// arrive already formatted and HTML-escaped by render.ts; these functions only
// arrange them, so no message can leak unescaped text.

import type { Html } from "../html.ts";
import type { Direction, LevelFilter, Qualifier } from "../question.ts";

export interface Messages {
  /** "IKD Kabupaten Berau" / "IKD in Kabupaten Berau". */
  indicatorIn(indicator: Html, region: Html): Html;
  /** After a seat the question named: "ibu kota Kabupaten Berau" / "the seat of Kabupaten Berau". */
  seatOf(region: Html): Html;
  sourceRank(direction: Direction, province: Html): Html;
  corrected: Html;
  changed(delta: number, points: Html, previous: Html, date: Html): Html;
  noPrevious: Html;
  missing(indicator: Html | null, region: Html, date: Html | null): Html;
  /** No value for any regency or city (of `level`) of `province`. */
  missingAmong(indicator: Html, level: LevelFilter, province: Html, date: Html | null): Html;
  known: Html;
  extreme(direction: Direction, level: LevelFilter, indicator: Html, province: Html): Html;
  extremeShort(direction: Direction): Html;
  /** The same in the middle of a note: "tertinggi" / "highest". */
  extremeWord(direction: Direction): Html;
  namedShort: Html;
  namedBySource(direction: Direction, covered: number, total: number): Html;
  extremeUnknown(
    direction: Direction,
    level: LevelFilter,
    indicator: Html,
    province: Html,
    covered: number,
    total: number,
  ): Html;
  ranking(indicator: Html, level: LevelFilter, province: Html): Html;
  top(n: number, direction: Direction, level: LevelFilter, indicator: Html, province: Html): Html;
  topUnknown(
    n: number,
    direction: Direction,
    level: LevelFilter,
    indicator: Html,
    province: Html,
    covered: number,
    total: number,
  ): Html;
  coverage(covered: number, total: number, level: LevelFilter): Html;
  /** `scope`: null for the national target, else the name of the region whose own target it is. */
  target(scope: Html | null, year: number, target: Html): Html;
  targetMet(gap: Html): Html;
  targetMissed(gap: Html): Html;
  noTarget(indicator: Html): Html;
  difference(points: Html, leader: Html): Html;
  equal: Html;
  noValue: Html;
  indicatorsTitle: Html;
  regionsTitle(province: Html, count: number): Html;
  hasData: Html;
  sourcesTitle: Html;
  noReleases: Html;
  presented(date: Html): Html;
  updated(date: Html): Html;
  releaseLine(source: Html, asOf: Html, presented: Html | null): Html;
  help(examples: Html[]): Html;
  notUnderstood: Html;
  clarifyRegion(term: Html): Html;
  clarifyIndicator: Html;
  /** The choices of a question asked back answer the newest data, not the period asked. */
  choicesNewest(period: Html): Html;
  source(source: Html, asOf: Html): Html;
  /** The head of a new release's news: its title and data date. */
  newRelease(title: Html, asOf: Html): Html;
  /** After a value in the news: "National target for 2024: 30.00%" (or a region's own). */
  nationalTarget(scope: Html | null, year: number, target: Html): Html;
  /** People counted beside a value: "12.345 orang". */
  people(count: Html): Html;
  /** The data date of one number when a reply draws on several releases. */
  asOf(date: Html): Html;
  /** Why a value can exceed 100%. */
  over100: Html;
  /** An extreme named by an older release than the value beside it. */
  staleExtreme: Html;
  /** The same, as a sentence after a full extreme answer, with the extreme's release date. */
  staleExtremeLong(date: Html): Html;
  /** The release a target was stated in, when it is not the value's. */
  targetFrom(date: Html): Html;
  rank(direction: Direction, k: number, level: LevelFilter, indicator: Html, province: Html): Html;
  rankUnknown(
    direction: Direction,
    k: number,
    level: LevelFilter,
    indicator: Html,
    province: Html,
    covered: number,
    total: number,
  ): Html;
  /** "Kota Balikpapan is 1st of 10 ..."; `named`: the source itself named it first or last. */
  position(
    region: Html,
    indicator: Html,
    position: number,
    total: number,
    province: Html,
    named: boolean,
  ): Html;
  positionUnknown(
    region: Html,
    indicator: Html,
    province: Html,
    covered: number,
    total: number,
  ): Html;
  versusTargetHead(indicator: Html, level: LevelFilter, province: Html, target: Html): Html;
  belowTarget(count: number): Html;
  aboveTarget(count: number): Html;
  noneOfKnown: Html;
  unknownCount(count: number, level: LevelFilter): Html;
  /** The source-named extreme decides every region: `by` is its line. */
  decided(all: "below" | "above", by: Html, total: number, level: LevelFilter): Html;
  spread(indicator: Html, province: Html, points: Html, highest: Html, lowest: Html): Html;
  seriesHead(indicator: Html, region: Html): Html;
  seriesSingle: Html;
  define(short: Html, name: Html, description: Html): Html;
  howto(short: Html, service: Html | null): Html;
  /** One sentence, said first: what is not available, and the date of the data shown instead. */
  unmet(labels: Html[], date: Html | null): Html;
  /** `series`: every value over the period was asked ("sejak 2021"). */
  unmetTime(indicator: Html | null, period: Html, series: boolean): Html;
  /** What a qualifier asked, named back; `words` are as typed (escaped). */
  unmetQualifier(q: Qualifier, words: Html, indicator: Html | null): Html;
  unrecognised(words: Html[]): Html;
  /** "Mei 2024", "semester I 2024", "2023": a period as named. */
  semester(half: 1 | 2, year: Html): Html;
  correctionTitle: Html;
  correctionReason(reason: Html): Html;
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
