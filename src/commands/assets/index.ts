import type { Command } from "../command.js";
import { assetAddCommand } from "./asset-add.command.js";
import { assetEditCommand } from "./asset-edit.command.js";
import { assetListCommand } from "./asset-list.command.js";
import { assetRemoveCommand } from "./asset-remove.command.js";
import { needAddCommand } from "./need-add.command.js";
import { needEditCommand } from "./need-edit.command.js";
import { needMetCommand } from "./need-met.command.js";
import { needRemoveCommand } from "./need-remove.command.js";
import { needReopenCommand } from "./need-reopen.command.js";

/** asset add|list|edit|remove, need add|edit|remove|met|reopen: the asset map. */
export const assetCommands: Command[] = [assetAddCommand, assetListCommand, needAddCommand, assetEditCommand, assetRemoveCommand, needEditCommand, needRemoveCommand, needMetCommand, needReopenCommand];
