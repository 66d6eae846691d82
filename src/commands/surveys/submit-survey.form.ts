import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import type { FormHandler } from "../../forms/interaction-handlers.js";
import type { SurveyAnswerInput } from "../../store/survey-responses-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { readRecordId } from "../argument-schemas.js";
import { SURVEY_FORM_ID, questionFieldId } from "./build-survey-form.js";
import { getSurvey } from "./get-survey.js";
import { requireSurveyAudience } from "./require-survey-audience.js";
import { surveyAnswerSchema } from "./survey-answer-schema.js";

export const submitSurveyForm: FormHandler = {
  formId: SURVEY_FORM_ID,
  async handle(formContext, values, context) {
    const surveyId = readRecordId(formContext);
    if (surveyId === null) throw new UserError("bad-arguments", "That survey form is damaged. Open the survey again from its button.");
    const { survey, partnership } = await getSurvey(context, surveyId);
    if (survey.status !== "open") throw new UserError("closed", `Survey #${survey.id} is not open for answers, so nothing was saved.`);
    await requireSurveyAudience(context, survey, partnership, true);
    const duplicate = `You have already answered "${survey.title}", so this second answer was not saved. Each person answers once.`;
    if (await context.store.surveyResponses.hasParticipated(survey.id, context.person.id)) throw new UserError("conflict", duplicate);

    const errors: Record<string, string> = {};
    const answers: SurveyAnswerInput[] = [];
    for (const question of survey.questions) {
      const field = questionFieldId(question.id);
      const parsed = surveyAnswerSchema(question).safeParse(values[field]);
      if (parsed.success) answers.push(parsed.data);
      else errors[field] = parsed.error.issues[0]!.message;
    }
    if (Object.keys(errors).length > 0) return { kind: "form-errors", errors };

    const saved = await context.store.surveyResponses.submit({
      surveyId: survey.id,
      partnershipId: partnership.id,
      personId: context.person.id,
      anonymous: survey.anonymous,
      submittedOn: calendarDateIn(context.clock.now(), partnership.timezone),
      answers,
    });
    if (!saved) throw new UserError("conflict", duplicate);
    return new MessageBuilder("Survey answers saved")
      .text(`Thanks, ${context.person.displayName}. Your answers to "${survey.title}" are saved${survey.anonymous ? " without your name" : ""}.`)
      .build();
  },
};
