import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { OptionalTextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { refuseArchived } from "../refuse-archived.js";
import { describeMetric } from "./describe-metric.js";
import { formatNumber } from "../../ui/format-number.js";
import { getMetric } from "./get-metric.js";
import { MetricKeySchema } from "./metric-key-schema.js";

export const metricRecordCommand = defineCommand({
  name: "metric record",
  summary: "Record a new reading of a success metric",
  arguments: {
    partnership: argument.partnership(),
    metric: argument.text("the metric's key, such as enrollment (see /partner metric list)", { schema: MetricKeySchema }),
    value: argument.number("the reading, a number such as 31 or 3.5"),
    note: argument.text("where the number comes from", { rest: true, default: "", schema: OptionalTextSchema }),
  },
  examples: ["/partner metric record robotics-tx enrollment 31 after the fall recruiting night"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    refuseArchived(partnership, "metric readings");
    const metric = await getMetric(context, partnership, args.metric);
    if (metric.retiredAt !== null) {
      throw new UserError("conflict", `${metric.name} is retired, so it takes no new readings; nothing was saved. Use it again first: /partner metric restore ${partnership.handle} ${metric.key}`);
    }
    const at = context.clock.now();
    await context.store.metrics.record(partnership.id, metric.id, { value: args.value, note: args.note }, context.person.id, at);
    const previous = metric.latest === null ? "first reading" : `was ${formatNumber(metric.latest.value)}`;
    const bar = describeMetric({ ...metric, latest: { value: args.value, note: args.note, recordedAt: at, recordedBy: context.person.displayName } }, partnership.timezone);
    return new MessageBuilder(`${metric.name}: ${formatNumber(args.value)}${metric.unit ? ` ${metric.unit}` : ""} (${previous})`, "public")
      .progress(bar.label, bar.ratio, bar.detail)
      .text(args.note === "" ? "" : `Note: ${args.note}`)
      .build();
  },
});
