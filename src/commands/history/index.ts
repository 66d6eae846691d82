import type { Command } from "../command.js";
import { historyCommand } from "./history.command.js";

/** history: who changed what. */
export const historyCommands: Command[] = [historyCommand];
