import type { Command } from "../command.js";

/** milestone add|done|list. */
export const milestoneCommands: Command[] = [];
