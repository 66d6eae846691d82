// The CSV writer lives in src/ui so the web's report downloads use the same formula-safe cells.
export { formatCsv, formatCsvCell, type CsvCell } from "../../ui/format-csv.js";
