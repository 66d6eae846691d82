import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { HandleSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";

/** How long an old handle keeps finding the partnership (and stays taken): a school term of links and habits. */
export const OLD_HANDLE_DAYS = 90;

export const renameCommand = defineCommand({
  name: "rename",
  occasional: true,
  summary: `Give a partnership a new handle; the old one keeps working for ${OLD_HANDLE_DAYS} days (liaisons and coordinators)`,
  arguments: {
    partnership: argument.partnership(),
    handle: argument.text("the new handle: 2-40 lowercase letters, digits and dashes, such as stem-tx", { schema: HandleSchema }),
  },
  examples: ["/partner rename robotics-tx lincoln-robotics"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    if (args.handle === partnership.handle) throw new UserError("bad-arguments", `${partnership.handle} has that handle already. Nothing was changed.`);
    const now = context.clock.now();
    const aliasUntil = new Date(now.getTime() + OLD_HANDLE_DAYS * 86_400_000);
    const outcome = await context.store.partnerships.rename({ partnership, actorId: context.person.id, at: now, handle: args.handle, aliasUntil });
    if (outcome.kind === "taken") {
      const whose = outcome.by === "partnership" ? "another partnership's handle here" : "another partnership's old handle, which still finds it for a while";
      throw new UserError("conflict", `\`${args.handle}\` is ${whose}. Pick another, such as \`${args.handle}-2\`; nothing was changed.`);
    }
    if (outcome.kind === "changed") throw new UserError("conflict", `${partnership.handle} changed just now; look at /partner list and try again.`);
    const until = calendarDateIn(aliasUntil, partnership.timezone);
    return new MessageBuilder(`${partnership.name} is now ${args.handle}`, "public")
      .text(`Use /partner status ${args.handle} from now on. The old handle ${partnership.handle} keeps working until ${until}, and each answer to it says the new one.`)
      .context("Links to the web dashboard use the new handle.")
      .build();
  },
});
