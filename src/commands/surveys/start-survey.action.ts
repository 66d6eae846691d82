import { UserError } from "../../errors.js";
import type { ActionHandler } from "../../forms/interaction-handlers.js";
import { readRecordId } from "../argument-schemas.js";
import { buildSurveyForm } from "./build-survey-form.js";
import { getSurvey } from "./get-survey.js";
import { requireSurveyAudience } from "./require-survey-audience.js";

/** The "Answer the survey" button on survey invitations: its value is the survey id. */
export const startSurveyAction: ActionHandler = {
  action: "survey.start",
  async handle(value, context) {
    const surveyId = readRecordId(value);
    if (surveyId === null) throw new UserError("not-found", "That survey button is damaged. Ask for the survey to be sent again.");
    const { survey, partnership } = await getSurvey(context, surveyId);
    if (survey.status !== "open") throw new UserError("closed", `Survey #${survey.id} is not open for answers.`);
    await requireSurveyAudience(context, survey, partnership);
    if (await context.store.surveyResponses.hasParticipated(survey.id, context.person.id)) {
      throw new UserError("conflict", `You have already answered "${survey.title}". Thank you! Each person answers once.`);
    }
    return buildSurveyForm(survey);
  },
};
