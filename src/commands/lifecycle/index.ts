import type { Command } from "../command.js";
import { archiveCommand } from "./archive.command.js";
import { editCommand } from "./edit.command.js";
import { renameCommand } from "./rename.command.js";
import { renewCommand } from "./renew.command.js";
import { termListCommand } from "./term-list.command.js";
import { termTargetsCommand } from "./term-targets.command.js";
import { unarchiveCommand } from "./unarchive.command.js";

/** A partnership over its life: edit and rename it, renew it for a new term, archive it and bring it back. */
export const lifecycleCommands: Command[] = [editCommand, renameCommand, renewCommand, termListCommand, termTargetsCommand, archiveCommand, unarchiveCommand];
