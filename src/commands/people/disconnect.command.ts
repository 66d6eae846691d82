import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { defineCommand } from "../define-command.js";

export const disconnectCommand = defineCommand({
  name: "disconnect",
  occasional: true,
  summary: "Undo connect: make this account a person of its own again (roles and answers stay with your other accounts)",
  arguments: {},
  examples: ["/partner disconnect"],
  async handle(_args, context) {
    const { platform, workspaceId, userId } = context.actor;
    const outcome = await context.store.connectCodes.disconnect({ platform, workspaceId, userId });
    if (outcome === "last-identity") {
      throw new UserError("conflict", "This account is not connected to any other: nothing to undo.");
    }
    return new MessageBuilder("Account disconnected")
      .text("This account is now a person of its own. Liaison roles, check-ins, answers and prompts stay with your other accounts; here you start afresh.")
      .context("To connect it again: /partner connect on your other account, then /partner connect <code> here.")
      .build();
  },
});
