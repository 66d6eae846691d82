import type { Command } from "../command.js";
import { blackoutAddCommand } from "./blackout-add.command.js";
import { blackoutRemoveCommand } from "./blackout-remove.command.js";
import { calendarImportCommand } from "./calendar-import.command.js";
import { calendarRemoveCommand } from "./calendar-remove.command.js";
import { calendarWordsCommand } from "./calendar-words.command.js";
import { oooCommand } from "./ooo.command.js";
import { pauseCommand } from "./pause.command.js";
import { resumeCommand } from "./resume.command.js";
import { scheduleSetCommand } from "./schedule-set.command.js";
import { scheduleShowCommand } from "./schedule-show.command.js";

/** schedule show|set, pause, resume, ooo, blackout add|remove, calendar import|words|remove. */
export const scheduleCommands: Command[] = [
  scheduleShowCommand,
  scheduleSetCommand,
  pauseCommand,
  resumeCommand,
  oooCommand,
  blackoutAddCommand,
  blackoutRemoveCommand,
  calendarImportCommand,
  calendarWordsCommand,
  calendarRemoveCommand,
];
