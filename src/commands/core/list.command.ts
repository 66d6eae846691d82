import { z } from "zod";
import { AnyPartnershipStatusSchema, HEALTHS, labelOf } from "../../domain/vocabulary.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { NumberSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { pageByHealth } from "./page-by-health.js";

// 25 lines fit one Slack or Discord message; 10,000 partnerships in one answer were 115 Slack messages.
export const LIST_PAGE_SIZE = 25;

const PageSchema = NumberSchema.pipe(z.number().int("use a whole page number, such as 2").min(1, "pages start at 1"));

export const listCommand = defineCommand({
  name: "list",
  summary: "The partnerships in this workspace, 25 to a page",
  arguments: {
    page: argument.number("which page of 25, such as 2", { default: 1, schema: PageSchema }),
    status: argument.choice(AnyPartnershipStatusSchema, "only partnerships with this status (archived ones show only this way)", { required: false }),
    health: argument.choice(z.enum(HEALTHS), "only partnerships this healthy: on-track, at-risk or off-track", { required: false }),
    mine: argument.flag("only partnerships where you are a liaison"),
  },
  examples: ["/partner list", "/partner list --page 2", "/partner list --health off-track --mine"],
  async handle(args, context) {
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const filter = { ...(args.status === undefined ? {} : { status: args.status }), ...(args.mine ? { liaisonPersonId: context.person.id } : {}) };
    const page = { skip: (args.page - 1) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE };
    const found =
      args.health === undefined
        ? await context.store.partnerships.listPage(workspace, filter, page).then((result) => ({ ...result, hasNext: result.total > page.skip + page.take }))
        : await pageByHealth(context, filter, args.health, page);
    const filters = [args.status, args.health === undefined ? undefined : labelOf(args.health), args.mine ? "yours" : undefined].filter((part) => part !== undefined);
    const options = [...(args.status ? [`--status ${args.status}`] : []), ...(args.health ? [`--health ${args.health}`] : []), ...(args.mine ? ["--mine"] : [])];
    const command = (pageNumber: number) => ["/partner list", `--page ${pageNumber}`, ...options].join(" ");
    const count = found.total === null ? `${page.skip + found.partnerships.length}+` : String(found.total);
    const message = new MessageBuilder(`Partnerships (${count}${filters.length > 0 ? `: ${filters.join(", ")}` : ""})`).list(
      undefined,
      found.partnerships.map((partnership) => {
        const models = partnership.programModels.length > 0 ? `, ${partnership.programModels.map(labelOf).join(", ")}` : "";
        return `${partnership.handle}: ${partnership.name} (${partnership.status}${models})`;
      }),
      args.page > 1 ? `There is no page ${args.page}. The first: ${command(1)}` : filters.length > 0 ? "None match." : "None yet. A coordinator can create one: /partner new <handle> <name>",
    );
    const pages = found.total === null ? null : Math.max(1, Math.ceil(found.total / LIST_PAGE_SIZE));
    if (found.hasNext || args.page > 1) {
      const of = pages === null ? "" : ` of ${pages}`;
      message.context(`Page ${args.page}${of}${found.hasNext ? `; next: ${command(args.page + 1)}` : ""}`);
    }
    return message.context("Details: /partner status <handle>").build();
  },
});
