import { UserError } from "../errors.js";
import type { Store } from "../store/create-store.js";
import type { PersonRecord } from "../store/people-repository.js";
import type { PartnershipRecord } from "../store/partnerships-repository.js";
import type { Actor } from "../ports/actor.js";

/** "slack:T123:U456" entries from COORDINATORS: the first coordinators of each workspace. */
export type ConfiguredCoordinators = ReadonlySet<string>;

export function coordinatorKey(platform: string, workspaceId: string, userId: string): string {
  return `${platform}:${workspaceId}:${userId}`;
}

/**
 * Who may change what. Anyone in a workspace may read; only a partnership's liaisons and the
 * workspace's coordinators may change it; only coordinators create partnerships and name coordinators.
 */
export class Access {
  private coordinator: boolean | undefined;

  constructor(
    private readonly store: Store,
    private readonly actor: Actor,
    private readonly person: PersonRecord,
    private readonly configured: ConfiguredCoordinators,
  ) {}

  async isCoordinator(): Promise<boolean> {
    this.coordinator ??=
      this.actor.isPlatformAdmin ||
      this.configured.has(coordinatorKey(this.actor.platform, this.actor.workspaceId, this.actor.userId)) ||
      (await this.store.coordinators.isCoordinator({ platform: this.actor.platform, workspaceId: this.actor.workspaceId }, this.person.id));
    return this.coordinator;
  }

  /**
   * Coordinators administer their own workspace's partnerships only: linking a partnership into
   * another workspace lets people there read it, not its admins change it.
   */
  async canChange(partnership: PartnershipRecord): Promise<boolean> {
    const home = partnership.platform === this.actor.platform && partnership.workspaceId === this.actor.workspaceId;
    return (home && (await this.isCoordinator())) || (await this.store.partnerships.isLiaison(partnership.id, this.person.id));
  }

  /** Throws a forbidden error that says who can make the change. */
  async requireChange(partnership: PartnershipRecord): Promise<void> {
    if (await this.canChange(partnership)) return;
    const liaisons = await this.store.partnerships.liaisonNames(partnership.id);
    const who = liaisons.length > 0 ? `its liaisons (${liaisons.join(", ")}) or a coordinator` : "a coordinator";
    throw new UserError("forbidden", `Only ${who} can change ${partnership.handle}. Ask one of them, or ask a coordinator to add you as a liaison.`);
  }

  async requireCoordinator(what: string): Promise<void> {
    if (await this.isCoordinator()) return;
    const coordinators = await this.store.coordinators.list({ platform: this.actor.platform, workspaceId: this.actor.workspaceId });
    const who = coordinators.length > 0 ? `a coordinator (${coordinators.map((c) => c.displayName).join(", ")})` : "a coordinator (a workspace admin)";
    throw new UserError("forbidden", `Only ${who} can ${what}. Ask them to do it or to make you a coordinator.`);
  }
}
