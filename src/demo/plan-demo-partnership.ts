import { DateTime } from "luxon";
import type { CheckInStatus } from "../domain/vocabulary.js";
import type { SeedPartnership } from "../store/seeds-repository.js";
import type { DemoPartnership } from "./demo-partnerships.js";

const STATUS_BY_LETTER: Record<string, CheckInStatus> = { o: "on-track", r: "at-risk", x: "off-track" };

function userIdOf(name: string): string {
  return name.toLowerCase().normalize("NFD").replace(/[^a-z]+/g, ".");
}

/**
 * A demo partnership as it stands at `now` in its own time zone: started a few weeks before its
 * history, with one Monday 09:00 round a week, the latest one still open if its 72 hours have not passed.
 */
export function planDemoPartnership(demo: DemoPartnership, now: Date): SeedPartnership {
  const local = DateTime.fromJSDate(now, { zone: demo.timezone });
  const day = (offset: number) => local.plus({ days: offset }).toISODate()!;
  const liaisonCount = demo.partners.reduce((sum, partner) => sum + partner.liaisons.length, 0);
  const thisMonday = local.startOf("week").set({ hour: 9 });
  const rounds = demo.history.map((letters, index) => {
    const weeksAgo = demo.history.length - 1 - index;
    const opensAt = thisMonday.minus({ weeks: weeksAgo });
    const closesAt = opensAt.plus({ hours: 72 });
    const latest = weeksAgo === 0;
    const responses = [...letters].flatMap((letter, position) => {
      const status = STATUS_BY_LETTER[letter];
      if (status === undefined || position >= liaisonCount) return [];
      const response = {
        liaison: position,
        status,
        submittedAt: opensAt.plus({ hours: 3 + position }).toJSDate(),
        highlights: latest ? demo.notes.highlights : "Sessions ran as planned",
        blockers: latest || status !== "on-track" ? demo.notes.blockers : "",
        // The first liaison reports the metrics, a steady step a week from the baseline.
        readings: position === 0 ? demo.metrics.map((metric, m) => ({ metric: m, value: Math.round((metric.baseline + metric.weekly * (index + 1)) * 10) / 10 })) : [],
      };
      return [response];
    });
    return {
      period: opensAt.toISODate()!,
      opensAt: opensAt.toJSDate(),
      remindAt: closesAt.minus({ hours: 24 }).toJSDate(),
      closesAt: closesAt.toJSDate(),
      closedAt: closesAt.toJSDate() < now ? closesAt.toJSDate() : null,
      responses,
    };
  });
  return {
    handle: demo.handle,
    name: demo.name,
    programModels: demo.programModels,
    timezone: demo.timezone,
    startedAt: local.minus({ weeks: demo.history.length + 2 }).toJSDate(),
    sharedGoal: demo.sharedGoal,
    expectations: demo.expectations,
    needs: demo.needs,
    milestones: demo.milestones.map((milestone) => ({ title: milestone.title, dueOn: day(milestone.dueInDays), doneAt: milestone.done ? local.plus({ days: milestone.dueInDays }).toJSDate() : null })),
    partners: demo.partners.map(({ liaisons, ...partner }) => ({ ...partner, liaisons: liaisons.map((name) => ({ displayName: name, userId: userIdOf(name) })) })),
    metrics: demo.metrics.map(({ key, name, unit, baseline, target, dueInDays }) => ({ key, name, unit, baseline, target, dueOn: day(dueInDays) })),
    rounds,
  };
}
