import type { Command } from "../command.js";
import { connectCommand } from "./connect.command.js";
import { disconnectCommand } from "./disconnect.command.js";

/** connect, disconnect: one person across platforms and workspaces. */
export const peopleCommands: Command[] = [connectCommand, disconnectCommand];
