// Where a confirmed import goes, and what a draft made from an import says of
// itself: the import's own data date, release date and source where it gave
// them. The admin can change any of it before publishing (/draf_ubah), and
// must give a source that was not read.

import { longDate } from "../format.ts";
import type { DatePrecision, Release } from "../types.ts";
import type { DraftMeta, PendingImport } from "./ports.ts";

/** Stands in for a source an import could not read; a release is never published with it. */
export const SOURCE_TO_BE_FILLED = "(sumber belum diisi)";

export type ImportPlan =
  | { kind: "into-draft"; draft: Release }
  | { kind: "new-draft"; asOf: string }
  /** A CSV, or a text without a data date: a draft must be made first. */
  | { kind: "needs-draft" };

/** Into the open draft; without one, into a new draft when the import knows its data date. */
export function importPlan(openDraft: Release | null, pending: PendingImport): ImportPlan {
  if (openDraft) return { kind: "into-draft", draft: openDraft };
  const { asOf } = pending.data;
  return asOf === null ? { kind: "needs-draft" } : { kind: "new-draft", asOf };
}

export function importedMeta(pending: PendingImport, asOf: string): DraftMeta {
  return {
    asOf,
    presentedOn: pending.presentedOn,
    title: `Data adminduk ${period(asOf, pending.data.asOfPrecision ?? "day")}`,
    source: pending.source ?? SOURCE_TO_BE_FILLED,
    url: pending.sourceUrl ?? null,
  };
}

/** "per 13 Juni 2024", "Mei 2024", "semester I 2024", "2024": only as much as the source stated. */
function period(asOf: string, precision: DatePrecision): string {
  const year = asOf.slice(0, 4);
  if (precision === "day") return `per ${longDate(asOf, "id")}`;
  if (precision === "month") return longDate(asOf, "id").replace(/^\d+\s+/, "");
  if (precision === "semester") return `semester ${asOf.slice(5, 7) <= "06" ? "I" : "II"} ${year}`;
  return year;
}
