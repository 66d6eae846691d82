import { UserError } from "../../errors.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { CommandContext } from "../command-context.js";
import { getPartnership } from "../get-partnership.js";

/**
 * The partnership to link or unlink: one this workspace sees and the caller may change, or, from
 * another workspace, one the caller is a liaison of (linking is how a partnership reaches a second
 * workspace). Coordinators of this workspace cannot pull in partnerships they cannot see.
 */
export async function findLinkablePartnership(context: CommandContext, handle: string): Promise<PartnershipRecord> {
  try {
    const partnership = await getPartnership(context, handle);
    await context.access.requireChange(partnership);
    return partnership;
  } catch (error) {
    if (!(error instanceof UserError) || error.code !== "not-found") throw error;
    const liaised = await context.store.channelLinks.findLiaisonPartnership(handle, context.person.id);
    if (liaised === null) throw error;
    return liaised;
  }
}
