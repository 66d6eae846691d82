import { describeDeliveryProblems, type FailedDelivery } from "../../domain/describe-delivery-problems.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { CommandContext } from "../command-context.js";
import { describeSchedule } from "../../domain/describe-schedule.js";
import { labelOf } from "../../domain/vocabulary.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { describeInstant } from "../schedule/describe-next-round.js";
import { assessPartnership } from "../../domain/assess-partnership.js";
import { describeMetricFigures } from "../../domain/describe-metric-figures.js";
import { latestCheckIns } from "../../domain/latest-check-ins.js";
import { partnershipUrl } from "../dashboard/partnership-url.js";
import { buildMetricChart } from "../metrics/build-metric-chart.js";
import { describeLatestAnswers } from "../checkin/describe-latest-answers.js";

/**
 * At most this many charts in a status answer: each is an upload in Slack and an embed with an
 * attachment in Discord, and a status message already has a handful of embeds and blocks.
 */
const STATUS_CHART_LIMIT = 4;
/** A school year of weekly readings. */
const STATUS_CHART_READINGS = 52;

async function visibleDeliveryProblems(failures: readonly FailedDelivery[], partnership: PartnershipRecord, context: CommandContext): Promise<readonly FailedDelivery[]> {
  if (failures.length === 0) return [];
  if (await context.access.canChange(partnership)) return failures;
  if (!(await context.access.isCoordinator())) return [];
  return failures.filter((failure) => failure.platform === context.actor.platform && failure.workspaceId === context.actor.workspaceId);
}

export const statusCommand = defineCommand({
  name: "status",
  summary: "Health of a partnership: check-ins, milestones, metrics against targets, response rate",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner status robotics-tx"],
  async handle({ partnership: handle }, context) {
    const partnership = await getPartnership(context, handle);
    const viewer = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const [snapshot, latestAnswers] = await Promise.all([
      context.store.status.load(partnership.id, viewer, { readingHistory: { metrics: STATUS_CHART_LIMIT, perMetric: STATUS_CHART_READINGS } }),
      context.store.checkInQuestions.findLatestAnswers(partnership.id),
    ]);
    const assessment = assessPartnership(snapshot, context.clock.now(), partnership.timezone);
    const message = new MessageBuilder(`${partnership.name} (${partnership.handle}): ${labelOf(assessment.health)}`)
      .fields([
        { label: "Health", value: labelOf(assessment.health) },
        { label: "Status", value: partnership.status },
        { label: "Partners", value: `${snapshot.partnerCount} organisations, ${snapshot.liaisonCount} liaisons` },
        { label: "Response rate", value: assessment.responseRate === null ? "no rounds yet" : `${Math.round(assessment.responseRate * 100)}% (last ${snapshot.recentRounds.length} rounds)` },
        { label: "Check-ins", value: snapshot.schedule === null ? "not scheduled" : describeSchedule(snapshot.schedule) },
        ...(partnership.status === "active" && snapshot.schedule?.nextRoundAt
          ? [{ label: "Next check-in", value: describeInstant(snapshot.schedule.nextRoundAt, snapshot.schedule.timezone) }]
          : []),
        { label: "Charter", value: snapshot.charterVersion === null ? "none yet" : `version ${snapshot.charterVersion}` },
      ])
      .list("Why", assessment.reasons, "Nothing needs attention.");
    snapshot.metrics.forEach((metric, index) => message.progress(metric.name, assessment.metricProgress[index]!, describeMetricFigures(metric)));
    for (const history of snapshot.readingHistories) message.chart(buildMetricChart(history, partnership.timezone));
    const upcoming = snapshot.openMilestones.filter((milestone) => milestone.dueOn >= assessment.today).slice(0, 3);
    message.list(
      "Milestones",
      [
        ...assessment.overdue.map((milestone) => `Overdue: ${milestone.title} (was due ${milestone.dueOn})`),
        ...upcoming.map((milestone) => `${milestone.title}, due ${milestone.dueOn}`),
      ],
      "No open milestones.",
    );
    const latest = latestCheckIns(snapshot);
    if (latest !== null) {
      message.list(
        `Latest check-ins (${latest.label})`,
        latest.responses.map((response) => {
          const parts = [response.highlights && `highlights: ${response.highlights}`, response.blockers && `blockers: ${response.blockers}`].filter(Boolean);
          return `${response.personName}: ${labelOf(response.status)}${parts.length > 0 ? `; ${parts.join("; ")}` : ""}`;
        }),
      );
    }
    const own = describeLatestAnswers(latestAnswers, partnership.timezone);
    if (own !== null) message.list(own.title, own.items, "No answers yet.");
    // Targets are platform ids and errors are the platform's own text: readers, and readers in
    // linked workspaces, get neither. Liaisons and home coordinators get what went wrong, in words;
    // a linked workspace's coordinators, what went wrong in their workspace (they can fix that).
    const problems = await visibleDeliveryProblems(snapshot.failedDeliveries, partnership, context);
    if (problems.length > 0) message.list("Delivery problems", describeDeliveryProblems(problems));
    if (context.publicUrl !== undefined) message.context(`On the web: ${partnershipUrl(context.publicUrl, partnership.handle)}`);
    message.buttons([{ action: "checkin.start", value: String(partnership.id), label: "Start check-in", style: "primary" }]);
    return message.build();
  },
});
