import { DateTime } from "luxon";
import { calendarDateIn, daysBetween } from "../../domain/calendar-date.js";
import { TermLabelSchema, termDays } from "../../domain/terms.js";
import { ARCHIVED } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeInstant } from "../schedule/describe-next-round.js";
import { describeRenewedGoal } from "./describe-goal.js";
import { nextRoundWhenActive } from "./next-round-when-active.js";
import { nextTermLabel } from "./next-term-label.js";
import { requireKnownMetrics } from "./require-known-metrics.js";
import { TargetsSchema } from "./targets-schema.js";

/** A new term may be planned up to a year ahead. */
const MAX_DAYS_AHEAD = 366;

export const renewCommand = defineCommand({
  name: "renew",
  occasional: true,
  summary: "Open a new term (school year): partners, liaisons, charter and metrics carry over, with new targets (liaisons and coordinators)",
  arguments: {
    partnership: argument.partnership(),
    term: argument.text("the new term's name, such as 2027-28 (default: the next school year)", { required: false, schema: TermLabelSchema }),
    targets: argument.text("new targets, metric=number comma-separated, such as enrollment=60,mentor-hours=400 (the others keep theirs)", { required: false, schema: TargetsSchema }),
    starts: argument.date("the new term's first day, YYYY-MM-DD (default today)", { required: false }),
  },
  examples: ['/partner renew robotics-tx --term 2027-28 --targets enrollment=60,mentor-hours=400', "/partner renew robotics-tx --term 2027-28 --starts 2027-08-01"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const { handle } = partnership;
    if (partnership.status === ARCHIVED) throw new UserError("conflict", `${handle} is archived. Bring it back with /partner unarchive ${handle}, then renew it. Nothing was changed.`);
    const now = context.clock.now();
    const today = calendarDateIn(now, partnership.timezone);
    const terms = await context.store.terms.list(partnership.id);
    const current = terms.at(-1)!;
    const label = args.term ?? nextTermLabel(current.label, today);
    const startsOn = args.starts ?? today;
    if (startsOn <= current.startsOn) throw new UserError("bad-arguments", `${current.label} started on ${current.startsOn}: the new term must start after that, such as --starts ${today > current.startsOn ? today : "YYYY-MM-DD"}. Nothing was changed.`);
    if (daysBetween(today, startsOn) > MAX_DAYS_AHEAD) throw new UserError("bad-arguments", `${startsOn} is more than a year away. Renew closer to the start, or give an earlier --starts. Nothing was changed.`);
    const metrics = await context.store.metrics.list(partnership.id);
    const targets = args.targets ?? new Map<string, number>();
    requireKnownMetrics(targets, metrics, handle);
    const reopen = partnership.status === "completed" ? { from: "completed", nextRoundAt: await nextRoundWhenActive(context, partnership.id) } : null;
    const outcome = await context.store.terms.renew({
      partnershipId: partnership.id,
      actorId: context.person.id,
      at: now,
      current,
      label,
      startsOn,
      startsAt: DateTime.fromISO(startsOn, { zone: partnership.timezone }).startOf("day").toJSDate(),
      targets,
      dueOn: termDays({ id: null, label, startsOn, endsOn: null }, today).to,
      reopen,
    });
    if (outcome.kind === "duplicate") {
      const existing = terms.map((term) => term.label).join(", ");
      throw new UserError("conflict", `${handle} has a term called ${label} (or one starting ${startsOn}) already; its terms: ${existing}. Give another name with --term, such as --term "${label} b". Nothing was changed.`);
    }
    if (outcome.kind === "changed") throw new UserError("conflict", `${handle} changed just now; look at /partner status ${handle} and try again.`);
    const snapshot = await context.store.status.load(partnership.id);
    const carried = [
      `${snapshot.partnerCount} partners and ${snapshot.liaisonCount} liaisons`,
      snapshot.charterVersion === null ? "no charter yet (/partner charter set)" : `the charter (version ${snapshot.charterVersion})`,
      `${outcome.metrics.length} metrics`,
    ];
    const setTarget = `/partner term targets ${handle} <key>=<target>`;
    const message = new MessageBuilder(`New term ${label} for ${partnership.name} (${handle}), from ${startsOn}`, "public")
      .text(`Carried over: ${carried.slice(0, -1).join(", ")} and ${carried.at(-1)}. ${current.label}'s check-ins, readings and reflections stay with it: /partner report ${handle} --term ${current.label}.`)
      .list(`Targets for ${label}`, outcome.metrics.map((metric) => describeRenewedGoal(metric, current.label, setTarget)), `No metrics yet: /partner metric add ${handle} ...`);
    if (reopen !== null) message.context(`Status: completed → active. Next check-in: ${describeInstant(reopen.nextRoundAt, partnership.timezone)}.`);
    return message.context(`Change targets any time this term: ${setTarget}`).build();
  },
});
