import { ARCHIVED } from "../domain/vocabulary.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import { isUniqueViolation } from "./is-unique-violation.js";
import { PREPARED } from "./prepared-statements.js";
import type { Transaction } from "./transaction.js";

export interface PartnershipRecord {
  id: number;
  platform: string;
  workspaceId: string;
  handle: string;
  name: string;
  status: string;
  programModels: string[];
  timezone: string;
}

export interface Workspace {
  platform: string;
  workspaceId: string;
}

export type NewPartnership = Omit<PartnershipRecord, "id">;

export interface PartnershipFilter {
  /** Without one, archived partnerships are left out. */
  status?: string;
  /** Only partnerships where this person is a liaison of a partner. */
  liaisonPersonId?: number;
}

type Row = Omit<PartnershipRecord, "programModels"> & { programModels: string };

function toRecord(row: Row): PartnershipRecord {
  return { ...row, programModels: row.programModels === "" ? [] : row.programModels.split(",") };
}

const COLUMNS = { id: true, platform: true, workspaceId: true, handle: true, name: true, status: true, programModels: true, timezone: true } as const;

/** A partnership found by a handle it had before `rename`. */
export interface AliasMatch {
  partnership: PartnershipRecord;
  oldHandle: string;
  expiresAt: Date;
}

/** What edit may change; the schedule follows a new time zone, and its cursor a new status. */
export interface PartnershipEdit {
  name?: string;
  timezone?: string;
  programModels?: string[];
  status?: string;
}

export type RenameOutcome = { kind: "renamed" } | { kind: "taken"; by: "partnership" | "alias" } | { kind: "changed" };

/**
 * Partnerships belong to the workspace they were created in and are visible there and in any
 * workspace where a channel is linked to them; nowhere else.
 */
export class PartnershipsRepository {
  constructor(private readonly db: Database) {}

  private visibleWhere(workspace: Workspace) {
    return {
      OR: [
        { platform: workspace.platform, workspaceId: workspace.workspaceId },
        { links: { some: { platform: workspace.platform, workspaceId: workspace.workspaceId } } },
      ],
    };
  }

  /**
   * Creates a partnership with the default weekly schedule; null when the handle is taken here.
   * `setUp` adds to it in the same transaction (a template's metrics, milestones and questions).
   */
  async create(input: NewPartnership, actorId: number, setUp?: (tx: Transaction, partnershipId: number) => Promise<void>): Promise<{ id: number } | null> {
    const taken = await this.db.partnership.findUnique({
      where: { platform_workspaceId_handle: { platform: input.platform, workspaceId: input.workspaceId, handle: input.handle } },
      select: { id: true },
    });
    if (taken !== null) return null;
    // An old handle stays taken until the hourly pruning removes it after it expires.
    if ((await this.findAliasOwner(input, input.handle)) !== null) return null;
    return this.db.$transaction(async (tx) => {
      const created = await tx.partnership.create({
        data: { ...input, programModels: input.programModels.join(","), schedule: { create: { timezone: input.timezone } } },
        select: { id: true },
      });
      await recordAudit(tx, { partnershipId: created.id, actorId, action: "create", entity: "partnership", entityId: created.id, after: input });
      await setUp?.(tx, created.id);
      return created;
    });
  }

  /** The partnership with this handle that the workspace can see; its own before a linked one. */
  async findVisible(workspace: Workspace, handle: string): Promise<PartnershipRecord | null> {
    // The common case (every command that names a partnership) is one unique-index lookup, a
    // prepared statement; links are only searched when that misses.
    const [own] = await this.db.$queryRaw<(Omit<Row, "id"> & { id: number | bigint })[]>`${PREPARED}
      SELECT "id", "platform", "workspaceId", "handle", "name", "status", "programModels", "timezone" FROM "Partnership"
      WHERE "platform" = ${workspace.platform} AND "workspaceId" = ${workspace.workspaceId} AND "handle" = ${handle}`;
    if (own !== undefined) return toRecord({ ...own, id: Number(own.id) });
    const linked = await this.db.partnership.findFirst({
      where: { handle, links: { some: { platform: workspace.platform, workspaceId: workspace.workspaceId } } },
      select: COLUMNS,
      orderBy: { id: "asc" },
    });
    return linked === null ? null : toRecord(linked);
  }

  async listVisible(workspace: Workspace): Promise<PartnershipRecord[]> {
    const rows = await this.db.partnership.findMany({
      where: this.visibleWhere(workspace),
      select: COLUMNS,
      orderBy: { handle: "asc" },
    });
    return rows.map(toRecord);
  }

