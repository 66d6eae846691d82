import { calendarDateIn } from "../../domain/calendar-date.js";
import { describeSchedule } from "../../domain/describe-schedule.js";
import { labelOf } from "../../domain/vocabulary.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { summarizeRatifications } from "../charter/summarize-ratifications.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { describeMetric } from "../metrics/describe-metric.js";

export const showCommand = defineCommand({
  name: "show",
  summary: "Everything about a partnership: partners and liaisons, charter, metrics, schedule, channels, needs",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner show robotics-tx"],
  async handle({ partnership: handle }, context) {
    const partnership = await getPartnership(context, handle);
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const today = calendarDateIn(context.clock.now(), partnership.timezone);
    const [partners, charter, metrics, overview] = await Promise.all([
      context.store.partners.list(partnership.id, workspace),
      context.store.charters.findCurrent(partnership.id),
      context.store.metrics.list(partnership.id, { platform: context.actor.platform, workspaceId: context.actor.workspaceId }),
      context.store.overview.load(partnership.id, today),
    ]);
    const { milestones } = overview;
    const message = new MessageBuilder(`${partnership.name} (${partnership.handle})`).fields([
      { label: "Status", value: partnership.status },
      { label: "Program models", value: partnership.programModels.length > 0 ? partnership.programModels.map(labelOf).join(", ") : "none set" },
      { label: "Check-ins", value: overview.schedule === null ? "not scheduled" : describeSchedule(overview.schedule) },
      { label: "Milestones", value: milestones.total === 0 ? "none yet" : `${milestones.total} (${milestones.done} done, ${milestones.overdue} overdue)` },
    ]);
    message.list(
      "Partners",
      partners.map((partner) => {
        const liaisons = partner.liaisons.length > 0 ? partner.liaisons.map((liaison) => liaison.displayName).join(", ") : "no liaison yet";
        const commitments = partner.commitments ? `; commits: ${partner.commitments}` : "";
        return `${partner.organizationName} (${labelOf(partner.kind)}), ${partner.role || "no role set"}${commitments}; liaisons: ${liaisons}`;
      }),
      `No partners yet. Add one: /partner partner add ${partnership.handle} <kind> <organization>`,
    );
    if (charter === null) {
      message.list("Charter", [`None yet. Write one: /partner charter set ${partnership.handle} <goal>`]);
    } else {
      const { ratified, missing } = summarizeRatifications(charter, partners);
      message.list(`Charter (version ${charter.version})`, [
        `Goal: ${charter.sharedGoal}`,
        ...(charter.expectations ? [`Expectations: ${charter.expectations}`] : []),
        `Ratified by ${ratified.length} of ${ratified.length + missing.length} liaisons${ratified.length > 0 ? `: ${ratified.map((each) => each.displayName).join(", ")}` : ""}`,
        ...(missing.length > 0 ? [`Still to ratify: ${missing.map((each) => each.displayName).join(", ")}`] : []),
      ]);
    }
    const inUse = metrics.filter((metric) => metric.retiredAt === null);
    for (const metric of inUse) {
      const bar = describeMetric(metric, partnership.timezone);
      message.progress(bar.label, bar.ratio, bar.detail);
    }
    const retired = metrics.length - inUse.length;
    if (retired > 0) message.context(`${retired} retired ${retired === 1 ? "metric" : "metrics"}, with ${retired === 1 ? "its" : "their"} readings: /partner metric list ${partnership.handle}`);
    if (metrics.length === 0) message.list("Success metrics", [`None yet. Add one: /partner metric add ${partnership.handle} <key> <name> --target <number>`]);
    message.list(
      "Blackouts",
      overview.blackouts.map((blackout) => `${blackout.startsOn} to ${blackout.endsOn}${blackout.reason ? `: ${blackout.reason}` : ""}`),
    );
    // The home workspace, liaisons and coordinators see every link (to end the ones nobody meant);
    // readers in a linked workspace see only their own workspace's, and how many others there are.
    const atHome = partnership.platform === workspace.platform && partnership.workspaceId === workspace.workspaceId;
    const canChange = await context.access.canChange(partnership);
    const seesAll = atHome || canChange;
    const here = (link: { platform: string; workspaceId: string }) => link.platform === workspace.platform && link.workspaceId === workspace.workspaceId;
    const shown = seesAll ? overview.links : overview.links.filter(here);
    const hidden = overview.links.length - shown.length;
    message.list(
      "Linked channels",
      [
        ...shown.map((link) => {
          const home = link.platform === partnership.platform && link.workspaceId === partnership.workspaceId;
          return `${link.platform} channel ${link.channelId} (${link.purpose})${home ? "" : `, in another workspace (${link.platform} ${link.workspaceId})`}`;
        }),
        ...(hidden > 0 ? [`${hidden} more in other workspaces`] : []),
      ],
      `None. Link one from inside it: /partner link ${partnership.handle} updates`,
    );
    if (canChange && overview.links.length > 0) message.context(`End a link: /partner unlink ${partnership.handle} <updates|reflections> [--channel <id>]`);
    message.list(
      "Open needs",
      overview.openNeeds.map((need) => `${labelOf(need.kind)}: ${need.description}`),
      "None.",
    );
    return message.context(`Health and latest check-ins: /partner status ${partnership.handle}`).build();
  },
});
