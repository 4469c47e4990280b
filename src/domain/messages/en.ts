import type { Direction, LevelFilter } from "../question.ts";
import type { Messages } from "./messages.ts";

const word = (d: Direction) => (d === "highest" ? "highest" : "lowest");
const levelWord = (level: LevelFilter) =>
  level === "regency" ? "Regency" : level === "city" ? "City" : "Regency or city";
const levelPlural = (level: LevelFilter) =>
  level === "regency" ? "regencies" : level === "city" ? "cities" : "regencies and cities";

export const en: Messages = {
  indicatorIn: (indicator, region) => `${indicator} in ${region}`,
  seatOf: (region) => `the seat of ${region}`,
  sourceRank: (d, province) => `the ${word(d)} in ${province}, as named by the source`,
  corrected: "corrected",
  changed: (delta, points, previous, date) =>
    delta === 0
      ? `unchanged since the ${date} release`
      : `${delta > 0 ? "up" : "down"} ${points} points from ${previous} in the ${date} release`,
  noPrevious: "no earlier release to compare with yet",
  missing: (indicator, region, date) => {
    const what = indicator
      ? `There is no ${indicator} figure for ${region}`
      : `There is no data for ${region}`;
    return date ? `${what} in the ${date} release.` : `${what} yet.`;
  },
  known: "What is known:",
  extreme: (d, level, indicator, province) =>
    `${levelWord(level)} with the ${word(d)} ${indicator} in ${province}:`,
  extremeShort: (d) => (d === "highest" ? "Highest" : "Lowest"),
  namedShort: "as named by the source",
  namedBySource: (d, covered, total) =>
    `This release covers ${covered} of ${total} regencies and cities; the source itself named this one the ${word(d)}.`,
  extremeUnknown: (d, level, indicator, province, covered, total) =>
    `The ${levelWord(level).toLowerCase()} with the ${word(d)} ${indicator} in ${province} cannot be determined: this release covers only ${covered} of ${total} ${levelPlural(level)}.`,
  ranking: (indicator, level, province) =>
    `${indicator} ranking of ${levelPlural(level)} in ${province}:`,
  coverage: (covered, total, level) =>
    `Covers ${covered} of ${total} ${levelPlural(level)}; the others have no data yet.`,
  target: (year, target) => `against the ${year} national target of ${target}`,
  targetMet: (gap) => `achieved, ${gap} percentage points above the target`,
  targetMissed: (gap) => `not yet achieved, ${gap} percentage points short`,
  noTarget: (indicator) => `There is no national target for ${indicator} in the data.`,
  difference: (points, leader) => `a gap of ${points} points, ${leader} higher`,
  equal: "equal",
  noValue: "no data",
  indicatorsTitle: "Available indicators:",
  regionsTitle: (province, count) => `${count} regencies and cities in ${province}:`,
  hasData: "has data",
  sourcesTitle: "Published data releases:",
  noReleases: "No data release has been published yet.",
  presented: (date) => `released ${date}`,
  updated: (date) => `The newest release has data as of ${date}.`,
  releaseLine: (source, asOf, presented) =>
    `${source}; data as of ${asOf}${presented ? `, released ${presented}` : ""}`,
  help: (examples) =>
    `I answer questions about population-administration data by region: KTP-el (e-KTP) recording, first-time voters' KTP-el recording, KIA child ID ownership and IKD digital ID activation, with their national targets.\n\nExample questions:\n${examples.join("\n")}`,
  notUnderstood: "Sorry, I did not understand that question.",
  clarifyRegion: (term) => `“${term}” could mean several places. Which one?`,
  clarifyIndicator: "Which indicator?",
  source: (source, asOf) => `Source: ${source}, data as of ${asOf}`,
  newRelease: (title, asOf) => `<b>New data release</b>: ${title}, data as of ${asOf}.`,
  nationalTarget: (year, target) => `National target for ${year}: ${target}`,
  correctionTitle: "<b>Data correction</b>",
  correctionReason: (reason) => `Reason: ${reason}`,
};
