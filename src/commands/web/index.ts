import type { Command } from "../command.js";
import { dashboardCommand } from "./dashboard.command.js";

/** dashboard: the way from chat into the web. */
export const webCommands: Command[] = [dashboardCommand];
