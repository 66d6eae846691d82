import type { Command } from "../command.js";
import { surveyCloseCommand } from "./survey-close.command.js";
import { surveyCreateCommand } from "./survey-create.command.js";
import { surveyLinkCommand } from "./survey-link.command.js";
import { surveyQuestionCommand } from "./survey-question.command.js";
import { surveyReopenCommand } from "./survey-reopen.command.js";
import { surveyResultsCommand } from "./survey-results.command.js";
import { surveyTemplatesCommand } from "./survey-templates.command.js";
import { surveySendCommand } from "./survey-send.command.js";

/** survey create|question|send|link|results|close|reopen|templates. */
export const surveyCommands: Command[] = [surveyCreateCommand, surveyQuestionCommand, surveySendCommand, surveyLinkCommand, surveyResultsCommand, surveyCloseCommand, surveyReopenCommand, surveyTemplatesCommand];
