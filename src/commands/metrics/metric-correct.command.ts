import { UserError } from "../../errors.js";
import { formatNumber } from "../../ui/format-number.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { describeReading, getChangeableReading, readingArguments } from "./get-reading.js";

export const metricCorrectCommand = defineCommand({
  name: "metric correct",
  occasional: true,
  summary: "Correct a wrong reading of a metric: name it by its number in metric readings, or by its day",
  arguments: {
    ...readingArguments,
    value: argument.number("the right value, a number such as 31 or 3.5"),
  },
  examples: ["/partner metric correct robotics-tx enrollment 3 31", "/partner metric correct robotics-tx enrollment 2026-11-16 31"],
  async handle(args, context) {
    const { partnership, metric, reading } = await getChangeableReading(context, args);
    if (reading.value === args.value) throw new UserError("conflict", `Reading ${describeReading(reading, metric, partnership.timezone)} is already ${formatNumber(args.value)}; nothing changed.`);
    const corrected = await context.store.metricReadings.correct({ partnershipId: partnership.id, metricId: metric.id, key: metric.key }, reading.id, args.value, context.person.id);
    if (!corrected) throw new UserError("conflict", `That reading changed or went while you typed; nothing changed. See them again: /partner metric readings ${partnership.handle} ${metric.key}`);
    const unit = metric.unit === "" ? "" : ` ${metric.unit}`;
    return new MessageBuilder(`Corrected a reading of ${metric.name}`, "public")
      .text(`${describeReading({ ...reading, value: args.value }, metric, partnership.timezone)} (was ${formatNumber(reading.value)}${unit}).`)
      .context(`The change is in /partner history ${partnership.handle}.`)
      .build();
  },
});
