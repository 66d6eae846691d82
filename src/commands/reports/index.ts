import type { Command } from "../command.js";
import { reportCommand } from "./report.command.js";

/** report: a partnership's outcomes over a date range, with a link to the printable web report. */
export const reportCommands: Command[] = [reportCommand];
