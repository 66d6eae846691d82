import type { Command } from "../command.js";
import { milestoneAddCommand } from "./milestone-add.command.js";
import { milestoneDoneCommand } from "./milestone-done.command.js";
import { milestoneListCommand } from "./milestone-list.command.js";

/** milestone add|done|list. */
export const milestoneCommands: Command[] = [milestoneAddCommand, milestoneDoneCommand, milestoneListCommand];
