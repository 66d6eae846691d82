import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";

export const charterSetCommand = defineCommand({
  name: "charter set",
  summary: "Write a new version of the charter; every liaison ratifies it again",
  arguments: {
    partnership: argument.partnership(),
    goal: argument.text("the shared goal: the problem the partners solve together", { rest: true, schema: TextSchema.max(1000, "keep the goal under 1000 characters") }),
    expectations: argument.text("what the partners expect of each other (kept from the previous version if left out)", {
      required: false,
      schema: TextSchema.max(3000, "keep the expectations under 3000 characters"),
    }),
  },
  examples: ['/partner charter set robotics-tx Spark curiosity in engineering through real challenges --expectations "Mentors come weekly; the school hosts"'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const previous = await context.store.charters.findCurrent(partnership.id);
    const expectations = args.expectations ?? previous?.expectations ?? "";
    if (previous !== null && previous.sharedGoal === args.goal && previous.expectations === expectations) {
      throw new UserError("conflict", `Version ${previous.version} already says exactly that; nothing changed. See it with /partner charter show ${partnership.handle}`);
    }
    const written = await context.store.charters.createVersion(partnership.id, { sharedGoal: args.goal, expectations }, context.person.id, context.clock.now());
    if (written === null) {
      throw new UserError("conflict", `Someone changed the charter at the same moment, so yours was not saved. Look at /partner charter show ${partnership.handle} and try again.`);
    }
    const kept = args.expectations === undefined && previous !== null && expectations !== "";
    return new MessageBuilder(`Charter of ${partnership.name}: version ${written.version}`, "public")
      .fields([
        { label: "Shared goal", value: args.goal },
        { label: "Expectations", value: expectations === "" ? "none written yet" : `${expectations}${kept ? ` (kept from version ${previous.version})` : ""}` },
      ])
      .text(`Every liaison now ratifies version ${written.version}: /partner charter ratify ${partnership.handle}`)
      .build();
  },
});
