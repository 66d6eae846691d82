import type { Command } from "../command.js";
import { connectCommand } from "./connect.command.js";

/** connect: one person across platforms and workspaces (disconnect is in ../undo). */
export const peopleCommands: Command[] = [connectCommand];
