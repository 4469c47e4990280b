import type { Direction, LevelFilter } from "../question.ts";
import type { Messages } from "./messages.ts";

const word = (d: Direction) => (d === "highest" ? "highest" : "lowest");
const levelWord = (level: LevelFilter) =>
  level === "regency" ? "Regency" : level === "city" ? "City" : "Regency or city";
const levelPlural = (level: LevelFilter) =>
  level === "regency" ? "regencies" : level === "city" ? "cities" : "regencies and cities";

const ordinal = (k: number) => {
  const tens = k % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][k % 10] ?? "th");
  return `${k}${suffix}`;
};

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
  top: (n, d, level, indicator, province) =>
    `The ${n} ${levelPlural(level)} with the ${word(d)} ${indicator} in ${province}:`,
  topUnknown: (n, d, level, indicator, province, covered, total) =>
    `The ${n} ${levelPlural(level)} with the ${word(d)} ${indicator} in ${province} cannot be determined: this release covers only ${covered} of ${total} ${levelPlural(level)}. Those known, ${word(d)} first:`,
  ranking: (indicator, level, province) =>
    `${indicator} ranking of ${levelPlural(level)} in ${province}:`,
  coverage: (covered, total, level) =>
    `Covers ${covered} of ${total} ${levelPlural(level)}; the others have no data yet.`,
  target: (scope, year, target) =>
    `against the ${year} ${scope ? `target of ${scope} (its own)` : "national target"} of ${target}`,
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
  choicesNewest: (period) =>
    `The choices below answer with the newest data, not ${period}; for ${period}, ask again with the full name.`,
  source: (source, asOf) => `Source: ${source}, data as of ${asOf}`,
  newRelease: (title, asOf) => `<b>New data release</b>: ${title}, data as of ${asOf}.`,
  nationalTarget: (scope, year, target) =>
    `${scope ? `${scope}'s own target` : "National target"} for ${year}: ${target}`,
  people: (count) => `${count} people`,
  asOf: (date) => `as of ${date}`,
  over100:
    "above 100%: as stated by the source; usually because residents from elsewhere are served here or the reference population is older",
  staleExtreme: "a newer release did not name it again, so it may no longer hold",
  staleExtremeLong: (date) =>
    `This is from the ${date} release; a newer release has this indicator without naming this region again, so it may no longer hold.`,
  targetFrom: (date) => `target as stated in the ${date} release`,
  rank: (d, k, level, indicator, province) =>
    `${levelWord(level)} with the ${ordinal(k)} ${word(d)} ${indicator} in ${province}:`,
  rankUnknown: (d, k, level, indicator, province, covered, total) =>
    `The ${levelWord(level).toLowerCase()} with the ${ordinal(k)} ${word(d)} ${indicator} in ${province} cannot be determined: this release covers only ${covered} of ${total} ${levelPlural(level)}.`,
  position: (region, indicator, position, total, province, named) =>
    `${region} ranks ${ordinal(position)} of ${total} regencies and cities in ${province} for ${indicator}${named ? " (as named by the source)" : ""}.`,
  positionUnknown: (region, indicator, province, covered, total) =>
    `The ${indicator} rank of ${region} among the regencies and cities of ${province} cannot be determined: this release covers only ${covered} of ${total}.`,
  versusTargetHead: (indicator, level, province, target) =>
    `${indicator} of ${levelPlural(level)} in ${province} against the target (${target}):`,
  belowTarget: (count) => `Below the target (${count} known):`,
  aboveTarget: (count) => `At or above the target (${count} known):`,
  noneOfKnown: "none of those known",
  unknownCount: (count, level) => `${count} other ${levelPlural(level)} have no data yet.`,
  decided: (all, by, total, level) =>
    all === "below"
      ? `Even the highest, ${by}, is below the target, so all ${total} ${levelPlural(level)} are below it.`
      : `Even the lowest, ${by}, has reached the target, so all ${total} ${levelPlural(level)} have.`,
  spread: (indicator, province, points, highest, lowest) =>
    `Gap between the highest and lowest ${indicator} in ${province}: <b>${points} percentage points</b> (highest ${highest}; lowest ${lowest}).`,
  seriesHead: (indicator, region) => `${indicator} in ${region}, release by release:`,
  seriesSingle: "Only one release has this figure in that period so far.",
  define: (short, name, description) => `<b>${short}</b> — ${name}.\n${description}`,
  howto: (short, service) =>
    service
      ? `I only give statistics, not service guides. The official service for ${short}: ${service} Ask that service for the requirements and steps.`
      : `I only give statistics, not service guides; the official service for ${short} is not recorded in my data.`,
  unmet: (labels, date) =>
    `There is no data on ${labels.join(", ")}; the nearest data${date ? `, as of ${date}` : ""}:`,
  unmetTime: (indicator, period, series) =>
    series
      ? `${indicator ? `${indicator} ` : ""}release by release (${period})`
      : `${indicator ? `${indicator} ` : ""}for ${period}`,
  unmetQualifier: (q, words, indicator) => {
    const of = indicator ? ` ${indicator}` : "";
    switch (q.what) {
      case "print":
        return `printing of${of} cards (what exists: recording/ownership)`;
      case "family-card":
        return "family cards (Kartu Keluarga)";
      case "nation":
        return `${indicator ? `${indicator} ` : ""}at the national level (“${words}”; what exists: by province)`;
      case "national-target":
        return `the national target${of} (what exists: a regional target)`;
      case "population":
        return "population size";
      case "average":
        return "an average (I do not compute averages myself)";
      case "people":
        return `the number of people${of ? ` for${of}` : ""} (what exists: percentages)`;
      case "not-yet":
        return `“${words}”${of} (what exists: those who have)`;
      default:
        return `“${words}”${of}`;
    }
  },
  unrecognised: (words) => `Words I did not recognise: ${words.map((w) => `“${w}”`).join(", ")}.`,
  semester: (half, year) => `${half === 1 ? "first" : "second"} half of ${year}`,
  correctionTitle: "<b>Data correction</b>",
  correctionReason: (reason) => `Reason: ${reason}`,
};
