// Typed access to libSQL result rows, whose cells are loosely typed values.

import type { Row } from "@libsql/client";
import type { DatePrecision, Indicator, Release, ReleaseStatus } from "../domain/types.ts";

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

export const INDICATOR_COLUMNS = `slug, name_id, name_en, short_id, short_en, unit,
  description_id, description_en, service_id, service_en`;

/** An indicators row selected with INDICATOR_COLUMNS. */
export function indicatorOf(row: Row): Indicator {
  return {
    slug: text(row, "slug"),
    nameId: text(row, "name_id"),
    nameEn: text(row, "name_en"),
    shortId: text(row, "short_id"),
    shortEn: text(row, "short_en"),
    unit: text(row, "unit"),
    descriptionId: text(row, "description_id"),
    descriptionEn: text(row, "description_en"),
    serviceId: nullableText(row, "service_id"),
    serviceEn: nullableText(row, "service_en"),
  };
}
