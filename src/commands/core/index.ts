import type { Command } from "../command.js";
import { listCommand } from "./list.command.js";
import { newCommand } from "./new.command.js";
import { statusCommand } from "./status.command.js";

/** help is added by createCommandRegistry, since it lists the others. */
export const coreCommands: Command[] = [listCommand, newCommand, statusCommand];
