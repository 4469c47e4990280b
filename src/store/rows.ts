// Typed access to libSQL result rows, whose cells are loosely typed values.

import type { Row } from "@libsql/client";

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
