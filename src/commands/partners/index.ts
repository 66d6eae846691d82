import type { Command } from "../command.js";

/** partner add, liaison add|remove, coordinator add|remove, show. */
export const partnerCommands: Command[] = [];
