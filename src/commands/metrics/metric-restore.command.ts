import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getMetric } from "./get-metric.js";
import { MetricKeySchema } from "./metric-key-schema.js";

export const metricRestoreCommand = defineCommand({
  name: "metric restore",
  occasional: true,
  summary: "Use a retired success metric again: check-ins ask for it and status shows it",
  arguments: {
    partnership: argument.partnership(),
    metric: argument.text("the retired metric's key (metric list marks it retired)", { schema: MetricKeySchema }),
  },
  examples: ["/partner metric restore robotics-tx trips"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const metric = await getMetric(context, partnership, args.metric);
    const restored = metric.retiredAt !== null && (await context.store.metrics.setRetired(partnership.id, metric.id, null, context.person.id));
    if (!restored) throw new UserError("conflict", `${metric.name} is in use, not retired; nothing changed.`);
    return new MessageBuilder(`${metric.name} is in use again`, "public").text(`Check-ins ask for ${metric.name} again, and status shows it.`).build();
  },
});
