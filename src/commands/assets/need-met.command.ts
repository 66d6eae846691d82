import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getAsset, getNeed, listNumberedAssets } from "./get-asset.js";

export const needMetCommand = defineCommand({
  name: "need met",
  occasional: true,
  summary: "Mark a need met by a partner's asset; the asset map then shows it covered (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    need: argument.text("its number in asset list, or its description", { rest: true, schema: TextSchema.max(500, "use the need's number or description") }),
    by: argument.text("the asset that meets it: its number in asset list, or its description", { schema: TextSchema.max(500, "use the asset's number or description") }),
  },
  examples: ["/partner need met robotics-tx 1 --by 3", '/partner need met robotics-tx "Bus transport" --by "Travel grant"'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const [needs, map] = await Promise.all([context.store.needs.list(partnership.id), context.store.assets.loadMap(partnership.id)]);
    const need = getNeed(needs, args.need, partnership.handle);
    const asset = getAsset(listNumberedAssets(map), args.by, partnership.handle);
    if (need.resolvedAt !== null) {
      throw new UserError("conflict", `"${need.description}" is marked met already. To change what met it, type /partner need reopen ${partnership.handle} ${needs.indexOf(need) + 1} first.`);
    }
    const met = await context.store.needs.meet({ partnershipId: partnership.id, needId: need.id, assetId: asset.id, actorId: context.person.id, at: context.clock.now() });
    if (!met) throw new UserError("conflict", `"${need.description}" changed a moment ago (met or removed by someone else, or the asset removed); nothing changed.`);
    return new MessageBuilder(`Need met: ${need.description}`)
      .text(`${asset.organization}'s ${asset.kind} (${asset.description}) meets it; the asset map lists it under needs met.`)
      .context(`Undo: /partner need reopen ${partnership.handle} ${needs.indexOf(need) + 1}`)
      .build();
  },
});
