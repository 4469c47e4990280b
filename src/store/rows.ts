// Typed access to libSQL result rows, whose cells are loosely typed values.

import type { Row } from "@libsql/client";
import type { DatePrecision, Release, ReleaseStatus } from "../domain/types.ts";

export function text(row: Row, column: string): string {
  return String(row[column]);
}

export function nullableText(row: Row, column: string): string | null {
  const value = row[column];
  return value === null || value === undefined ? null : String(value);
}

export function numeric(row: Row, column: string): number {
  return Number(row[column]);
}

export function nullableNumeric(row: Row, column: string): number | null {
  const value = row[column];
  return value === null || value === undefined ? null : Number(value);
}

export const RELEASE_COLUMNS =
  "id, as_of, as_of_precision, presented_on, title, source, url, status";

/** A releases row selected with RELEASE_COLUMNS. */
export function releaseOf(row: Row): Release {
  return {
    id: numeric(row, "id"),
    asOf: text(row, "as_of"),
    // Written only from DATE_PRECISIONS (validated release files and imports).
    asOfPrecision: text(row, "as_of_precision") as DatePrecision,
    presentedOn: nullableText(row, "presented_on"),
    title: text(row, "title"),
    source: text(row, "source"),
    url: nullableText(row, "url"),
    // A CHECK constraint holds status to the domain's values.
    status: text(row, "status") as ReleaseStatus,
  };
}
