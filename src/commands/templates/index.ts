import type { Command } from "../command.js";
import { templatesCommand } from "./templates.command.js";

export const templateCommands: Command[] = [templatesCommand];
