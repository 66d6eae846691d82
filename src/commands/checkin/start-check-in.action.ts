import { UserError } from "../../errors.js";
import type { ActionHandler } from "../../forms/interaction-handlers.js";
import { readRecordId } from "../argument-schemas.js";
import { openCheckIn } from "./open-check-in.js";

/** The "Start check-in" button on prompts and status: its value is the partnership id. */
export const startCheckInAction: ActionHandler = {
  action: "checkin.start",
  async handle(value, context) {
    const id = readRecordId(value.trim());
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const partnership = id === null ? null : await context.store.partnerships.findVisibleById(workspace, id);
    if (partnership === null) throw new UserError("not-found", "That partnership is not available here any more. Type `/partner list` to see yours.");
    return openCheckIn(partnership, context);
  },
};
