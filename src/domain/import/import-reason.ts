// Why an import, a CSV line or a figure of a pasted release was refused or
// skipped, as data: detected where the parsers find it, worded once per
// language (messages/id/import.ts for the admins in Telegram,
// messages/en/import.ts for the CLI), so no reader gets the other's language.

/** How a CSV file failed to parse as CSV. */
export type CsvSyntax = "quoteNotClosed" | "textAfterClosingQuote" | "quoteInsideField" | "other";

/** Why a figure's indicator could not be carried over from the sentence before. */
export type CarryDoubt =
  | { kind: "recording"; carried: string }
  | { kind: "digression"; from: string; to: string };

export type ImportReason =
  // The file or text as a whole.
  | { kind: "notText" }
  | { kind: "textTooLong"; chars: number; max: number }
  | { kind: "fileTooLarge"; bytes: number; max: number }
  | { kind: "noValues" }
  | { kind: "noPercentages" }
  // CSV.
  | { kind: "tooManyRows"; max: number }
  | { kind: "stoppedReading"; line: number; max: number }
  | { kind: "csvSyntax"; syntax: CsvSyntax; line: number | null }
  | { kind: "columnCount"; separator: string; count: number }
  | { kind: "duplicateRow"; indicator: string; region: string; earlierLine: number }
  | { kind: "unknownRegion"; name: string }
  | { kind: "ambiguousRegion"; name: string; candidates: string[] }
  | { kind: "regionTypo"; name: string; suggestion: string }
  | { kind: "unknownIndicator"; name: string; known: string[] }
  | { kind: "notANumber"; text: string }
  | { kind: "outOfRange"; value: number }
  /** Several problems of one CSV line. */
  | { kind: "several"; reasons: ImportReason[] }
  // Figures of a press release.
  | { kind: "notAPercentage"; value: number }
  | { kind: "inHeading" }
  | { kind: "approximate" }
  | { kind: "threshold" }
  | { kind: "difference" }
  | { kind: "complement" }
  | { kind: "earlierPeriod" }
  | { kind: "shareOfTarget" }
  | { kind: "shareOfPopulation" }
  | { kind: "subDistrict" }
  | { kind: "subGroup" }
  | { kind: "combinedRegions" }
  | { kind: "average" }
  | { kind: "respectiveMismatch" }
  | { kind: "indicatorNotNamed"; doubt: CarryDoubt | null }
  | { kind: "dp4" }
  | { kind: "indicatorNotInCatalog"; indicator: string }
  | { kind: "approximateTarget" }
  | { kind: "targetYearUnknown" }
  | { kind: "targetRegionUnnamed" }
  | { kind: "targetScopeUnclear" }
  | { kind: "ambiguousPlace"; name: string }
  | { kind: "levelUnnamed"; level: string }
  | { kind: "regionNotNamed" }
  | { kind: "rounded" }
  | { kind: "secondValue" }
  | { kind: "conflict" }
  // A watched or linked page.
  | { kind: "pageNotSent" }
  | { kind: "pageNotFetched"; detail: string }
  | { kind: "pageGone"; detail: string }
  | { kind: "pageUnchanged" }
  | { kind: "sameValuesAs"; candidate: number; url: string }
  | { kind: "noValue" }
  // Why a watched source's address gave nothing usable.
  | { kind: "noAnswer"; seconds: number }
  | { kind: "unreachable"; detail: string }
  | { kind: "httpStatus"; status: number }
  | { kind: "cutOff"; detail: string | null }
  | { kind: "tooBig"; kilobytes: number }
  | { kind: "invalidFeed" }
  | { kind: "notAFeed" };

export type ImportReasonKind = ImportReason["kind"];

/** One wording per reason kind: both languages satisfy this type. */
export type ImportTexts = {
  [K in ImportReasonKind]: (reason: Extract<ImportReason, { kind: K }>) => string;
};

/**
 * The reason in the given wording. A plain string is a reason stored before
 * reasons were data (a pending import or candidate saved as JSON), shown as written.
 */
export function wordReason(texts: ImportTexts, reason: ImportReason | string): string {
  if (typeof reason === "string") return reason;
  return (texts[reason.kind] as (r: ImportReason) => string)(reason);
}
