import { startCheckInAction } from "../commands/checkin/start-check-in.action.js";
import { submitCheckInForm } from "../commands/checkin/submit-check-in.form.js";
import { startSurveyAction } from "../commands/surveys/start-survey.action.js";
import { submitSurveyForm } from "../commands/surveys/submit-survey.form.js";
import type { ActionHandler, FormHandler } from "./interaction-handlers.js";

/** Every form a handler returns, by formId. */
export const formHandlers: FormHandler[] = [submitCheckInForm, submitSurveyForm];

/** Every button action, by action name. */
export const actionHandlers: ActionHandler[] = [startCheckInAction, startSurveyAction];
