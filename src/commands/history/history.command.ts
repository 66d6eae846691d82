import { z } from "zod";
import { MessageBuilder } from "../../ui/message-builder.js";
import { NumberSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { HISTORY_PAGE_SIZE, viewHistory } from "./view-history.js";

const PageSchema = NumberSchema.pipe(z.number().int("use a whole page number, such as 2").min(1, "pages start at 1"));

export const historyCommand = defineCommand({
  name: "history",
  occasional: true,
  summary: `Who changed what in a partnership, and when: newest first, ${HISTORY_PAGE_SIZE} to a page`,
  arguments: {
    partnership: argument.partnership(),
    page: argument.number(`which page of ${HISTORY_PAGE_SIZE}, such as 2`, { default: 1, schema: PageSchema }),
  },
  examples: ["/partner history robotics-tx", "/partner history robotics-tx --page 2"],
  async handle(args, context) {
    const partnership = await getPartnership(context, args.partnership);
    const view = await viewHistory(context, partnership, args.page);
    const first = `/partner history ${partnership.handle}`;
    const message = new MessageBuilder(`History of ${partnership.name} (${view.total} ${view.total === 1 ? "change" : "changes"})`).list(
      undefined,
      view.entries.map((entry) => `${entry.when} ${entry.who} ${entry.what}`),
      args.page > 1 ? `There is no page ${args.page}; it has ${view.pageCount}. The first: ${first}` : "Nothing has changed yet.",
    );
    if (view.pageCount > 1 && view.entries.length > 0) {
      const next = args.page < view.pageCount ? `; older: ${first} --page ${args.page + 1}` : "";
      message.context(`Page ${args.page} of ${view.pageCount}${next}`);
    }
    return message.context(`Times are in ${view.timezone}.`).build();
  },
});
