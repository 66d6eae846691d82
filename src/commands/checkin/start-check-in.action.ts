import { UserError } from "../../errors.js";
import type { ActionHandler } from "../../forms/interaction-handlers.js";
import { openCheckIn } from "./open-check-in.js";

/** The "Start check-in" button on prompts and status: its value is the partnership id. */
export const startCheckInAction: ActionHandler = {
  action: "checkin.start",
  async handle(value, context) {
    // Ids are database integers: a longer number (a forged button) would overflow the query.
    const id = /^\d{1,9}$/.test(value) ? Number(value) : null;
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const partnership = id === null ? null : await context.store.partnerships.findVisibleById(workspace, id);
    if (partnership === null) throw new UserError("not-found", "That partnership is not available here any more. Type `/partner list` to see yours.");
    return openCheckIn(partnership, context);
  },
};
