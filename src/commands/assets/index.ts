import type { Command } from "../command.js";

/** asset add|list, need add: the asset map. */
export const assetCommands: Command[] = [];
