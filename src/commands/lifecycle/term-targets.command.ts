import { UserError } from "../../errors.js";
import { formatNumber } from "../../ui/format-number.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { requireKnownMetrics } from "./require-known-metrics.js";
import { TargetsSchema } from "./targets-schema.js";

export const termTargetsCommand = defineCommand({
  name: "term targets",
  occasional: true,
  summary: "Set this term's metric targets (liaisons and coordinators); past terms keep theirs",
  arguments: {
    partnership: argument.partnership(),
    targets: argument.text("metric=number, comma-separated, such as enrollment=60,mentor-hours=400", { rest: true, schema: TargetsSchema }),
  },
  examples: ["/partner term targets robotics-tx enrollment=60,mentor-hours=400"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const metrics = await context.store.metrics.list(partnership.id);
    requireKnownMetrics(args.targets, metrics, partnership.handle);
    const changed = await context.store.terms.setTargets({ partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now(), targets: args.targets });
    if (changed === 0) throw new UserError("bad-arguments", "Those are the targets already. Nothing was changed.");
    const term = (await context.store.terms.list(partnership.id)).at(-1)!;
    const lines = metrics
      .filter((metric) => args.targets.has(metric.key))
      .map((metric) => `${metric.name}: ${formatNumber(args.targets.get(metric.key)!)}${metric.unit ? ` ${metric.unit}` : ""} (was ${formatNumber(metric.target)})`);
    return new MessageBuilder(`Targets for ${term.label}, ${partnership.name} (${partnership.handle})`).list(undefined, lines).build();
  },
});
