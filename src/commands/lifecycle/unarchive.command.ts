import { ARCHIVED } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeInstant } from "../schedule/describe-next-round.js";
import { nextRoundWhenActive } from "./next-round-when-active.js";

/** What an archived partnership returns as when nothing says what it was: nothing starts by itself. */
const FALLBACK_STATUS = "paused";

export const unarchiveCommand = defineCommand({
  name: "unarchive",
  occasional: true,
  summary: "Bring an archived partnership back, with the status it had (liaisons and coordinators)",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner unarchive robotics-tx"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const { handle } = partnership;
    if (partnership.status !== ARCHIVED) throw new UserError("conflict", `${handle} is not archived (it is ${partnership.status}). Nothing was changed.`);
    const status = (await context.store.archives.statusBeforeArchive(partnership.id)) ?? FALLBACK_STATUS;
    // Like resume: the next round is the first after now; the archived weeks are not caught up.
    const nextRoundAt = status === "active" ? await nextRoundWhenActive(context, partnership.id) : null;
    const changed = await context.store.archives.unarchive({ partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now(), status, nextRoundAt });
    if (!changed) throw new UserError("conflict", `${handle} changed just now; look at /partner status ${handle} and try again.`);
    const message = new MessageBuilder(`${partnership.name} (${handle}) is back`, "public").text(`Status: ${status}. It is in /partner list and the portfolio again.`);
    if (nextRoundAt !== null) message.context(`Next check-in: ${describeInstant(nextRoundAt, partnership.timezone)}`);
    else message.context(`No check-ins while it is ${status}; /partner edit ${handle} --status active starts them.`);
    return message.build();
  },
});
