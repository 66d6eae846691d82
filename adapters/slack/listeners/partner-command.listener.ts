import type { App } from "@slack/bolt";
import { sendReplyOrApologize } from "../send-reply.js";
import type { ListenerDependencies } from "./listener-dependencies.js";
import { firstIssue, SlashCommandSchema } from "./payload-schemas.js";

export const PARTNER_COMMAND = "/partner";

/** `/partner <text>`: acknowledged at once; the command runs afterwards and answers through respond(). */
export function registerPartnerCommand(app: App, { bot, actors, work, logger }: ListenerDependencies): void {
  app.command(PARTNER_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const parsed = SlashCommandSchema.safeParse(command);
    if (!parsed.success) {
      logger.warn({ problem: firstIssue(parsed.error) }, "ignored a /partner request with an unexpected shape");
      return;
    }
    const { team_id: teamId, user_id: userId, channel_id: channelId, text, trigger_id: triggerId, response_url: responseUrl } = parsed.data;
    work.run("command", async () => {
      const actor = await actors.resolve(client, teamId, userId);
      const reply = await bot.runCommandLine(text, { actor, channelId });
      await sendReplyOrApologize(reply, { client, userId, channelId, triggerId, respond: responseUrl === undefined ? undefined : respond, logger });
    });
  });
}
