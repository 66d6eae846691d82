import type { Command } from "../command.js";
import { connectCommand } from "./connect.command.js";
import { forgetCommand } from "./forget.command.js";

/** connect: one person across platforms and workspaces (disconnect is in ../undo). */
export const peopleCommands: Command[] = [connectCommand];

/** forget: erase a person. Rare, so listed after everything else: past Discord's limits it is typed through /partner more first. */
export const erasureCommands: Command[] = [forgetCommand];
