import type { Database } from "../../../src/store/create-database.js";

export interface PartnershipSetup {
  handle: string;
  timezone?: string;
  liaisons?: string[];
  platform?: string;
  workspaceId?: string;
  links?: { channelId: string; purpose: "updates" | "reflections"; platform?: string; workspaceId?: string }[];
  schedule?: { weekday?: number; localTime?: string; cadence?: string; closeAfterHours?: number; reminderBeforeHours?: number };
  blackouts?: { startsOn: string; endsOn: string }[];
}

/** A partnership with one partner organisation per liaison; a liaison is one person per lowercased name (several partnerships may share them). */
export async function addPartnership(db: Database, setup: PartnershipSetup): Promise<{ id: number; liaisonIds: number[] }> {
  const platform = setup.platform ?? "console";
  const workspaceId = setup.workspaceId ?? "demo";
  const timezone = setup.timezone ?? "America/Chicago";
  const partnership = await db.partnership.create({
    data: {
      platform,
      workspaceId,
      handle: setup.handle,
      name: `Partnership ${setup.handle}`,
      timezone,
      schedule: { create: { timezone, ...setup.schedule } },
      links: { create: (setup.links ?? []).map((link) => ({ platform: link.platform ?? platform, workspaceId: link.workspaceId ?? workspaceId, channelId: link.channelId, purpose: link.purpose })) },
      blackouts: { create: setup.blackouts ?? [] },
    },
  });
  const liaisonIds: number[] = [];
  for (const name of setup.liaisons ?? ["Ana", "Ben"]) {
    const organization = await db.organization.create({ data: { platform, workspaceId, name: `${setup.handle} ${name} org`, kind: "business" } });
    const userId = name.toLowerCase();
    const known = await db.chatIdentity.findUnique({ where: { platform_workspaceId_userId: { platform, workspaceId, userId } }, select: { personId: true } });
    const person = known !== null ? { id: known.personId } : await db.person.create({ data: { displayName: name, identities: { create: { platform, workspaceId, userId } } } });
    await db.partner.create({ data: { partnershipId: partnership.id, organizationId: organization.id, liaisons: { create: { personId: person.id } } } });
    liaisonIds.push(person.id);
  }
  return { id: partnership.id, liaisonIds };
}
