import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { askToConfirm } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getMetric } from "./get-metric.js";
import { MetricKeySchema } from "./metric-key-schema.js";

export const metricRetireCommand = defineCommand({
  name: "metric retire",
  occasional: true,
  summary: "Stop asking for a success metric in check-ins and status; its readings stay in reports and metric list",
  arguments: {
    partnership: argument.partnership(),
    metric: argument.text("the metric's key, such as enrollment (see /partner metric list)", { schema: MetricKeySchema }),
    yes: argument.flag("retire it without asking first"),
  },
  examples: ["/partner metric retire robotics-tx trips", "/partner metric retire robotics-tx trips --yes"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const metric = await getMetric(context, partnership, args.metric);
    if (metric.retiredAt !== null) {
      throw new UserError("conflict", `${metric.name} was retired on ${calendarDateIn(metric.retiredAt, partnership.timezone)}; nothing changed. Use it again: /partner metric restore ${partnership.handle} ${metric.key}`);
    }
    const confirmation = askToConfirm(args.yes, {
      question: `Retire the metric ${metric.name} (${metric.key}) of ${partnership.handle}?`,
      goes: [`its question in every check-in from now on`, `its progress bar in status, the portfolio and health`],
      stays: `Its readings stay, in metric list, reports, the dashboard and the export; /partner metric restore ${partnership.handle} ${metric.key} brings it back.`,
      line: `metric retire ${partnership.handle} ${metric.key}`,
      verb: "Retire",
    });
    if (confirmation !== null) return confirmation;
    const retired = await context.store.metrics.setRetired(partnership.id, metric.id, context.clock.now(), context.person.id);
    if (!retired) throw new UserError("conflict", `${metric.name} is already retired; nothing changed.`);
    return new MessageBuilder(`Retired the metric ${metric.name}`, "public")
      .text(`Check-ins no longer ask for ${metric.name}, and it no longer counts in status. Its readings stay in /partner metric list ${partnership.handle} and in reports.`)
      .context(`Changed your mind? /partner metric restore ${partnership.handle} ${metric.key}`)
      .build();
  },
});
