import type { App } from "@slack/bolt";
import { claimInboundDelivery, pruneInboundDeliveries } from "../../../src/store/processed-deliveries-repository.js";
import { publishHome } from "../home/publish-home.js";
import { SLACK } from "../slack-platform-name.js";
import type { ListenerDependencies } from "./listener-dependencies.js";
import { AppHomeOpenedSchema, firstIssue } from "./payload-schemas.js";

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * The Home tab, published when the person opens it. Slack retries an event it thinks was missed
 * (X-Slack-Retry-Num) with the same event_id; the store remembers event ids for a day.
 */
export function registerAppHomeOpened(app: App, { bot, client, actors, work, logger }: ListenerDependencies): void {
  const { store, clock } = bot.dependencies;
  let prunedAt = 0;
  app.event("app_home_opened", async ({ body, context }) => {
    const parsed = AppHomeOpenedSchema.safeParse(body);
    if (!parsed.success) {
      logger.warn({ problem: firstIssue(parsed.error) }, "ignored an app_home_opened event with an unexpected shape");
      return;
    }
    const { team_id: teamId, event_id: eventId, event } = parsed.data;
    if (event.tab !== undefined && event.tab !== "home") return;
    const now = clock.now();
    if (!(await claimInboundDelivery(store.db, SLACK, `event:${eventId}`, now))) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, "skipped a Slack event already handled");
      return;
    }
    if (now.getTime() - prunedAt > HOUR_MS) {
      prunedAt = now.getTime();
      await pruneInboundDeliveries(store.db, SLACK, new Date(now.getTime() - DAY_MS));
    }
    work.run("home", async () => publishHome(client, bot, await actors.resolve(teamId, event.user)));
  });
}
