import { z } from "zod";
import { calendarDateIn, parseCalendarDate } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import type { MetricRecord } from "../../store/metrics-repository.js";
import type { NumberedReading } from "../../store/metric-readings-repository.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import { formatNumber } from "../../ui/format-number.js";
import type { CommandContext } from "../command-context.js";
import * as argument from "../define-arguments.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getMetric } from "./get-metric.js";
import { MetricKeySchema } from "./metric-key-schema.js";

/** How a person names a reading: its number in `metric readings` (12 or #12), or the day it was recorded. */
export type ReadingReference = { kind: "number"; number: number } | { kind: "day"; day: string };

export const ReadingReferenceSchema = z
  .string()
  .trim()
  .transform((text, context): ReadingReference => {
    const number = /^#?(\d{1,9})$/.exec(text)?.[1];
    if (number !== undefined && Number(number) >= 1) return { kind: "number", number: Number(number) };
    const day = parseCalendarDate(text);
    if (day !== null) return { kind: "day", day };
    context.addIssue({ code: "custom", message: `"${text}" names no reading: give its number from /partner metric readings (such as 3), or the day it was recorded (YYYY-MM-DD)` });
    return z.NEVER;
  });

/** "#12, 2026-11-20: 31 students by Maria Alvarez (check-in)". */
export function describeReading(reading: NumberedReading, metric: Pick<MetricRecord, "unit">, timeZone: string): string {
  const unit = metric.unit === "" ? "" : ` ${metric.unit}`;
  const by = reading.recordedBy === null ? "" : ` by ${reading.recordedBy}`;
  const source = reading.fromCheckIn ? " (check-in)" : reading.note === "" ? "" : ` (${reading.note})`;
  return `#${reading.number}, ${calendarDateIn(reading.recordedAt, timeZone)}: ${formatNumber(reading.value)}${unit}${by}${source}`;
}

/** The one reading `reference` names; a not-found error says how to find the right one. */
export function getReading(readings: readonly NumberedReading[], reference: ReadingReference, metric: MetricRecord, partnership: PartnershipRecord): NumberedReading {
  const list = `See them numbered: /partner metric readings ${partnership.handle} ${metric.key}`;
  if (readings.length === 0) throw new UserError("not-found", `${metric.name} has no readings yet.`);
  if (reference.kind === "number") {
    const found = readings[reference.number - 1];
    if (found === undefined) throw new UserError("not-found", `${metric.name} has no reading #${reference.number}; its readings are #1 to #${readings.length}. ${list}`);
    return found;
  }
  const onDay = readings.filter((reading) => calendarDateIn(reading.recordedAt, partnership.timezone) === reference.day);
  if (onDay.length === 1) return onDay[0]!;
  if (onDay.length === 0) throw new UserError("not-found", `${metric.name} has no reading from ${reference.day}. ${list}`);
  const which = onDay.map((reading) => describeReading(reading, metric, partnership.timezone)).join("; ");
  throw new UserError("bad-arguments", `${metric.name} has ${onDay.length} readings from ${reference.day} (${which}): give the number of the one you mean instead of the day.`);
}

/** The arguments that name one reading: `<partnership> <metric> <reading>`, declared once for correct and unrecord. */
export const readingArguments = {
  partnership: argument.partnership(),
  metric: argument.text("the metric's key, such as enrollment (see /partner metric list)", { schema: MetricKeySchema }),
  reading: argument.text("which reading: its number in /partner metric readings (such as 3), or the day it was recorded (YYYY-MM-DD)", { schema: ReadingReferenceSchema }),
};

/** The partnership (which the person must be allowed to change), the metric, its readings and the one they named. */
export async function getChangeableReading(
  context: CommandContext,
  args: { partnership: string; metric: string; reading: ReadingReference },
): Promise<{ partnership: PartnershipRecord; metric: MetricRecord; reading: NumberedReading; readings: readonly NumberedReading[] }> {
  const partnership = await getChangeablePartnership(context, args.partnership);
  const metric = await getMetric(context, partnership, args.metric);
  const readings = await context.store.metricReadings.list(metric.id, { platform: context.actor.platform, workspaceId: context.actor.workspaceId });
  return { partnership, metric, readings, reading: getReading(readings, args.reading, metric, partnership) };
}
