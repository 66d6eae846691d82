import { DateTime } from "luxon";
import type { PartnershipAssessment } from "../../domain/assess-partnership.js";
import { describeSchedule } from "../../domain/describe-schedule.js";
import { labelOf } from "../../domain/vocabulary.js";
import type { LiaisonPartnership } from "../../store/liaison-overview-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { partnershipUrl } from "../dashboard/partnership-url.js";
import type { Message } from "../../ui/reply.js";

export interface HomePartnership {
  partnership: LiaisonPartnership;
  assessment: PartnershipAssessment;
  /** PUBLIC_URL: with it, the section links to the partnership's web page. */
  publicUrl?: string;
}

function localTime(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat("ccc d LLL, HH:mm");
}

function nextCheckIn(partnership: LiaisonPartnership): string {
  const open = partnership.unansweredRounds[0];
  if (open !== undefined) return `Open now: answer by ${localTime(open.closesAt, partnership.timezone)}`;
  const schedule = partnership.schedule;
  if (schedule === null) return "Not scheduled";
  if (schedule.nextRoundAt !== null) return `${localTime(schedule.nextRoundAt, schedule.timezone)} (${schedule.timezone})`;
  return describeSchedule(schedule);
}

/** One partnership on the Home tab: health and why, next check-in, open prompts with a button, overdue milestones. */
export function buildHomeSection({ partnership, assessment, publicUrl }: HomePartnership): Message {
  const section = new MessageBuilder()
    .fields([
      { label: `${partnership.name} (${partnership.handle})`, value: `${labelOf(assessment.health)}${partnership.status === "active" ? "" : `, ${partnership.status}`}` },
      { label: "Next check-in", value: nextCheckIn(partnership) },
    ])
    .list("Why", assessment.reasons.slice(0, 3))
    .list(
      "Overdue milestones",
      assessment.overdue.map((milestone) => `${milestone.title} (due ${milestone.dueOn}, ${milestone.daysOverdue} days ago)`),
    )
    .buttons(
      partnership.unansweredRounds.slice(0, 1).map((round) => ({ action: "checkin.start", value: String(partnership.id), label: `Answer the ${round.period} check-in`, style: "primary" as const })),
    );
  if (publicUrl !== undefined) section.context(`On the web: ${partnershipUrl(publicUrl, partnership.handle)}`);
  return section.divider().build();
}

export function buildHomeIntro(displayName: string, partnershipCount: number): Message {
  const intro = new MessageBuilder(`Partnerships of ${displayName}`);
  if (partnershipCount === 0) {
    intro.text("You are not a liaison of any partnership in this workspace yet. A coordinator can add you with /partner liaison add.");
    intro.list("Try", ["/partner list: the partnerships here", "/partner status <handle>: how one is doing", "/partner help: everything the bot does"]);
  }
  return intro.divider().build();
}
