import type { Command } from "../command.js";

/** reflections, link, export. */
export const reflectionCommands: Command[] = [];
