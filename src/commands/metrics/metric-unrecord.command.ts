import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { askToConfirm } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { describeReading, getChangeableReading, readingArguments } from "./get-reading.js";

export const metricUnrecordCommand = defineCommand({
  name: "metric unrecord",
  occasional: true,
  summary: "Delete a reading recorded by mistake: name it by its number in metric readings, or by its day",
  arguments: {
    ...readingArguments,
    yes: argument.flag("delete it without asking first"),
  },
  examples: ["/partner metric unrecord robotics-tx enrollment 3", "/partner metric unrecord robotics-tx enrollment 3 --yes"],
  async handle(args, context) {
    const { partnership, metric, reading, readings } = await getChangeableReading(context, args);
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
