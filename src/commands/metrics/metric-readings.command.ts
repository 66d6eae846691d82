import { z } from "zod";
import { MessageBuilder } from "../../ui/message-builder.js";
import { NumberSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { describeReading } from "./get-reading.js";
import { getMetric } from "./get-metric.js";
import { MetricKeySchema } from "./metric-key-schema.js";

const READINGS_PAGE_SIZE = 20;
const PageSchema = NumberSchema.pipe(z.number().int("use a whole page number, such as 2").min(1, "pages start at 1"));

export const metricReadingsCommand = defineCommand({
  name: "metric readings",
  occasional: true,
  summary: "A metric's readings, newest first, each with the number that metric correct and metric unrecord take",
  arguments: {
    partnership: argument.partnership(),
    metric: argument.text("the metric's key, such as enrollment (see /partner metric list)", { schema: MetricKeySchema }),
    page: argument.number(`which page of ${READINGS_PAGE_SIZE}, such as 2`, { default: 1, schema: PageSchema }),
  },
  examples: ["/partner metric readings robotics-tx enrollment"],
  async handle(args, context) {
    const partnership = await getPartnership(context, args.partnership);
    const metric = await getMetric(context, partnership, args.metric);
    const readings = await context.store.metricReadings.list(metric.id, { platform: context.actor.platform, workspaceId: context.actor.workspaceId });
    const newestFirst = [...readings].reverse();
    const pages = Math.max(1, Math.ceil(readings.length / READINGS_PAGE_SIZE));
    const shown = newestFirst.slice((args.page - 1) * READINGS_PAGE_SIZE, args.page * READINGS_PAGE_SIZE);
    const command = `/partner metric readings ${partnership.handle} ${metric.key}`;
    const message = new MessageBuilder(`Readings of ${metric.name} (${readings.length})`).list(
      undefined,
      shown.map((reading) => describeReading(reading, metric, partnership.timezone)),
      args.page > 1 ? `There is no page ${args.page}; there ${pages === 1 ? "is 1" : `are ${pages}`}. The first: ${command}` : `No readings yet. Record one: /partner metric record ${partnership.handle} ${metric.key} <value>`,
    );
    if (pages > 1 && shown.length > 0) message.context(`Page ${args.page} of ${pages}${args.page < pages ? `; older: ${command} --page ${args.page + 1}` : ""}`);
    if (readings.length > 0) {
      message.context(`Fix one: /partner metric correct ${partnership.handle} ${metric.key} <number> <value>, or delete it: /partner metric unrecord ${partnership.handle} ${metric.key} <number>`);
    }
    return message.build();
  },
});
