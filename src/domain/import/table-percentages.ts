// A table pasted as text often keeps its unit in the header only:
// "Kabupaten/Kota | Wajib KTP | Sudah Rekam | %" over rows "Kota Medan |
// 41.220 | 37.950 | 92,07". This writes the unit into that column's cells,
// so the rows read like any "Kota Medan … 92,07%". Only rows with as many
// cells as the header, and only a cell that is a percentage-sized number, are
// touched; the table ends at the first line that does not fit. One pass.

/** Cells are split by a tab, a pipe, or a run of two or more spaces. */
const SEPARATOR = /(\t+|\s*\|\s*|\s{2,})/;
/** A header cell naming the column's unit as percent: "%", "(%)", "Persentase", "Capaian (%)". */
const PERCENT_HEADER =
  /^(?:%|\(%\)|persen|persentase|presentase|percent|percentage|[\p{L} ]{1,20}\(%\))$/iu;
const CELL_NUMBER = /^\d{1,3}(?:[.,]\d{1,3})?$/;

export function withTablePercentages(lines: string[]): string[] {
  let column = -1;
  let width = 0;
  return lines.map((line) => {
    const parts = line.trim().split(SEPARATOR);
    const cells = parts.filter((_, i) => i % 2 === 0);
    if (column >= 0 && cells.length === width) {
      const cell = cells[column] as string;
      if (!CELL_NUMBER.test(cell)) return line;
      parts[column * 2] = `${cell}%`;
      return parts.join("");
    }
    column = cells.length >= 3 ? cells.findIndex((c) => PERCENT_HEADER.test(c)) : -1;
    width = cells.length;
    return line;
  });
}
