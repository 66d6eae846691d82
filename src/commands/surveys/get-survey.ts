import { UserError } from "../../errors.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { SurveyRecord } from "../../store/surveys-repository.js";
import type { CommandContext } from "../command-context.js";

/** The survey with this number, if its partnership is visible in the caller's workspace. */
export async function getSurvey(context: CommandContext, surveyId: number): Promise<{ survey: SurveyRecord; partnership: PartnershipRecord }> {
  const survey = await context.store.surveys.find(surveyId);
  const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
  const partnership = survey === null ? null : await context.store.partnerships.findVisibleById(workspace, survey.partnershipId);
  if (survey === null || partnership === null) {
    throw new UserError("not-found", `There is no survey #${surveyId} here. Create one with /partner survey create <partnership> <title>.`);
  }
  return { survey, partnership };
}
