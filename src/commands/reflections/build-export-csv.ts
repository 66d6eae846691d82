import type { ExportData } from "../../store/export-repository.js";
import { formatCsv, type CsvCell } from "../../ui/format-csv.js";

export const EXPORT_COLUMNS = ["type", "recorded_at", "round", "person", "metric", "value", "unit", "note", "status", "highlights", "blockers", "needs", "reflection"] as const;

/** One table, one row per metric reading, check-in and reflection, so it sorts and filters in any spreadsheet. */
export function buildExportCsv(data: ExportData): string {
  const rows: CsvCell[][] = [[...EXPORT_COLUMNS]];
  for (const reading of data.readings) {
    rows.push(["metric-reading", reading.recordedAt.toISOString(), reading.round, reading.person, reading.metric, reading.value, reading.unit, reading.note, null, null, null, null, null]);
  }
  for (const checkIn of data.checkIns) {
    rows.push(["check-in", checkIn.submittedAt.toISOString(), checkIn.round, checkIn.person, null, null, null, null, checkIn.status, checkIn.highlights, checkIn.blockers, checkIn.needs, null]);
  }
  for (const reflection of data.reflections) {
    rows.push(["reflection", reflection.createdAt.toISOString(), reflection.round, reflection.person, null, null, null, null, null, null, null, null, reflection.body]);
  }
  return formatCsv(rows);
}
