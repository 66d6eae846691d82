import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { describeMetric } from "./describe-metric.js";

export const metricListCommand = defineCommand({
  name: "metric list",
  summary: "A partnership's success metrics: progress towards each target and the latest reading",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner metric list robotics-tx"],
  async handle({ partnership: handle }, context) {
    const partnership = await getPartnership(context, handle);
    const metrics = await context.store.metrics.list(partnership.id, { platform: context.actor.platform, workspaceId: context.actor.workspaceId });
    const message = new MessageBuilder(`Success metrics of ${partnership.name} (${metrics.length})`);
    for (const metric of metrics) {
      const bar = describeMetric(metric, partnership.timezone);
      message.progress(bar.label, bar.ratio, bar.detail);
    }
    if (metrics.length === 0) message.text(`No success metrics yet. Add one: /partner metric add ${partnership.handle} <key> <name> --target <number>`);
    else {
      message.context(`Record a reading: /partner metric record ${partnership.handle} <key> <value> [note]`);
      message.context(`Fix one: /partner metric readings ${partnership.handle} <key>; change a metric: /partner metric edit ${partnership.handle} <key> --target <number>`);
    }
    return message.build();
  },
});
