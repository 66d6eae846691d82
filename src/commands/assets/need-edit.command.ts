import { ASSET_KINDS, AssetKindSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getNeed } from "./get-asset.js";

export const needEditCommand = defineCommand({
  name: "need edit",
  occasional: true,
  summary: "Change what a need is or its kind (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    need: argument.text("its number in asset list, or its description", { rest: true, schema: TextSchema.max(500, "use the need's number or description") }),
    kind: argument.choice(AssetKindSchema, `the new kind: ${ASSET_KINDS.join(", ")}`, { required: false }),
    description: argument.text("the new description", { required: false, schema: TextSchema.max(500, "keep the description under 500 characters") }),
  },
  examples: ['/partner need edit robotics-tx 1 --description "Bus transport to the state final"', "/partner need edit robotics-tx 1 --kind funding"],
  refine(args, context) {
    if (args.kind === undefined && args.description === undefined) context.addIssue({ code: "custom", path: ["description"], message: "say what changes: --kind, --description or both" });
    return args;
  },
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const need = getNeed(await context.store.needs.list(partnership.id), args.need, partnership.handle);
    const changes = { kind: args.kind, description: args.description };
    const before = await context.store.needs.edit({ partnershipId: partnership.id, needId: need.id, changes, actorId: context.person.id, at: context.clock.now() });
    if (before === null) throw new UserError("not-found", `"${need.description}" was removed a moment ago, so there is nothing to change.`);
    const lines = (["kind", "description"] as const).filter((field) => changes[field] !== undefined && changes[field] !== before[field]).map((field) => `${field}: ${before[field]} → ${changes[field]}`);
    return new MessageBuilder(lines.length === 0 ? `"${before.description}" already reads like that` : `Need changed: ${args.description ?? before.description}`)
      .list(lines.length === 0 ? "Nothing changed" : "Changed", lines, "Every value was as given already.")
      .context(`See which partners could cover it: /partner asset list ${partnership.handle}`)
      .build();
  },
});
