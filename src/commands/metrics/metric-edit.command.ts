import { z } from "zod";
import { calendarDateIn } from "../../domain/calendar-date.js";
import type { MetricDirection } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import type { MetricChanges } from "../../store/metrics-repository.js";
import { formatNumber } from "../../ui/format-number.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { CalendarDateSchema, TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeChanges } from "../history/describe-audit-entry.js";
import { describeMetric } from "./describe-metric.js";
import { getMetric } from "./get-metric.js";
import { MetricKeySchema } from "./metric-key-schema.js";

const NONE = /^(none|-)$/i;
const UnitSchema = z.string().trim().max(20, "keep the unit under 20 characters, such as students or hours").transform((unit) => (NONE.test(unit) ? "" : unit));
const DueSchema = z.union([z.string().trim().regex(NONE).transform(() => null), CalendarDateSchema], { message: 'use YYYY-MM-DD, such as 2027-05-31, or "none" for no due date' });

export const metricEditCommand = defineCommand({
  name: "metric edit",
  occasional: true,
  summary: "Change a success metric's name, unit, baseline, target or due date (its key stays the same)",
  arguments: {
    partnership: argument.partnership(),
    metric: argument.text("the metric's key, such as enrollment (see /partner metric list)", { schema: MetricKeySchema }),
    name: argument.text("a new name, such as Club enrollment", { required: false, schema: TextSchema.max(120, "keep the name under 120 characters") }),
    unit: argument.text('a new unit, such as students, or "none"', { required: false, schema: UnitSchema }),
    baseline: argument.number("a new starting point", { required: false }),
    target: argument.number("a new number to reach", { required: false }),
    due: argument.text('a new due date, YYYY-MM-DD, or "none"', { required: false, schema: DueSchema }),
  },
  refine(args, context) {
    if (args.name === undefined && args.unit === undefined && args.baseline === undefined && args.target === undefined && args.due === undefined) {
      context.addIssue({ code: "custom", path: ["name"], message: "say what to change: --name, --unit, --baseline, --target or --due" });
      return z.NEVER;
    }
    return args;
  },
  examples: ['/partner metric edit robotics-tx enrollment --target 40 --due 2027-06-15', '/partner metric edit robotics-tx enrollment --name "Club members" --unit students'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const metric = await getMetric(context, partnership, args.metric);
    const today = calendarDateIn(context.clock.now(), partnership.timezone);
    if (args.due !== undefined && args.due !== null && args.due < today && args.due !== metric.dueOn) {
      throw new UserError("bad-arguments", `<due>: ${args.due} has passed (today is ${today} in ${partnership.timezone}). Give a date from today on, or "none".`);
    }
    const baseline = args.baseline ?? metric.baseline;
    const target = args.target ?? metric.target;
    if (baseline === target) {
      throw new UserError("bad-arguments", `<target>: a target of ${formatNumber(target)} equals the baseline of ${formatNumber(baseline)}: give a target to move towards, or another --baseline. Nothing changed.`);
    }
    const direction: MetricDirection = target > baseline ? "increase" : "decrease";
    const changes: MetricChanges = { name: args.name, unit: args.unit, baseline: args.baseline, target: args.target, dueOn: args.due, direction };
    const result = await context.store.metrics.update(partnership.id, metric.id, changes, context.person.id);
    if (result === null) throw new UserError("conflict", `${metric.name} already has those values; nothing changed.`);
    const updated = { ...metric, ...result.after };
    const bar = describeMetric(updated, partnership.timezone);
    const message = new MessageBuilder(`Changed the metric ${updated.name}`, "public")
      .progress(bar.label, bar.ratio, bar.detail)
      .text(`Changed ${describeChanges(result.before, result.after)}.`);
    if (result.after.direction !== undefined) message.context(result.after.direction === "decrease" ? "The target is now below the baseline, so lower is better." : "The target is now above the baseline, so higher is better.");
    return message.context(`Its key stays \`${metric.key}\`; its readings are unchanged. Who changed what: /partner history ${partnership.handle}`).build();
  },
});
