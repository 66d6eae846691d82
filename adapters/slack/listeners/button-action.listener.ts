import type { App } from "@slack/bolt";
import { actionFromActionId, BUTTON_ACTION_ID } from "../render/render-blocks.js";
import { sendReplyOrApologize } from "../send-reply.js";
import type { ListenerDependencies } from "./listener-dependencies.js";
import { BlockActionsSchema, ButtonSchema, firstIssue } from "./payload-schemas.js";

/** A click on a button the bot rendered: acknowledged at once; a form it returns opens as a modal. */
export function registerButtonAction(app: App, { bot, actors, work, logger }: ListenerDependencies): void {
  app.action({ type: "block_actions", action_id: BUTTON_ACTION_ID }, async ({ ack, body, action, respond, client }) => {
    await ack();
    const parsed = BlockActionsSchema.safeParse(body);
    const button = ButtonSchema.safeParse(action);
    const actionName = button.success ? actionFromActionId(button.data.action_id) : null;
    if (!parsed.success || !button.success || actionName === null) {
      logger.warn({ problem: parsed.success ? (button.success ? "action_id" : firstIssue(button.error)) : firstIssue(parsed.error) }, "ignored a button click with an unexpected shape");
      return;
    }
    const teamId = parsed.data.team?.id ?? parsed.data.user.team_id;
    if (teamId === undefined) {
      logger.warn({ problem: "team" }, "ignored a button click without a team");
      return;
    }
    const { user, trigger_id: triggerId, channel, response_url: responseUrl } = parsed.data;
    work.run("action", async () => {
      const actor = await actors.resolve(client, teamId, user.id);
      const reply = await bot.runAction(actionName, button.data.value, { actor, channelId: channel?.id });
      await sendReplyOrApologize(reply, { client, userId: user.id, channelId: channel?.id, triggerId, respond: responseUrl === undefined ? undefined : respond, logger });
    });
  });
}
