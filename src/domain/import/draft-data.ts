// What an import produces, whatever its format: values for a draft release.
// Indicator slugs, official dotted region codes, plain numbers.

import type { DatePrecision, SourceRank } from "../types.ts";
import type { ImportReason } from "./import-reason.ts";

export interface DraftObservation {
  indicator: string;
  region: string;
  /** As stated: above 100 is kept (a region can record more people than its estimate). */
  value: number;
  sourceRank: SourceRank | null;
  /** People counted, when the text gives the numerator beside the percentage. */
  count?: number | null;
  /** The sentence the value was read from (press releases); CSV rows have none. */
  evidence?: string | null;
}

export interface DraftTarget {
  indicator: string;
  year: number;
  value: number;
  /** "national", or the code of the region whose own target it is; national when absent. */
  scope?: string;
}

export interface DraftData {
  /** Data as of, ISO date, when the import says: the last day of the period stated. */
  asOf: string | null;
  /** How much of the data date the import stated; "day" when absent. */
  asOfPrecision?: DatePrecision | null;
  observations: DraftObservation[];
  targets: DraftTarget[];
}

/** A line or sentence that could not be used, with the reason, for the admin to fix. */
export interface ImportProblem {
  /** 1-based line number (CSV) or sentence number (press release). */
  line: number;
  text: string;
  reason: ImportReason;
}

/** A percentage read but deliberately not imported ("sekitar 40 persen", "3,99 persen belum"). */
export interface SkippedFigure {
  /** The sentence it stands in. */
  text: string;
  value: number;
  reason: ImportReason;
}

export function isPercentage(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 100;
}

/**
 * A percentage as a press release states it: above 100 is real and kept
 * (a region records more people than its estimate), so only 0 to 999,99.
 */
export function isStatedPercentage(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value < 1000;
}

/** "98,75" or "98.75" → 98.75; anything else → NaN. Percentages never need thousands separators. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  return /^[-+]?\d+(?:[.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(",", ".")) : Number.NaN;
}
