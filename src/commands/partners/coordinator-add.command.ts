import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { resolvePersonReference } from "./resolve-person-reference.js";

export const coordinatorAddCommand = defineCommand({
  name: "coordinator add",
  summary: "Make a person a coordinator of this workspace: they can create and change every partnership (coordinators)",
  arguments: { person: argument.user("the person: @mention them, or give the name of someone the bot knows", { rest: true }) },
  examples: ["/partner coordinator add @ana"],
  async handle(args, context) {
    await context.access.requireCoordinator("name coordinators");
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const person = await resolvePersonReference(context, args.person);
    const added = await context.store.coordinators.add(workspace, person.id, context.person.id);
    if (!added) throw new UserError("conflict", `${person.displayName} is already a coordinator here; nothing changed.`);
    return new MessageBuilder(`${person.displayName} is now a coordinator`, "public")
      .text(`${person.displayName} can create partnerships, change any partnership here and name other coordinators.`)
      .build();
  },
});
