import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { matchPersonReference } from "./match-person-reference.js";

export const coordinatorRemoveCommand = defineCommand({
  name: "coordinator remove",
  occasional: true,
  summary: "Stop a person being a coordinator of this workspace (coordinators)",
  arguments: { person: argument.user("the coordinator: @mention them or give their name", { rest: true }) },
  examples: ["/partner coordinator remove @ana"],
  async handle(args, context) {
    await context.access.requireCoordinator("remove coordinators");
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const coordinators = await context.store.coordinators.list(workspace);
    const coordinator = matchPersonReference(args.person, coordinators, context.conventions);
    if (coordinator === undefined) {
      const listed = coordinators.length > 0 ? `The listed coordinators are ${coordinators.map((each) => each.displayName).join(", ")}.` : "No coordinators are listed here.";
      throw new UserError(
        "not-found",
        `${args.person} is not a listed coordinator. ${listed} Workspace admins and people named in the bot's COORDINATORS setting are coordinators without being listed and cannot be removed here.`,
      );
    }
    const outcome = await context.store.coordinators.remove(workspace, coordinator.personId, context.person.id);
    if (outcome === "last-coordinator") {
      throw new UserError(
        "conflict",
        `${coordinator.displayName} is the last coordinator here, so nobody could set partnerships up after this. Add another coordinator first with /partner coordinator add @someone.`,
      );
    }
    if (outcome === "not-coordinator") throw new UserError("not-found", `${coordinator.displayName} is no longer a coordinator; nothing changed.`);
    return new MessageBuilder(`${coordinator.displayName} is no longer a coordinator`, "public")
      .text(`${coordinator.displayName} keeps any liaison roles they have.`)
      .build();
  },
});
