import { DateTime } from "luxon";
import type { CheckInStatus } from "../domain/vocabulary.js";
import type { Database } from "./create-database.js";
import type { Queryable } from "./transaction.js";
import { DEMO_PARTNERSHIPS, type DemoPartnership } from "./demo-partnerships.js";

export const DEMO_WORKSPACE = { platform: "console", workspaceId: "demo" } as const;
export const DEMO_COORDINATOR = { userId: "demo-coordinator", displayName: "Demo Coordinator" } as const;

const STATUS_BY_LETTER: Record<string, CheckInStatus> = { o: "on-track", r: "at-risk", x: "off-track" };

function userIdOf(name: string): string {
  return name.toLowerCase().normalize("NFD").replace(/[^a-z]+/g, ".");
}

async function seedPartnership(db: Queryable, demo: DemoPartnership, now: Date): Promise<void> {
  const { platform, workspaceId } = DEMO_WORKSPACE;
  const local = DateTime.fromJSDate(now, { zone: demo.timezone });
  const day = (offset: number) => local.plus({ days: offset }).toISODate()!;
  const startedAt = local.minus({ weeks: demo.history.length + 2 }).toJSDate();
  const partnership = await db.partnership.create({
    data: {
      platform, workspaceId, handle: demo.handle, name: demo.name, programModels: demo.programModels.join(","), timezone: demo.timezone, createdAt: startedAt,
      schedule: { create: { timezone: demo.timezone } },
      needs: { create: demo.needs },
      milestones: { create: demo.milestones.map((m) => ({ title: m.title, dueOn: day(m.dueInDays), doneAt: m.done ? local.plus({ days: m.dueInDays }).toJSDate() : null, celebratedAt: m.done ? local.plus({ days: m.dueInDays }).toJSDate() : null })) },
    },
  });
  const liaisonIds: number[] = [];
  for (const partner of demo.partners) {
    const organization = await db.organization.upsert({
      where: { platform_workspaceId_name: { platform, workspaceId, name: partner.organization } },
      create: { platform, workspaceId, name: partner.organization, kind: partner.kind },
      update: {},
    });
    const created = await db.partner.create({
      data: { partnershipId: partnership.id, organizationId: organization.id, role: partner.role, commitments: partner.commitments, assets: { create: partner.assets } },
    });
    for (const name of partner.liaisons) {
      const person = await db.person.create({ data: { displayName: name, identities: { create: { platform, workspaceId, userId: userIdOf(name), displayName: name } } } });
      await db.liaison.create({ data: { partnerId: created.id, personId: person.id } });
      liaisonIds.push(person.id);
    }
  }
  await db.charter.create({
    data: {
      partnershipId: partnership.id, version: 1, sharedGoal: demo.sharedGoal, expectations: demo.expectations, createdAt: startedAt,
      ratifications: { create: liaisonIds.map((personId) => ({ personId, ratifiedAt: startedAt })) },
    },
  });
  const metrics = await Promise.all(
    demo.metrics.map((metric) =>
      db.metric.create({
        data: { partnershipId: partnership.id, key: metric.key, name: metric.name, unit: metric.unit, baseline: metric.baseline, target: metric.target, dueOn: day(metric.dueInDays), createdAt: startedAt },
      }),
    ),
  );
  const thisMonday = local.startOf("week").set({ hour: 9 });
  for (const [index, letters] of demo.history.entries()) {
    const weeksAgo = demo.history.length - 1 - index;
    const opensAt = thisMonday.minus({ weeks: weeksAgo });
    const closesAt = opensAt.plus({ hours: 72 });
    const round = await db.round.create({
      data: {
        partnershipId: partnership.id, period: opensAt.toISODate()!, opensAt: opensAt.toJSDate(), remindAt: closesAt.minus({ hours: 24 }).toJSDate(), closesAt: closesAt.toJSDate(),
        status: closesAt.toJSDate() < now ? "closed" : "open", closedAt: closesAt.toJSDate() < now ? closesAt.toJSDate() : null,
      },
    });
    for (const [position, letter] of [...letters].entries()) {
      const status = STATUS_BY_LETTER[letter];
      const personId = liaisonIds[position];
      if (status === undefined || personId === undefined) continue;
      const latest = weeksAgo === 0;
      const submittedAt = opensAt.plus({ hours: 3 + position }).toJSDate();
      await db.checkInResponse.create({
        data: {
          partnershipId: partnership.id, roundId: round.id, personId, status, submittedAt, source: "console",
          highlights: latest ? demo.notes.highlights : "Sessions ran as planned",
          blockers: latest || status !== "on-track" ? demo.notes.blockers : "",
          readings: position === 0 ? { create: metrics.map((metric, m) => ({ metricId: metric.id, recordedAt: submittedAt, recordedById: personId, note: "check-in", value: Math.round((demo.metrics[m]!.baseline + demo.metrics[m]!.weekly * (index + 1)) * 10) / 10 })) } : undefined,
        },
      });
    }
  }
}

/** Seeds the console's demo workspace once: partnerships with charters, metrics and weeks of history. */
export async function seedDemo(db: Database, now: Date): Promise<boolean> {
  const existing = await db.partnership.count({ where: DEMO_WORKSPACE });
  if (existing > 0) return false;
  await db.$transaction(
    async (tx) => {
      for (const demo of DEMO_PARTNERSHIPS) await seedPartnership(tx, demo, now);
    },
    { timeout: 60_000 },
  );
  return true;
}
