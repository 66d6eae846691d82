import { DateTime } from "luxon";
import { MessageBuilder } from "../ui/message-builder.js";
import type { OutboundMessage } from "../ui/reply.js";

interface PartnershipNames {
  id: number;
  handle: string;
  name: string;
}

let lastFormatted = { instant: 0, timezone: "", text: "" };

function formatLocal(instant: Date, timezone: string): string {
  // A fan-out formats the same closing time for thousands of prompts; luxon is slow at it.
  if (lastFormatted.instant !== instant.getTime() || lastFormatted.timezone !== timezone) {
    lastFormatted = { instant: instant.getTime(), timezone, text: DateTime.fromJSDate(instant, { zone: timezone }).toFormat("cccc d LLLL, HH:mm") };
  }
  return lastFormatted.text;
}

/** The check-in prompt: one per liaison, with the button that opens the form. */
export function buildCheckInPrompt(partnership: PartnershipNames, input: { period: string; closesAt: Date; timezone: string; userId: string; displayName: string }): OutboundMessage {
  const message = new MessageBuilder(`Check-in for ${partnership.name}, week of ${input.period}`, "public")
    .text(`${input.displayName}, how is ${partnership.name} going? Two minutes: status, highlights, blockers, needs and this week's metric readings.`)
    .buttons([{ action: "checkin.start", value: String(partnership.id), label: "Start check-in", style: "primary" }])
    .context(`Open until ${formatLocal(input.closesAt, input.timezone)} (${input.timezone}). Or type /partner checkin ${partnership.handle}`)
    .build();
  return { message, mentions: [input.userId] };
}

/** The one reminder to a liaison who has not answered yet. */
export function buildReminder(partnership: PartnershipNames, input: { period: string; closesAt: Date; timezone: string; userId: string; displayName: string }): OutboundMessage {
  const message = new MessageBuilder(`Reminder: check-in for ${partnership.name}`, "public")
    .text(`${input.displayName}, the check-in for the week of ${input.period} closes ${formatLocal(input.closesAt, input.timezone)} (${input.timezone}). Your partners read the digest when it closes.`)
    .buttons([{ action: "checkin.start", value: String(partnership.id), label: "Start check-in", style: "primary" }])
    .context(`Or type /partner checkin ${partnership.handle}`)
    .build();
  return { message, mentions: [input.userId] };
}

/** Posted in each linked "reflections" channel when a round opens; the Discord adapter makes it a thread. */
export function buildReflectionThreadMessage(partnership: PartnershipNames, input: { period: string; userIds: string[] }): OutboundMessage {
  const message = new MessageBuilder(`Week of ${input.period}: reflections`, "public")
    .text(`What worked for ${partnership.name} this week, what surprised you, what would you change? Every message in this thread is kept as a reflection and goes into the round's digest.`)
    .build();
  return { message, mentions: input.userIds };
}
