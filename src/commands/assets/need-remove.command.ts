import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import { askToConfirm, quoteArgument } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getNeed } from "./get-asset.js";

export const needRemoveCommand = defineCommand({
  name: "need remove",
  occasional: true,
  summary: "Remove a need from the asset map, after asking (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    need: argument.text("its number in asset list, or its description", { rest: true, schema: TextSchema.max(500, "use the need's number or description") }),
    yes: argument.flag("remove without asking first"),
  },
  examples: ["/partner need remove robotics-tx 1", "/partner need remove robotics-tx 1 --yes"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const need = getNeed(await context.store.needs.list(partnership.id), args.need, partnership.handle);
    const confirmation = askToConfirm(args.yes, {
      question: `Remove the need "${need.description}" from ${partnership.handle}?`,
      goes: [`${need.kind}: ${need.description}${need.resolvedAt === null ? " (open)" : " (met)"}`],
      stays: "The audit log keeps what it was. To keep it but say it is covered, use /partner need met instead.",
      line: `need remove ${partnership.handle} ${quoteArgument(need.description)}`,
      verb: "Remove",
    });
    if (confirmation !== null) return confirmation;
    const removed = await context.store.needs.remove({ partnershipId: partnership.id, needId: need.id, actorId: context.person.id, at: context.clock.now() });
    if (!removed) throw new UserError("not-found", `"${need.description}" was removed a moment ago; nothing else changed.`);
    return new MessageBuilder(`Need removed: ${need.description}`).context(`See the asset map: /partner asset list ${partnership.handle}`).build();
  },
});
