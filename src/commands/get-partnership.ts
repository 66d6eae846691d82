import { calendarDateIn } from "../domain/calendar-date.js";
import { closestMatches } from "../domain/closest-matches.js";
import { UserError } from "../errors.js";
import type { PartnershipRecord } from "../store/partnerships-repository.js";
import type { CommandContext } from "./command-context.js";

// Edit distance runs on at most this many handles found by the database, not on every handle.
const SUGGESTION_CANDIDATES = 50;

/** The partnership this workspace calls `handle`; a not-found error suggests the closest handles. */
export async function getPartnership(context: CommandContext, handle: string): Promise<PartnershipRecord> {
  const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
  const found = await context.store.partnerships.findVisible(workspace, handle);
  if (found !== null) return found;
  const renamed = await context.store.partnerships.findByAlias(workspace, handle, context.clock.now());
  if (renamed !== null) {
    const until = calendarDateIn(renamed.expiresAt, renamed.partnership.timezone);
    context.notices.push(`\`${renamed.oldHandle}\` is now \`${renamed.partnership.handle}\`: use the new handle (the old one works until ${until}).`);
    return renamed.partnership;
  }
  const { handles, anyVisible } = await context.store.partnerships.findHandlesLike(workspace, handle, SUGGESTION_CANDIDATES);
  const suggestions = closestMatches(handle, handles);
  const hint =
    suggestions.length > 0
      ? `Did you mean ${suggestions.map((suggestion) => `\`${suggestion}\``).join(" or ")}?`
      : anyVisible
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
