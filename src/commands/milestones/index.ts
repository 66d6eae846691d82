import type { Command } from "../command.js";
import { milestoneAddCommand } from "./milestone-add.command.js";
import { milestoneDeleteCommand } from "./milestone-delete.command.js";
import { milestoneDoneCommand } from "./milestone-done.command.js";
import { milestoneEditCommand } from "./milestone-edit.command.js";
import { milestoneListCommand } from "./milestone-list.command.js";
import { milestoneReopenCommand } from "./milestone-reopen.command.js";

/** milestone add|done|list|edit|reopen|delete. */
export const milestoneCommands: Command[] = [milestoneAddCommand, milestoneDoneCommand, milestoneListCommand, milestoneEditCommand, milestoneReopenCommand, milestoneDeleteCommand];
