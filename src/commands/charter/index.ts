import type { Command } from "../command.js";
import { charterRatifyCommand } from "./charter-ratify.command.js";
import { charterSetCommand } from "./charter-set.command.js";
import { charterShowCommand } from "./charter-show.command.js";

/** charter show|set|ratify. */
export const charterCommands: Command[] = [charterShowCommand, charterSetCommand, charterRatifyCommand];
