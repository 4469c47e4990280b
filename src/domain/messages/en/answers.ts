import { html, joinHtml } from "../../html.ts";
import type { Direction, LevelFilter } from "../../question.ts";
import type { Messages } from "../messages.ts";

const word = (d: Direction) => (d === "highest" ? html`highest` : html`lowest`);
/** Each level as it starts a sentence, inside one, and in the plural. */
const LEVEL_WORDS = {
  regency: [html`Regency`, html`regency`, html`regencies`],
  city: [html`City`, html`city`, html`cities`],
  province: [html`Province`, html`province`, html`provinces`],
  all: [html`Regency or city`, html`regency or city`, html`regencies and cities`],
} as const;
const levelWord = (level: LevelFilter) => LEVEL_WORDS[level ?? "all"][0];
/** The level in the middle of a sentence. */
const levelLower = (level: LevelFilter) => LEVEL_WORDS[level ?? "all"][1];
const levelPlural = (level: LevelFilter) => LEVEL_WORDS[level ?? "all"][2];

const ordinal = (k: number) => {
  const tens = k % 100;
  const suffix =
    tens >= 11 && tens <= 13
      ? html`th`
      : ([html`th`, html`st`, html`nd`, html`rd`][k % 10] ?? html`th`);
  return html`${k}${suffix}`;
};

