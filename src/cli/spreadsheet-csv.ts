// CSV that spreadsheets open as data: a cell starting with = + - @ (or a tab
// or carriage return) would be run as a formula, so it is written with a
// leading apostrophe and shown as the text it is.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(",");
}

function csvCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}
