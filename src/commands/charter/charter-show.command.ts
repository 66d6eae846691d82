import { calendarDateIn } from "../../domain/calendar-date.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { formatNumber } from "../../ui/format-number.js";
import { summarizeRatifications } from "./summarize-ratifications.js";

export const charterShowCommand = defineCommand({
  name: "charter show",
  summary: "The charter: shared goal, expectations, roles, metrics, and who has ratified this version",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner charter show robotics-tx"],
  async handle({ partnership: handle }, context) {
    const partnership = await getPartnership(context, handle);
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const [charter, partners, metrics] = await Promise.all([
      context.store.charters.findCurrent(partnership.id),
      context.store.partners.list(partnership.id, workspace),
      context.store.metrics.list(partnership.id),
    ]);
    if (charter === null) {
      return new MessageBuilder(`Charter of ${partnership.name} (${partnership.handle})`)
        .text("There is no charter yet.")
        .context(`Write one: /partner charter set ${partnership.handle} "the problem you solve together" --expectations "who does what"`)
        .build();
    }
    const day = (at: Date) => calendarDateIn(at, partnership.timezone);
    const { ratified, missing } = summarizeRatifications(charter, partners);
    return new MessageBuilder(`Charter of ${partnership.name} (${partnership.handle}), version ${charter.version}`)
      .fields([
        { label: "Shared goal", value: charter.sharedGoal },
        { label: "Expectations", value: charter.expectations || "none written yet" },
        { label: "Version", value: `${charter.version}, written ${day(charter.createdAt)}${charter.createdBy ? ` by ${charter.createdBy}` : ""}` },
      ])
      .list(
        "Roles and commitments",
        partners.map((partner) => `${partner.organizationName}: ${partner.role || "no role set"}${partner.commitments ? `; commits: ${partner.commitments}` : ""}`),
        "No partners yet.",
      )
      .list(
        "Success metrics",
        metrics.map((metric) => `${metric.name}: from ${formatNumber(metric.baseline)} to ${formatNumber(metric.target)}${metric.unit ? ` ${metric.unit}` : ""}${metric.dueOn ? ` by ${metric.dueOn}` : ""}`),
        "No success metrics yet.",
      )
      .list(
        `Ratified version ${charter.version} (${ratified.length} of ${ratified.length + missing.length} liaisons)`,
        ratified.map((each) => `${each.displayName} (${each.organizationName}) on ${day(each.ratifiedAt)}`),
        "Nobody yet.",
      )
      .list(
        "Still to ratify",
        missing.map((each) => `${each.displayName} (${each.organizationName})`),
        "Nobody: every liaison has ratified this version.",
      )
      .context(`Liaisons ratify with /partner charter ratify ${partnership.handle}`)
      .build();
  },
});
