import type { Command } from "../command.js";

/** charter show|set|ratify. */
export const charterCommands: Command[] = [];
