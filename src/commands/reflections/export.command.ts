import { calendarDateIn } from "../../domain/calendar-date.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { buildExportCsv } from "./build-export-csv.js";

export const exportCommand = defineCommand({
  name: "export",
  summary: "A CSV file of a partnership's metric readings, check-ins and reflections",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner export robotics-tx"],
  async handle({ partnership: handle }, context) {
    const partnership = await getPartnership(context, handle);
    const data = await context.store.exports.load(partnership.id, { platform: context.actor.platform, workspaceId: context.actor.workspaceId });
    const today = calendarDateIn(context.clock.now(), partnership.timezone);
    return new MessageBuilder(`Export: ${partnership.name} (${partnership.handle})`)
      .text(`${data.readings.length} metric readings, ${data.checkIns.length} check-ins and ${data.reflections.length} reflections, one row each. Times are UTC.`)
      .file(`${partnership.handle}-${today}.csv`, "text/csv", buildExportCsv(data))
      .context("Aggregates and partner notes only: the bot stores no student personal data.")
      .build();
  },
});