export const en: Messages = {
  indicatorIn: (indicator, region) => html`${indicator} in ${region}`,
  seatOf: (region) => html`the seat of ${region}`,
  sourceRank: (d, province) => html`the ${word(d)} in ${province}, as named by the source`,
  corrected: html`corrected`,
  changed: (delta, points, previous, date) =>
    delta === 0
      ? html`unchanged since the ${date} release`
      : html`${delta > 0 ? html`up` : html`down`} ${points} points from ${previous} in the ${date} release`,
  noPrevious: html`no earlier release to compare with yet`,
  missing: (indicator, region, date) => {
    const what = indicator
      ? html`There is no ${indicator} figure for ${region}`
      : html`There is no data for ${region}`;
    return date ? html`${what} in the ${date} release.` : html`${what} yet.`;
  },
  missingAmong: (indicator, level, province, date) => {
    const what = html`There is no ${indicator} figure for the ${levelPlural(level)} of ${province}`;
    return date ? html`${what} in the ${date} release.` : html`${what} yet.`;
  },
  known: html`What is known:`,
  extreme: (d, level, indicator, province) =>
    html`${levelWord(level)} with the ${word(d)} ${indicator} in ${province}:`,
  extremeWord: word,
  extremeShort: (d) => (d === "highest" ? html`Highest` : html`Lowest`),
  namedShort: html`as named by the source`,
  namedBySource: (d, covered, total) =>
    html`This release covers ${covered} of ${total} regencies and cities; the source itself named this one the ${word(d)}.`,
  extremeUnknown: (d, level, indicator, province, covered, total) =>
    html`The ${levelLower(level)} with the ${word(d)} ${indicator} in ${province} cannot be determined: this release covers only ${covered} of ${total} ${levelPlural(level)}.`,
  top: (n, d, level, indicator, province) =>
    html`The ${n} ${levelPlural(level)} with the ${word(d)} ${indicator} in ${province}:`,
  topUnknown: (n, d, level, indicator, province, covered, total) =>
    html`The ${n} ${levelPlural(level)} with the ${word(d)} ${indicator} in ${province} cannot be determined: this release covers only ${covered} of ${total} ${levelPlural(level)}. Those known, ${word(d)} first:`,
  ranking: (indicator, level, province) =>
    html`${indicator} ranking of ${levelPlural(level)} in ${province}:`,
  coverage: (covered, total, level) =>
    html`Covers ${covered} of ${total} ${levelPlural(level)}; the others have no data yet.`,
  target: (scope, year, target) =>
    html`against the ${year} ${scope ? html`target of ${scope} (its own)` : html`national target`} of ${target}`,
  targetMet: (gap) => html`achieved, ${gap} percentage points above the target`,
  targetMissed: (gap) => html`not yet achieved, ${gap} percentage points short`,
  noTarget: (indicator) => html`There is no national target for ${indicator} in the data.`,
  difference: (points, leader) => html`a gap of ${points} points, ${leader} higher`,
  equal: html`equal`,
  noValue: html`no data`,
  indicatorsTitle: html`Available indicators:`,
  regionsTitle: (province, count) => html`${count} regencies and cities in ${province}:`,
  hasData: html`has data`,
  sourcesTitle: html`Published data releases:`,
  noReleases: html`No data release has been published yet.`,
  presented: (date) => html`released ${date}`,
  updated: (date) => html`The newest release has data as of ${date}.`,
  releaseLine: (source, asOf, presented) =>
    html`${source}; data as of ${asOf}${presented ? html`, released ${presented}` : ""}`,
  help: (examples) =>
    html`I answer questions about population-administration data by region: KTP-el (e-KTP) recording, first-time voters' KTP-el recording, KIA child ID ownership and IKD digital ID activation, with their national targets.\n\nExample questions:\n${joinHtml(examples, "\n")}`,
  notUnderstood: html`Sorry, I did not understand that question.`,
  clarifyRegion: (term) => html`“${term}” could mean several places. Which one?`,
  clarifyIndicator: html`Which indicator?`,
  choicesNewest: (period) =>
    html`The choices below answer with the newest data, not ${period}; for ${period}, ask again with the full name.`,
  source: (source, asOf) => html`Source: ${source}, data as of ${asOf}`,
  newRelease: (title, asOf) => html`<b>New data release</b>: ${title}, data as of ${asOf}.`,
  nationalTarget: (scope, year, target) =>
    html`${scope ? html`${scope}'s own target` : html`National target`} for ${year}: ${target}`,
  people: (count) => html`${count} people`,
  asOf: (date) => html`as of ${date}`,
  over100: html`above 100%: as stated by the source; usually because residents from elsewhere are served here or the reference population is older`,
  staleExtreme: html`a newer release did not name it again, so it may no longer hold`,
  staleExtremeLong: (date) =>
    html`This is from the ${date} release; a newer release has this indicator without naming this region again, so it may no longer hold.`,
  targetFrom: (date) => html`target as stated in the ${date} release`,
  rank: (d, k, level, indicator, province) =>
    html`${levelWord(level)} with the ${ordinal(k)} ${word(d)} ${indicator} in ${province}:`,
  rankUnknown: (d, k, level, indicator, province, covered, total) =>
    html`The ${levelLower(level)} with the ${ordinal(k)} ${word(d)} ${indicator} in ${province} cannot be determined: this release covers only ${covered} of ${total} ${levelPlural(level)}.`,
  position: (region, indicator, position, total, province, named) =>
    html`${region} ranks ${ordinal(position)} of ${total} regencies and cities in ${province} for ${indicator}${named ? html` (as named by the source)` : ""}.`,
  positionUnknown: (region, indicator, province, covered, total) =>
    html`The ${indicator} rank of ${region} among the regencies and cities of ${province} cannot be determined: this release covers only ${covered} of ${total}.`,
  versusTargetHead: (indicator, level, province, target) =>
    html`${indicator} of ${levelPlural(level)} in ${province} against the target (${target}):`,
  belowTarget: (count) => html`Below the target (${count} known):`,
  aboveTarget: (count) => html`At or above the target (${count} known):`,
  noneOfKnown: html`none of those known`,
  unknownCount: (count, level) => html`${count} other ${levelPlural(level)} have no data yet.`,
  decided: (all, by, total, level) =>
    all === "below"
      ? html`Even the highest, ${by}, is below the target, so all ${total} ${levelPlural(level)} are below it.`
      : html`Even the lowest, ${by}, has reached the target, so all ${total} ${levelPlural(level)} have.`,
  spread: (indicator, province, points, highest, lowest) =>
    html`Gap between the highest and lowest ${indicator} in ${province}: <b>${points} percentage points</b> (highest ${highest}; lowest ${lowest}).`,
  seriesHead: (indicator, region) => html`${indicator} in ${region}, release by release:`,
  seriesSingle: html`Only one release has this figure in that period so far.`,
  define: (short, name, description) => html`<b>${short}</b> — ${name}.\n${description}`,
  howto: (short, service) =>
    service
      ? html`I only give statistics, not service guides. The official service for ${short}: ${service} Ask that service for the requirements and steps.`
      : html`I only give statistics, not service guides; the official service for ${short} is not recorded in my data.`,
  unmet: (labels, date) =>
    html`There is no data on ${joinHtml(labels, ", ")}; the nearest data${date ? html`, as of ${date}` : ""}:`,
  unmetTime: (indicator, period, series) =>
    series
      ? html`${indicator ? html`${indicator} ` : ""}release by release (${period})`
      : html`${indicator ? html`${indicator} ` : ""}for ${period}`,
  unmetQualifier: (q, words, indicator) => {
    const of = indicator ? html` ${indicator}` : "";
    switch (q.what) {
      case "print":
        return html`printing of${of} cards (what exists: recording/ownership)`;
      case "family-card":
        return html`family cards (Kartu Keluarga)`;
      case "nation":
        return html`${indicator ? html`${indicator} ` : ""}at the national level (“${words}”; what exists: by province)`;
      case "regional-target":
        return html`a regional target${indicator ? html` for ${indicator}` : ""} (what exists: the national target)`;
      case "national-target":
        return html`the national target${indicator ? html` for ${indicator}` : ""} (what exists: a regional target)`;
      case "population":
        return html`population size`;
      case "average":
        return html`an average (I do not compute averages myself)`;
      case "people":
        return html`the number of people${of ? html` for${of}` : ""} (what exists: percentages)`;
      case "not-yet":
        return html`“${words}”${of} (what exists: those who have)`;
      default:
        return html`“${words}”${of}`;
    }
  },
  unrecognised: (words) =>
    html`Words I did not recognise: ${joinHtml(
      words.map((w) => html`“${w}”`),
      ", ",
    )}.`,
  semester: (half, year) => html`${half === 1 ? html`first` : html`second`} half of ${year}`,
  correctionTitle: html`<b>Data correction</b>`,
  correctionReason: (reason) => html`Reason: ${reason}`,
};
