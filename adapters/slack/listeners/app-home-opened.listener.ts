import type { App } from "@slack/bolt";
import { publishHome } from "../home/publish-home.js";
import { SLACK } from "../slack-platform-name.js";
import type { ListenerDependencies } from "./listener-dependencies.js";
import { AppHomeOpenedSchema, firstIssue } from "./payload-schemas.js";

/**
 * The Home tab, published when the person opens it. Slack retries an event it thinks was missed
 * (X-Slack-Retry-Num) with the same event_id; the core remembers event ids for a day.
 */
export function registerAppHomeOpened(app: App, { bot, actors, work, logger }: ListenerDependencies): void {
  app.event("app_home_opened", async ({ body, context, client }) => {
    const parsed = AppHomeOpenedSchema.safeParse(body);
    if (!parsed.success) {
      logger.warn({ problem: firstIssue(parsed.error) }, "ignored an app_home_opened event with an unexpected shape");
      return;
    }
    const { team_id: teamId, event_id: eventId, event } = parsed.data;
    if (event.tab !== undefined && event.tab !== "home") return;
    if (!(await bot.claimInboundDelivery(SLACK, `event:${eventId}`))) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, "skipped a Slack event already handled");
      return;
    }
    work.run("home", async () => publishHome(client, bot, await actors.resolve(client, teamId, event.user)));
  });
}
