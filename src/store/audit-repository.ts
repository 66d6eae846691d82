import type { Database } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";
import { personNameOf, selectPersonName } from "./person-name.js";
import type { Queryable } from "./transaction.js";

export interface AuditInput {
  partnershipId: number | null;
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Records who changed what, when, with the state before and after. */
export async function recordAudit(db: Queryable, input: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      partnershipId: input.partnershipId,
      actorId: input.actorId,
      action: input.action,
      entity: input.entity,
      entityId: String(input.entityId),
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
    },
  });
}

/** One entry of a partnership's audit log, its JSON read back (null where there was none or it does not parse). */
export interface AuditRecord {
  id: number;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actorId: number | null;
}

/** What the entries of a page refer to by id, by name: people, partners (their organisation), metrics, milestones, surveys. */
export interface AuditNames {
  people: Map<number, string>;
  partners: Map<number, string>;
  metrics: Map<number, string>;
  milestones: Map<number, string>;
  surveys: Map<number, string>;
}

export interface AuditReferences {
  people: number[];
  partners: number[];
  metrics: number[];
  milestones: number[];
  surveys: number[];
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** A partnership's audit log, read back for `history` and the dashboard's history page. */
export class AuditRepository {
  constructor(private readonly db: Database) {}

  /** One page of a partnership's entries, newest first, and how many there are in all. */
  async listPage(partnershipId: number, page: { skip: number; take: number }): Promise<{ entries: AuditRecord[]; total: number }> {
    const [rows, total] = await Promise.all([
      this.db.auditEntry.findMany({ where: { partnershipId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: page.skip, take: page.take }),
      this.db.auditEntry.count({ where: { partnershipId } }),
    ]);
    const entries = rows.map((row) => ({ id: row.id, action: row.action, entity: row.entity, entityId: row.entityId, before: parseJson(row.before), after: parseJson(row.after), createdAt: row.createdAt, actorId: row.actorId }));
    return { entries, total };
  }

  /** The names of what `references` lists, as `viewer`'s workspace knows people; ids of what is gone are left out. */
  async findNames(references: AuditReferences, viewer: Workspace): Promise<AuditNames> {
    const [people, partners, metrics, milestones, surveys] = await Promise.all([
      this.db.person.findMany({ where: { id: { in: references.people } }, select: { id: true, ...selectPersonName(viewer) } }),
      this.db.partner.findMany({ where: { id: { in: references.partners } }, select: { id: true, organization: { select: { name: true } } } }),
      this.db.metric.findMany({ where: { id: { in: references.metrics } }, select: { id: true, name: true } }),
      this.db.milestone.findMany({ where: { id: { in: references.milestones } }, select: { id: true, title: true } }),
      this.db.survey.findMany({ where: { id: { in: references.surveys } }, select: { id: true, title: true } }),
    ]);
    return {
      people: new Map(people.map((person) => [person.id, personNameOf(person)])),
      partners: new Map(partners.map((partner) => [partner.id, partner.organization.name])),
      metrics: new Map(metrics.map((metric) => [metric.id, metric.name])),
      milestones: new Map(milestones.map((milestone) => [milestone.id, milestone.title])),
      surveys: new Map(surveys.map((survey) => [survey.id, survey.title])),
    };
  }
}
