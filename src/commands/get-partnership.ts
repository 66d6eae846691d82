import { closestMatches } from "../domain/closest-matches.js";
import { UserError } from "../errors.js";
import type { PartnershipRecord } from "../store/partnerships-repository.js";
import type { CommandContext } from "./command-context.js";

/** The partnership this workspace calls `handle`; a not-found error suggests the closest handles. */
export async function getPartnership(context: CommandContext, handle: string): Promise<PartnershipRecord> {
  const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
  const found = await context.store.partnerships.findVisible(workspace, handle);
  if (found !== null) return found;
  const handles = (await context.store.partnerships.listVisible(workspace)).map((partnership) => partnership.handle);
  const suggestions = closestMatches(handle, handles);
  const hint =
    suggestions.length > 0
      ? `Did you mean ${suggestions.map((suggestion) => `\`${suggestion}\``).join(" or ")}?`
      : handles.length > 0
        ? "Type `/partner list` to see the partnerships here."
        : "There are no partnerships here yet; a coordinator can create one with `/partner new`.";
  throw new UserError("not-found", `No partnership called \`${handle}\` here. ${hint}`);
}

/** The partnership, after checking the caller may change it. */
export async function getChangeablePartnership(context: CommandContext, handle: string): Promise<PartnershipRecord> {
  const partnership = await getPartnership(context, handle);
  await context.access.requireChange(partnership);
  return partnership;
}
