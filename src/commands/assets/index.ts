import type { Command } from "../command.js";
import { assetAddCommand } from "./asset-add.command.js";
import { assetListCommand } from "./asset-list.command.js";
import { needAddCommand } from "./need-add.command.js";

/** asset add|list, need add: the asset map. */
export const assetCommands: Command[] = [assetAddCommand, assetListCommand, needAddCommand];
