/** CSV as every download writes it: RFC 4180, cells neutralised against formula injection. */
export { formatCsv, formatCsvCell, type CsvCell } from "../commands/reflections/format-csv.js";
