import { UserError } from "../../errors.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { SurveyRecord } from "../../store/surveys-repository.js";
import type { CommandContext } from "../command-context.js";

/**
 * Only the people a survey was sent to answer it (or, for a survey sent to everyone in a channel,
 * anyone in that workspace): seeing a partnership is not enough, or one person with many accounts
 * could answer many times.
 */
export async function requireSurveyAudience(context: CommandContext, survey: SurveyRecord, partnership: PartnershipRecord, nothingSaved = false): Promise<void> {
  const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
  if (await context.store.surveys.isAddressedTo(survey.id, context.person.id, workspace)) return;
  const saved = nothingSaved ? " Nothing was saved." : "";
  throw new UserError(
    "forbidden",
    `"${survey.title}" was sent to ${partnership.handle}'s liaisons, and you are not one of them, so you cannot answer it.${saved} If you should be asked, tell a liaison: they can add you as a liaison and send it again, or send it to everyone in a channel with /partner survey send ${survey.id} --everyone.`,
  );
}
