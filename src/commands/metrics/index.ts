import type { Command } from "../command.js";
import { metricAddCommand } from "./metric-add.command.js";
import { metricListCommand } from "./metric-list.command.js";
import { metricRecordCommand } from "./metric-record.command.js";

/** metric add|record|list. */
export const metricCommands: Command[] = [metricAddCommand, metricRecordCommand, metricListCommand];
