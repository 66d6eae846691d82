import { formatCheckInAnswer } from "../checkin/format-check-in-answer.js";
import { assessPartnership } from "../../domain/assess-partnership.js";
import { calendarDateIn, daysBetween } from "../../domain/calendar-date.js";
import { describeSchedule } from "../../domain/describe-schedule.js";
import { metricProgress } from "../../domain/metric-progress.js";
import type { PartnershipView } from "../../ports/dashboard.js";
import type { Message } from "../../ui/reply.js";
import { buildAssetMap } from "../assets/build-asset-map.js";
import { summarizeRatifications } from "../charter/summarize-ratifications.js";
import type { CommandContext } from "../command-context.js";
import { describeInstant } from "../schedule/describe-next-round.js";
import { buildMetricChart } from "../metrics/build-metric-chart.js";

const REFLECTIONS = 100;

/**
 * Everything about one partnership for its page, or null when this workspace cannot see it (an
 * unknown handle and another workspace's partnership look the same). Survey results come from
 * `survey results` itself, so the page follows chat's rules for who sees what.
 */
export async function viewPartnership(context: CommandContext, handle: string, surveyResults: (surveyId: number) => Promise<Message>): Promise<PartnershipView | null> {
  const { store, actor, clock } = context;
  const workspace = { platform: actor.platform, workspaceId: actor.workspaceId };
  const partnership = await store.partnerships.findVisible(workspace, handle);
  if (partnership === null) return null;
  const now = clock.now();
  const zone = partnership.timezone;
  const today = calendarDateIn(now, zone);
  const day = (at: Date) => calendarDateIn(at, zone);
  const [snapshot, page, current, partners, assets, milestones, reflections, schedule, links] = await Promise.all([
    store.status.load(partnership.id),
    store.partnershipPage.load(partnership.id),
    store.charters.findCurrent(partnership.id),
    store.partners.list(partnership.id, workspace),
    store.assets.loadMap(partnership.id),
    store.milestones.list(partnership.id),
    store.reflections.list(partnership.id, { limit: REFLECTIONS }),
    store.schedules.overview(partnership.id, today),
    store.channelLinks.list(partnership.id),
  ]);
  const assessment = assessPartnership(snapshot, now, zone);
  const ratifications = current === null ? null : summarizeRatifications(current, partners);
  const assetsByPartner = new Map(assets.partners.map((partner) => [partner.partnerId, partner.assets]));
  const surveys = [];
  for (const survey of page.surveys) surveys.push({ ...survey, results: await surveyResults(survey.id) });
  return {
    handle: partnership.handle,
    name: partnership.name,
    status: partnership.status,
    programModels: partnership.programModels,
    timezone: zone,
    health: assessment.health,
    reasons: assessment.reasons,
    responseRate: assessment.responseRate,
    charter: {
      current:
        current === null || ratifications === null
          ? null
          : {
              version: current.version,
              sharedGoal: current.sharedGoal,
              expectations: current.expectations,
              writtenOn: day(current.createdAt),
              writtenBy: current.createdBy,
              ratified: ratifications.ratified.map((each) => ({ name: each.displayName, organization: each.organizationName, on: day(each.ratifiedAt) })),
              missing: ratifications.missing.map((each) => ({ name: each.displayName, organization: each.organizationName })),
            },
      earlier: page.charters.filter((charter) => charter.version !== current?.version).map((charter) => ({ ...charter, writtenOn: day(charter.createdAt), writtenBy: charter.createdBy })),
    },
    partners: partners.map((partner) => ({
      organization: partner.organizationName,
      kind: partner.kind,
      role: partner.role,
      commitments: partner.commitments,
      liaisons: partner.liaisons.map((liaison) => liaison.displayName),
      assets: assetsByPartner.get(partner.id) ?? [],
    })),
    assetMap: buildAssetMap(assets),
    metrics: page.metrics.map((metric) => ({
      name: metric.name,
      unit: metric.unit,
      baseline: metric.baseline,
      target: metric.target,
      dueOn: metric.dueOn,
      retiredOn: metric.retiredAt === null ? null : day(metric.retiredAt),
      progress: metricProgress({ ...metric, current: metric.readings.at(-1)?.value ?? null }),
      chart: buildMetricChart(metric, zone),
      readings: metric.readings.map((reading) => ({ on: day(reading.recordedAt), value: reading.value, note: reading.note, by: reading.recordedBy })),
    })),
    milestones: milestones.map((milestone) => ({
      title: milestone.title,
      dueOn: milestone.dueOn,
      doneOn: milestone.doneAt === null ? null : day(milestone.doneAt),
      overdueDays: milestone.doneAt === null && milestone.dueOn < today ? daysBetween(milestone.dueOn, today) : null,
    })),
    rounds: page.rounds.map((round) => {
      const answeredIds = new Set(round.responses.map((response) => response.personId));
      return {
        period: round.period,
        status: round.status,
        opensAt: round.opensAt,
        answered: round.responses.map((response) => ({
          name: response.name,
          status: response.status,
          highlights: response.highlights,
          blockers: response.blockers,
          needs: response.needs,
          submittedOn: day(response.submittedAt),
          answers: response.answers.map((answer) => ({ question: answer.prompt, answer: formatCheckInAnswer(answer.kind, answer) })),
        })),
        notAnswered: round.prompted.filter((person) => !answeredIds.has(person.personId)).map((person) => person.name),
      };
    }),
    reflections: reflections.reflections.map((reflection) => ({ author: reflection.author, body: reflection.body, round: reflection.round, on: day(reflection.createdAt), edited: reflection.edited })),
    reflectionCount: reflections.total,
    surveys,
    schedule: {
      description: describeSchedule(schedule.schedule),
      nextCheckIn: partnership.status === "active" && schedule.schedule.nextRoundAt !== null ? describeInstant(schedule.schedule.nextRoundAt, schedule.schedule.timezone) : null,
      openRound: schedule.openRound === null ? null : { period: schedule.openRound.period, closesAt: describeInstant(schedule.openRound.closesAt, schedule.schedule.timezone) },
    },
    blackouts: schedule.blackouts.map(({ startsOn, endsOn, reason }) => ({ startsOn, endsOn, reason })),
    absences: schedule.absences,
    links: links.map((link) => ({ platform: link.platform, channelId: link.channelId, purpose: link.purpose })),
  };
}
