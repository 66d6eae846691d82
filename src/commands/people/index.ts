import type { Command } from "../command.js";
import { connectCommand } from "./connect.command.js";
import { forgetCommand } from "./forget.command.js";

/** connect: one person across platforms and workspaces (disconnect is in ../undo); forget: erase one. */
export const peopleCommands: Command[] = [connectCommand, forgetCommand];
