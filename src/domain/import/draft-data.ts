// What an import produces, whatever its format: values for a draft release.
// Indicator slugs, official dotted region codes, plain numbers.

import type { SourceRank } from "../types.ts";

export interface DraftObservation {
  indicator: string;
  region: string;
  value: number;
  sourceRank: SourceRank | null;
}

export interface DraftTarget {
  indicator: string;
  year: number;
  value: number;
}

export interface DraftData {
  /** Data as of, ISO date, when the import says. */
  asOf: string | null;
  observations: DraftObservation[];
  targets: DraftTarget[];
}

/** A line or sentence that could not be used, with the reason, for the admin to fix. */
export interface ImportProblem {
  /** 1-based line number (CSV) or sentence number (press release). */
  line: number;
  text: string;
  reason: string;
}

export function isPercentage(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 100;
}

/** "98,75" or "98.75" → 98.75; anything else → NaN. Percentages never need thousands separators. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim();
  return /^[-+]?\d+(?:[.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(",", ".")) : Number.NaN;
}
