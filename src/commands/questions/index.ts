import type { Command } from "../command.js";
import { questionAddCommand } from "./question-add.command.js";
import { questionListCommand } from "./question-list.command.js";
import { questionMoveCommand } from "./question-move.command.js";
import { questionRemoveCommand } from "./question-remove.command.js";

export const questionCommands: Command[] = [questionAddCommand, questionListCommand, questionMoveCommand, questionRemoveCommand];
