import type { Command } from "../command.js";

/** metric add|record|list. */
export const metricCommands: Command[] = [];
