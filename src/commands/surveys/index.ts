import type { Command } from "../command.js";

/** survey create|send|results. */
export const surveyCommands: Command[] = [];
