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
    /** The user's own workspace: another one for a Slack Connect user in a shared channel. */
    team_id: z.string().optional(),
    is_admin: z.boolean().optional(),
    is_owner: z.boolean().optional(),
    /** A user from an external organisation this workspace has no connection with. */
    is_stranger: z.boolean().optional(),
    /** Enterprise Grid: every workspace of the organisation the user belongs to. */
    enterprise_user: z.looseObject({ teams: z.array(z.string()).optional() }).optional(),
    profile: z.looseObject({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
  }),
});
type UsersInfoUser = z.infer<typeof UsersInfoSchema>["user"];

/**
 * Admin rights count only in the user's own workspace: users.info's is_admin describes the user's
 * home workspace, which for a Slack Connect user in a shared channel is not the one asking.
 */
function administers(user: UsersInfoUser, teamId: string): boolean {
  const member = user.is_stranger !== true && (user.team_id === teamId || (user.enterprise_user?.teams ?? []).includes(teamId));
  return member && (user.is_admin === true || user.is_owner === true);
}

/**
 * The actor behind a Slack user: people are linked by (slack, team_id, user_id); the display name
 * and admin flag (admins and owners of this workspace count as coordinators; a Slack Connect user
 * from another workspace never does) come from users.info, asked at most once an hour per person
 * and process and kept by the core, which names people everywhere and stands in for the name when
 * Slack does not answer. A stored profile alone is never trusted for the admin flag: an identity
 * created from an @mention was never asked about, and an admin may have been demoted since.
 */
export class SlackActorResolver {
  /** team:user -> when this process last had users.info's answer. */
  private readonly checked = new Map<string, number>();

  constructor(
    private readonly core: Core,
    private readonly logger: Logger,
  ) {}

  /** `client` is the request's, with the token of the workspace it came from. */
  async resolve(client: webApi.WebClient, teamId: string, userId: string): Promise<Actor> {
    const base = { platform: SLACK, workspaceId: teamId, userId };
    const key = `${teamId}:${userId}`;
    const now = this.core.now().getTime();
    const cached = await this.core.findProfile(base);
    const known = cached !== null && cached.displayName !== null && cached.displayName !== "" && cached.displayName !== userId;
    if (known && now - (this.checked.get(key) ?? Number.NEGATIVE_INFINITY) < PROFILE_TTL_MS) {
      return { ...base, displayName: cached.displayName!, isPlatformAdmin: cached.isPlatformAdmin };
    }
    try {
      const { user } = UsersInfoSchema.parse(await client.users.info({ user: userId }));
      const displayName = user.profile?.display_name || user.profile?.real_name || user.real_name || user.name || userId;
      const isPlatformAdmin = administers(user, teamId);
      await this.core.learnProfile(base, { displayName, isPlatformAdmin });
      this.checked.set(key, now);
      return { ...base, displayName, isPlatformAdmin };
    } catch (error) {
      // Slack is slow or says no: go on with the stored name rather than fail the request, but
      // without admin rights, which only a fresh answer grants (the admin may have been demoted).
      this.logger.warn({ error: describeSlackError(error), teamId, userId }, "users.info failed; using the stored name, without admin rights");
      return { ...base, displayName: known ? cached.displayName! : userId, isPlatformAdmin: false };
    }
  }
}
