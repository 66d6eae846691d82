import type { Command } from "../command.js";
import { disconnectCommand } from "../people/disconnect.command.js";
import { unlinkCommand } from "../reflections/unlink.command.js";

/**
 * unlink, disconnect: undoing link and connect. Listed last because Discord holds 25 subcommands
 * and whatever does not fit is typed through `/partner more`: the rarely needed undo commands go there.
 */
export const undoCommands: Command[] = [unlinkCommand, disconnectCommand];
