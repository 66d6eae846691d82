import type { webApi } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../src/logging/create-logger.js";
import type { Actor } from "../../src/ports/actor.js";
import type { Core } from "../../src/ports/core.js";
import { describeSlackError } from "./describe-slack-error.js";
import { SLACK } from "./slack-platform-name.js";

/** How long a users.info answer is trusted: admin rights make coordinators, so not for long. */
const PROFILE_TTL_MS = 60 * 60 * 1000;

const UsersInfoSchema = z.object({
  user: z.looseObject({
    name: z.string().optional(),
    real_name: z.string().optional(),
    is_admin: z.boolean().optional(),
    is_owner: z.boolean().optional(),
    profile: z.looseObject({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
  }),
});

/**
 * The actor behind a Slack user: people are linked by (slack, team_id, user_id); the display name
 * and admin flag (admins and owners count as coordinators) come from users.info, asked at most once
 * an hour per person and process and kept by the core, which names people everywhere and stands
 * in when Slack does not answer. A stored profile alone is not trusted for the admin flag: an
 * identity created from an @mention has a name but was never asked about.
 */
export class SlackActorResolver {
  /** team:user -> when this process last had users.info's answer. */
  private readonly checked = new Map<string, number>();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly core: Core,
    private readonly logger: Logger,
  ) {}

  async resolve(teamId: string, userId: string): Promise<Actor> {
    const base = { platform: SLACK, workspaceId: teamId, userId };
    const key = `${teamId}:${userId}`;
    const now = this.core.now().getTime();
    const cached = await this.core.findProfile(base);
    const known = cached !== null && cached.displayName !== null && cached.displayName !== "" && cached.displayName !== userId;
    if (known && now - (this.checked.get(key) ?? Number.NEGATIVE_INFINITY) < PROFILE_TTL_MS) {
      return { ...base, displayName: cached.displayName!, isPlatformAdmin: cached.isPlatformAdmin };
    }
    try {
      const { user } = UsersInfoSchema.parse(await this.client.users.info({ user: userId }));
      const displayName = user.profile?.display_name || user.profile?.real_name || user.real_name || user.name || userId;
      const isPlatformAdmin = user.is_admin === true || user.is_owner === true;
      await this.core.learnProfile(base, { displayName, isPlatformAdmin });
      this.checked.set(key, now);
      return { ...base, displayName, isPlatformAdmin };
    } catch (error) {
      // Slack is slow or says no: go on with what the store knows rather than fail the request.
      this.logger.warn({ error: describeSlackError(error), teamId, userId }, "users.info failed; using the stored profile");
      return { ...base, displayName: known ? cached.displayName! : userId, isPlatformAdmin: cached?.isPlatformAdmin ?? false };
    }
  }
}