  /** One page of the visible partnerships in handle order, and how many match in all. */
  async listPage(workspace: Workspace, filter: PartnershipFilter, page: { skip: number; take: number }): Promise<{ partnerships: PartnershipRecord[]; total: number }> {
    const where = {
      AND: [
        this.visibleWhere(workspace),
        filter.status === undefined ? { status: { not: ARCHIVED } } : { status: filter.status },
        ...(filter.liaisonPersonId === undefined ? [] : [{ partners: { some: { liaisons: { some: { personId: filter.liaisonPersonId } } } } }]),
      ],
    };
    const [rows, total] = await Promise.all([
      this.db.partnership.findMany({ where, select: COLUMNS, orderBy: [{ handle: "asc" }, { id: "asc" }], skip: page.skip, take: page.take }),
      this.db.partnership.count({ where }),
    ]);
    return { partnerships: rows.map(toRecord), total };
  }

  /**
   * Visible handles that might be what `typed` meant: containing it or one of its dash-separated
   * words, or sharing its first or last three characters. At most `limit` per kind of match, so a
   * suggestion costs about the same with 10 or 10,000 partnerships.
   */
  async findHandlesLike(workspace: Workspace, typed: string, limit: number): Promise<{ handles: string[]; anyVisible: boolean }> {
    const words = typed.split("-").filter((word) => word.length >= 3 && word !== typed);
    const patterns = [typed, ...words].map((word) => ({ handle: { contains: word } }));
    const matches = [...patterns, { handle: { startsWith: typed.slice(0, 3) } }, { handle: { endsWith: typed.slice(-3) } }];
    const found = await Promise.all(
      matches.map((match) => this.db.partnership.findMany({ where: { AND: [this.visibleWhere(workspace), match] }, select: { handle: true }, orderBy: { handle: "asc" }, take: limit })),
    );
    const handles = [...new Set(found.flat().map((row) => row.handle))];
    const anyVisible = handles.length > 0 || (await this.db.partnership.findFirst({ where: this.visibleWhere(workspace), select: { id: true } })) !== null;
    return { handles, anyVisible };
  }

  /** Up to `limit` visible partnerships whose handle or name contains `text` (autocomplete). */
  async search(workspace: Workspace, text: string, limit: number): Promise<PartnershipRecord[]> {
    const rows = await this.db.partnership.findMany({
      where: { AND: [this.visibleWhere(workspace), { OR: [{ handle: { contains: text.toLowerCase() } }, { name: { contains: text } }] }] },
      select: COLUMNS,
      orderBy: { handle: "asc" },
      take: limit,
    });
    return rows.map(toRecord);
  }

  /** The partnership with this id if the workspace can see it (ids arrive in buttons and forms). */
  async findVisibleById(workspace: Workspace, id: number): Promise<PartnershipRecord | null> {
    const row = await this.db.partnership.findFirst({ where: { id, ...this.visibleWhere(workspace) }, select: COLUMNS });
    return row === null ? null : toRecord(row);
  }

  /** The partnership that had `handle` before a rename, if the alias has not expired and the workspace sees it. */
  async findByAlias(workspace: Workspace, handle: string, now: Date): Promise<AliasMatch | null> {
    // One alias per workspace and handle: at most a few, when partnerships linked in had it too.
    const aliases = await this.db.partnershipHandleAlias.findMany({
      where: { handle, expiresAt: { gt: now }, partnership: this.visibleWhere(workspace) },
      orderBy: { id: "asc" },
      take: 5,
      select: { handle: true, expiresAt: true, platform: true, workspaceId: true, partnership: { select: COLUMNS } },
    });
    // Its own workspace's old handle before one of a partnership linked in, as for live handles.
    const alias = aliases.find((candidate) => candidate.platform === workspace.platform && candidate.workspaceId === workspace.workspaceId) ?? aliases[0];
    if (alias === undefined) return null;
    return { partnership: toRecord(alias.partnership), oldHandle: alias.handle, expiresAt: alias.expiresAt };
  }

  /** Which partnership holds `handle` as an alias in the workspace (null: none). */
  private async findAliasOwner(workspace: Workspace, handle: string): Promise<number | null> {
    const alias = await this.db.partnershipHandleAlias.findUnique({
      where: { platform_workspaceId_handle: { platform: workspace.platform, workspaceId: workspace.workspaceId, handle } },
      select: { partnershipId: true },
    });
    return alias?.partnershipId ?? null;
  }

