import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getNeed } from "./get-asset.js";

export const needReopenCommand = defineCommand({
  name: "need reopen",
  occasional: true,
  summary: "Undo need met: the need is open again (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    need: argument.text("its number in asset list, or its description", { rest: true, schema: TextSchema.max(500, "use the need's number or description") }),
  },
  examples: ["/partner need reopen robotics-tx 1"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const need = getNeed(await context.store.needs.list(partnership.id), args.need, partnership.handle);
    if (need.resolvedAt === null) throw new UserError("conflict", `"${need.description}" is open already, so there is nothing to reopen.`);
    const reopened = await context.store.needs.reopen({ partnershipId: partnership.id, needId: need.id, actorId: context.person.id, at: context.clock.now() });
    if (!reopened) throw new UserError("conflict", `"${need.description}" was reopened a moment ago by someone else.`);
    return new MessageBuilder(`Need open again: ${need.description}`).context(`See which partners could cover it: /partner asset list ${partnership.handle}`).build();
  },
});
