import type { Command } from "../command.js";

/** schedule show|set, pause, resume, ooo, calendar import. */
export const scheduleCommands: Command[] = [];
