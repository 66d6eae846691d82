import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { askToConfirm } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeReading, getReading, ReadingReferenceSchema } from "./get-reading.js";
import { getMetric } from "./get-metric.js";
import { MetricKeySchema } from "./metric-key-schema.js";

export const metricUnrecordCommand = defineCommand({
  name: "metric unrecord",
  occasional: true,
  summary: "Delete a reading recorded by mistake: name it by its number in metric readings, or by its day",
  arguments: {
    partnership: argument.partnership(),
    metric: argument.text("the metric's key, such as enrollment (see /partner metric list)", { schema: MetricKeySchema }),
    reading: argument.text("which reading: its number in /partner metric readings (such as 3), or the day it was recorded (YYYY-MM-DD)", { schema: ReadingReferenceSchema }),
    yes: argument.flag("delete it without asking first"),
  },
  examples: ["/partner metric unrecord robotics-tx enrollment 3", "/partner metric unrecord robotics-tx enrollment 3 --yes"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const metric = await getMetric(context, partnership, args.metric);
    const readings = await context.store.metricReadings.list(metric.id, { platform: context.actor.platform, workspaceId: context.actor.workspaceId });
    const reading = getReading(readings, args.reading, metric, partnership);
    const described = describeReading(reading, metric, partnership.timezone);
    // The confirmation names the reading by its number, so the button deletes exactly the one shown.
    const confirmation = askToConfirm(args.yes, {
      question: `Delete a reading of ${metric.name} (${metric.key})?`,
      goes: [`the reading ${described}`],
      stays: `Readings after it move down one number; the deletion, with its value, stays in /partner history ${partnership.handle}.`,
      line: `metric unrecord ${partnership.handle} ${metric.key} ${reading.number}`,
      verb: "Delete",
    });
    if (confirmation !== null) return confirmation;
    const deleted = await context.store.metricReadings.delete({ partnershipId: partnership.id, metricId: metric.id, key: metric.key }, reading.id, context.person.id);
    if (!deleted) throw new UserError("not-found", `That reading is already gone; nothing changed. See them again: /partner metric readings ${partnership.handle} ${metric.key}`);
    return new MessageBuilder(`Deleted a reading of ${metric.name}`, "public")
      .text(`Deleted ${described}.`)
      .context(`${readings.length - 1} ${readings.length - 1 === 1 ? "reading remains" : "readings remain"}: /partner metric readings ${partnership.handle} ${metric.key}`)
      .build();
  },
});
