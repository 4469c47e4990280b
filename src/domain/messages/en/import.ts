// Why an import or a figure was refused or skipped, in English: what the CLI
// prints (import, eval-import). Indonesian, for the admins: id/import.ts.

import type { ImportTexts } from "../../import/import-reason.ts";
import { wordReason } from "../../import/import-reason.ts";

const APPROXIMATE = "an approximate figure (about/more than/above/almost), not an exact value";
const CSV_SYNTAX = {
  quoteNotClosed: "a quote is opened but never closed",
  textAfterClosingQuote: "text after a closing quote: quote the whole field",
  quoteInsideField:
    'a quote inside a field: quote the whole field and double the quotes inside it ("")',
  other: "the file cannot be read as CSV",
};

export const enImport: ImportTexts = {
  notText: () => "this file is not text: save it as CSV or .txt (UTF-8) and try again",
  textTooLong: (r) =>
    `text too long: ${r.chars} characters, at most ${r.max} (a press release is a few thousand)`,
  fileTooLarge: (r) => `file too large: ${r.bytes} bytes, at most ${r.max}`,
  noValues: () => "the file holds no values",
  noPercentages: () => "no percentage could be read",
  tooManyRows: (r) => `too many lines: at most ${r.max}`,
  stoppedReading: (r) => `stopped reading at line ${r.line}: already ${r.max} bad lines`,
  csvSyntax: (r) => `${r.line === null ? "" : `line ${r.line}: `}${CSV_SYNTAX[r.syntax]}`,
  columnCount: (r) =>
    `3 fields needed (region${r.separator}indicator${r.separator}value), found ${r.count}`,
  duplicateRow: (r) =>
    `a second value for ${r.indicator} ${r.region} (also on line ${r.earlierLine})`,
  unknownRegion: (r) => `unknown region "${r.name}"`,
  ambiguousRegion: (r) => `ambiguous region "${r.name}": ${r.candidates.join(", ")}`,
  regionTypo: (r) => `unknown region "${r.name}"; did you mean ${r.suggestion}?`,
  unknownIndicator: (r) => `unknown indicator "${r.name}" (one of: ${r.known.join(", ")})`,
  notANumber: (r) => `value "${r.text}" is not a number`,
  outOfRange: (r) => `value ${r.value} is outside 0–100`,
  several: (r) => r.reasons.map((reason) => wordReason(enImport, reason)).join("; "),
  notAPercentage: (r) => `${r.value} is not a percentage`,
  inHeading: () => "a figure in the headline (headlines round; the body's figure is used)",
  approximate: () => APPROXIMATE,
  threshold: () => 'a threshold ("not yet reaching", "below"), not a value',
  difference: () => "a difference or change, not an achievement",
  complement: () => "the share still missing (complement), not an achievement",
  earlierPeriod: () => "a figure of an earlier period",
  shareOfTarget: () => "a percentage of the target (share of the target), not coverage",
  shareOfPopulation: () => "a share of the population (obliged to hold a KTP), not coverage",
  subDistrict: () => "a district/village figure, not a region in the catalogue",
  subGroup: () => "a figure for part of the population (a subgroup), not the whole region",
  combinedRegions: () => "a figure for several regions together, not one region",
  average: () => "an average, not one region's achievement",
  respectiveMismatch: () =>
    "a list of values (respectively): the numbers of names and of figures differ",
  indicatorNotNamed: (r) => {
    if (r.doubt === null) return "no indicator named";
    const doubt =
      r.doubt.kind === "recording"
        ? `the sentence before is about "${r.doubt.carried}", this one about recording`
        : `the sentence before moved from "${r.doubt.from}" to "${r.doubt.to}"`;
    return `no indicator named (${doubt})`;
  },
  dp4: () => "a DP4 base (potential voters), not an indicator in the catalogue",
  indicatorNotInCatalog: (r) => `indicator "${r.indicator}" is not in the catalogue`,
  approximateTarget: () => "an approximate target (about/above), not an exact value",
  targetYearUnknown: () => "the target's year is unknown",
  targetRegionUnnamed: () => "a regional target without the region named",
  targetScopeUnclear: () => "neither a national nor a regional target is said",
  ambiguousPlace: (r) => `ambiguous region "${r.name}" (regency, city or province?)`,
  levelUnnamed: (r) => `a region (${r.level}) without its name`,
  regionNotNamed: () => "no region named",
  rounded: () => "a rounding of a more precise figure",
  secondValue: () => "a second value for the same indicator and region",
  conflict: () =>
    "two different values for the same indicator and region (one may belong to another region)",
  pageNotSent: () => "the page was not sent",
  pageNotFetched: (r) => `the page could not be fetched: ${r.detail}`,
  pageGone: (r) => `could not be fetched: ${r.detail}`,
  pageUnchanged: () => "not modified",
  sameValuesAs: (r) => `the same values as candidate #${r.candidate} (${r.url})`,
  noValue: () => "no value",
  noAnswer: (r) => `no answer within ${r.seconds} seconds`,
  unreachable: (r) => `unreachable (${r.detail})`,
  httpStatus: (r) => `HTTP ${r.status}`,
  cutOff: (r) => (r.detail === null ? "cut off: timed out while reading" : `cut off (${r.detail})`),
  tooBig: (r) => `more than ${r.kilobytes} kB`,
  invalidFeed: () => "not valid RSS or Atom",
  notAFeed: () => "not RSS or Atom (no <rss>, <rdf> or <feed>)",
};
