import type { Command } from "../command.js";
import { surveyCreateCommand } from "./survey-create.command.js";
import { surveyQuestionCommand } from "./survey-question.command.js";
import { surveyResultsCommand } from "./survey-results.command.js";
import { surveySendCommand } from "./survey-send.command.js";

/** survey create|question|send|results. */
export const surveyCommands: Command[] = [surveyCreateCommand, surveyQuestionCommand, surveySendCommand, surveyResultsCommand];
