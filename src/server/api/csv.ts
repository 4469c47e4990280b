// CSV (RFC 4180) for the open-data API. A text cell starting with = + - @ (or a
// tab or carriage return) would run as a formula in a spreadsheet, so it gets
// a leading apostrophe; numbers are written as they are, for programs.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

type Cell = string | number | boolean | null;
export type CsvRecord = { [column: string]: Cell };

export function toCsv<Row extends CsvRecord>(
  columns: readonly (keyof Row & string)[],
  rows: readonly Row[],
): string {
  const lines = [columns.join(",")];
  for (const row of rows)
    lines.push(columns.map((column) => csvCell(row[column] ?? null)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}
