import { calendarDateIn, daysBetween } from "../../domain/calendar-date.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

export const milestoneListCommand = defineCommand({
  name: "milestone list",
  summary: "Milestones: overdue, upcoming and done, numbered for milestone done",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner milestone list robotics-tx"],
  async handle({ partnership: handle }, context) {
    const partnership = await getPartnership(context, handle);
    const milestones = await context.store.milestones.list(partnership.id);
    const today = calendarDateIn(context.clock.now(), partnership.timezone);
    const numbered = milestones.map((milestone, index) => ({ ...milestone, number: index + 1 }));
    const open = numbered.filter((milestone) => milestone.doneAt === null);
    const overdue = open.filter((milestone) => milestone.dueOn < today);
    const upcoming = open.filter((milestone) => milestone.dueOn >= today);
    const done = numbered.filter((milestone) => milestone.doneAt !== null);
    const message = new MessageBuilder(`Milestones: ${partnership.name} (${partnership.handle})`);
    if (milestones.length === 0) message.text(`No milestones yet. Add one with /partner milestone add ${partnership.handle} <YYYY-MM-DD> <title>.`);
    message.list(
      "Overdue",
      overdue.map((milestone) => `#${milestone.number} ${milestone.title}: was due ${milestone.dueOn} (${plural(daysBetween(milestone.dueOn, today), "day")} ago)`),
    );
    message.list(
      "Upcoming",
      upcoming.map((milestone) => {
        const days = daysBetween(today, milestone.dueOn);
        return `#${milestone.number} ${milestone.title}: due ${milestone.dueOn} (${days === 0 ? "today" : `in ${plural(days, "day")}`})`;
      }),
    );
    message.list(
      "Done",
      done.map((milestone) => `#${milestone.number} ${milestone.title}: done ${calendarDateIn(milestone.doneAt!, partnership.timezone)} (was due ${milestone.dueOn})`),
    );
    if (open.length > 0) message.context(`Mark one done: /partner milestone done ${partnership.handle} <number>`);
    return message.build();
  },
});
