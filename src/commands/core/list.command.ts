import { labelOf } from "../../domain/vocabulary.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { defineCommand } from "../define-command.js";

export const listCommand = defineCommand({
  name: "list",
  summary: "The partnerships in this workspace",
  arguments: {},
  examples: ["/partner list"],
  async handle(_args, context) {
    const partnerships = await context.store.partnerships.listVisible({ platform: context.actor.platform, workspaceId: context.actor.workspaceId });
    return new MessageBuilder(`Partnerships (${partnerships.length})`)
      .list(
        undefined,
        partnerships.map((partnership) => {
          const models = partnership.programModels.length > 0 ? `, ${partnership.programModels.map(labelOf).join(", ")}` : "";
          return `${partnership.handle}: ${partnership.name} (${partnership.status}${models})`;
        }),
        "None yet. A coordinator can create one: /partner new <handle> <name>",
      )
      .context("Details: /partner status <handle>")
      .build();
  },
});
