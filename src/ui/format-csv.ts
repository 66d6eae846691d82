export type CsvCell = string | number | null;

// Spreadsheets run cells that start with these as formulas (CSV injection), so text cells starting
// with one get a leading apostrophe; numbers are written as numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a comma, quote or line break, with quotes doubled. */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends, as RFC 4180 and spreadsheet imports expect. */
export function formatCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(formatCsvCell).join(",")).join("\r\n") + "\r\n";
}
