import type { Command } from "../command.js";
import { coordinatorAddCommand } from "./coordinator-add.command.js";
import { coordinatorRemoveCommand } from "./coordinator-remove.command.js";
import { liaisonAddCommand } from "./liaison-add.command.js";
import { liaisonRemoveCommand } from "./liaison-remove.command.js";
import { partnerAddCommand } from "./partner-add.command.js";
import { partnerEditCommand } from "./partner-edit.command.js";
import { partnerRemoveCommand } from "./partner-remove.command.js";
import { showCommand } from "./show.command.js";

/** partner add|edit|remove, liaison add|remove, coordinator add|remove, show. */
export const partnerCommands: Command[] = [
  showCommand,
  partnerAddCommand,
  partnerEditCommand,
  partnerRemoveCommand,
  liaisonAddCommand,
  liaisonRemoveCommand,
  coordinatorAddCommand,
  coordinatorRemoveCommand,
];