  /**
   * Changes name, time zone, program models or status in one transaction with its audit entry,
   * only if the partnership still has the status `before` says (false: someone changed it first).
   * A new time zone moves the schedule's; `nextRoundAt`, when given, moves the schedule's cursor.
   */
  async edit(change: { before: PartnershipRecord; actorId: number; at: Date; fields: PartnershipEdit; nextRoundAt?: Date | null }): Promise<boolean> {
    const { before, fields } = change;
    return this.db.$transaction(async (tx) => {
      const data = {
        ...(fields.name === undefined ? {} : { name: fields.name }),
        ...(fields.timezone === undefined ? {} : { timezone: fields.timezone }),
        ...(fields.programModels === undefined ? {} : { programModels: fields.programModels.join(",") }),
        ...(fields.status === undefined ? {} : { status: fields.status }),
        updatedAt: change.at,
      };
      const { count } = await tx.partnership.updateMany({ where: { id: before.id, status: before.status }, data });
      if (count === 0) return false;
      const schedule = {
        ...(fields.timezone === undefined ? {} : { timezone: fields.timezone }),
        ...(change.nextRoundAt === undefined ? {} : { nextRoundAt: change.nextRoundAt }),
      };
      if (Object.keys(schedule).length > 0) await tx.schedule.updateMany({ where: { partnershipId: before.id }, data: { ...schedule, updatedAt: change.at } });
      const was = Object.fromEntries(Object.keys(fields).map((key) => [key, before[key as keyof PartnershipEdit]]));
      await recordAudit(tx, { partnershipId: before.id, actorId: change.actorId, action: "update", entity: "partnership", entityId: before.id, before: was, after: fields });
      return true;
    });
  }

  /**
   * Gives the partnership a new handle; the old one stays an alias until `aliasUntil`. Refused when
   * the new handle is another partnership's here, or another's unexpired alias. Renaming back to one
   * of its own aliases takes that alias back.
   */
  async rename(change: { partnership: PartnershipRecord; actorId: number; at: Date; handle: string; aliasUntil: Date }): Promise<RenameOutcome> {
    const { partnership, handle } = change;
    const home = { platform: partnership.platform, workspaceId: partnership.workspaceId };
    try {
      return await this.db.$transaction(async (tx) => {
        const holder = await tx.partnership.findUnique({ where: { platform_workspaceId_handle: { ...home, handle } }, select: { id: true } });
        if (holder !== null) return { kind: "taken", by: "partnership" } as const;
        const key = { platform_workspaceId_handle: { ...home, handle } };
        const alias = await tx.partnershipHandleAlias.findUnique({ where: key, select: { id: true, partnershipId: true, expiresAt: true } });
        if (alias !== null && alias.partnershipId !== partnership.id && alias.expiresAt > change.at) return { kind: "taken", by: "alias" } as const;
        if (alias !== null) await tx.partnershipHandleAlias.delete({ where: { id: alias.id } });
        const { count } = await tx.partnership.updateMany({ where: { id: partnership.id, handle: partnership.handle }, data: { handle, updatedAt: change.at } });
        if (count === 0) return { kind: "changed" } as const;
        await tx.partnershipHandleAlias.create({ data: { partnershipId: partnership.id, ...home, handle: partnership.handle, expiresAt: change.aliasUntil, createdAt: change.at } });
        await recordAudit(tx, {
          partnershipId: partnership.id,
          actorId: change.actorId,
          action: "rename",
          entity: "partnership",
          entityId: partnership.id,
          before: { handle: partnership.handle },
          after: { handle, oldHandleWorksUntil: change.aliasUntil.toISOString() },
        });
        return { kind: "renamed" } as const;
      });
    } catch (error) {
      // Someone took the handle between the check and the write.
      if (isUniqueViolation(error)) return { kind: "taken", by: "partnership" };
      throw error;
    }
  }

  /** Whether the person is a liaison of any partner in the partnership. */
  async isLiaison(partnershipId: number, personId: number): Promise<boolean> {
    const count = await this.db.liaison.count({ where: { personId, partner: { partnershipId } } });
    return count > 0;
  }

  /** The liaisons' display names, for telling someone who may change a partnership. */
  async liaisonNames(partnershipId: number): Promise<string[]> {
    const liaisons = await this.db.liaison.findMany({
      where: { partner: { partnershipId } },
      select: { person: { select: { displayName: true } } },
      orderBy: { id: "asc" },
    });
    return [...new Set(liaisons.map((liaison) => liaison.person.displayName))];
  }
}
