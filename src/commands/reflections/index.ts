import type { Command } from "../command.js";
import { exportCommand } from "./export.command.js";
import { linkCommand } from "./link.command.js";
import { reflectionsCommand } from "./reflections.command.js";

/** reflections, link, export (unlink is in ../undo). */
export const reflectionCommands: Command[] = [reflectionsCommand, linkCommand, exportCommand];
