import type { CalendarOrigin } from "../../store/calendar-sources-repository.js";
import { describeInstant } from "./describe-next-round.js";

/** "Lincoln ISD 2026-27 (https://...): read again Monday 30 November 2026, 18:00 (America/Chicago); the last read failed: ..." */
export function describeCalendarSource(calendar: CalendarOrigin & { nextReadAt: Date | null; lastError: string | null }, timezone: string): string {
  if (calendar.address === null) return `${calendar.name} (pasted; paste it again to update it)`;
  const next = calendar.nextReadAt === null ? "" : `: read again ${describeInstant(calendar.nextReadAt, timezone)}`;
  const failed = calendar.lastError === null ? "" : `; the last read failed: ${calendar.lastError}`;
  return `${calendar.name} (${calendar.address})${next}${failed}`;
}
