import { z } from "zod";
import { calendarDateIn } from "../../domain/calendar-date.js";
import { type MetricDirection, MetricDirectionSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeMetric } from "./describe-metric.js";
import { formatNumber } from "../../ui/format-number.js";
import { MetricKeySchema } from "./metric-key-schema.js";

const TRAILING_NUMBER = /^(.*\S)\s+(-?\d+(?:\.\d+)?%?)$/;

// Without --target, a number that ends the name is the target: `metric add x enrollment Club enrollment 35`.
function splitTrailingTarget(values: Record<string, unknown>): Record<string, unknown> {
  if (values.target !== undefined || typeof values.name !== "string") return values;
  const match = TRAILING_NUMBER.exec(values.name.trim());
  return match === null ? values : { ...values, name: match[1], target: match[2] };
}

export const metricAddCommand = defineCommand({
  name: "metric add",
  summary: "Add a success metric with a target to a partnership",
  arguments: {
    partnership: argument.partnership(),
    key: argument.text("a short slug to record readings with, such as enrollment", { schema: MetricKeySchema }),
    name: argument.text("what is measured, such as Club enrollment", { rest: true, schema: TextSchema.max(120, "keep the name under 120 characters") }),
    target: argument.number("the number to reach: --target 35, or a number at the end of the name"),
    baseline: argument.number("where it starts (default 0)", { required: false }),
    unit: argument.text("such as students, hours or %", { default: "", schema: z.string().trim().max(20, "keep the unit under 20 characters, such as students or hours") }),
    direction: argument.choice(MetricDirectionSchema, "increase or decrease (follows from baseline and target)", { required: false }),
    due: argument.date("when the target should be reached, YYYY-MM-DD", { required: false }),
  },
  prepare: splitTrailingTarget,
  refine(args, context) {
    const baseline = args.baseline ?? 0;
    if (args.target === baseline) {
      context.addIssue({ code: "custom", path: ["target"], message: `equals the baseline (${formatNumber(baseline)}): set a target to move towards, or a --baseline` });
      return z.NEVER;
    }
    const implied: MetricDirection = args.target > baseline ? "increase" : "decrease";
    if (args.direction !== undefined && args.direction !== implied) {
      context.addIssue({
        code: "custom",
        path: ["direction"],
        message: `a target of ${formatNumber(args.target)} from a baseline of ${formatNumber(baseline)} is a ${implied}: use --direction ${implied} or change the numbers`,
      });
      return z.NEVER;
    }
    return { ...args, baseline, direction: implied };
  },
  examples: [
    "/partner metric add robotics-tx enrollment Club enrollment --target 50 --baseline 20 --unit students --due 2027-05-31",
    "/partner metric add robotics-tx absences Weekly absences --target 5 --baseline 12 --direction decrease",
  ],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const now = context.clock.now();
    const today = calendarDateIn(now, partnership.timezone);
    if (args.due !== undefined && args.due < today) {
      throw new UserError("bad-arguments", `<due>: ${args.due} has passed (today is ${today} in ${partnership.timezone}). Give a date from today on.`);
    }
    const definition = { key: args.key, name: args.name, unit: args.unit, baseline: args.baseline, target: args.target, direction: args.direction, dueOn: args.due ?? null };
    const added = await context.store.metrics.add(partnership.id, definition, context.person.id, now);
    if (!added) {
      throw new UserError("conflict", `${partnership.handle} already has a metric \`${args.key}\`. Pick another key, or record a reading: /partner metric record ${partnership.handle} ${args.key} <value>`);
    }
    const bar = describeMetric({ ...definition, id: 0, createdAt: now, retiredAt: null, latest: null }, partnership.timezone);
    return new MessageBuilder(`New success metric for ${partnership.name}: ${args.name}`, "public")
      .progress(bar.label, bar.ratio, bar.detail)
      .context(`Record readings with /partner metric record ${partnership.handle} ${args.key} <value>, or in each check-in.`)
      .build();
  },
});
