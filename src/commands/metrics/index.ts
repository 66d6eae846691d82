import type { Command } from "../command.js";
import { metricAddCommand } from "./metric-add.command.js";
import { metricCorrectCommand } from "./metric-correct.command.js";
import { metricEditCommand } from "./metric-edit.command.js";
import { metricListCommand } from "./metric-list.command.js";
import { metricReadingsCommand } from "./metric-readings.command.js";
import { metricRecordCommand } from "./metric-record.command.js";
import { metricRestoreCommand } from "./metric-restore.command.js";
import { metricRetireCommand } from "./metric-retire.command.js";
import { metricUnrecordCommand } from "./metric-unrecord.command.js";

/** metric add|record|list|edit|retire|restore|readings|correct|unrecord. */
export const metricCommands: Command[] = [
  metricAddCommand,
  metricRecordCommand,
  metricListCommand,
  metricEditCommand,
  metricRetireCommand,
  metricRestoreCommand,
  metricReadingsCommand,
  metricCorrectCommand,
  metricUnrecordCommand,
];
