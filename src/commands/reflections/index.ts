import type { Command } from "../command.js";
import { exportCommand } from "./export.command.js";
import { linkCommand } from "./link.command.js";
import { reflectionsCommand } from "./reflections.command.js";
import { unlinkCommand } from "./unlink.command.js";

/** reflections, link, unlink, export. */
export const reflectionCommands: Command[] = [reflectionsCommand, linkCommand, unlinkCommand, exportCommand];
