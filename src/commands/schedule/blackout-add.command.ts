import { OptionalTextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { addBlackoutPeriod } from "./add-blackout-period.js";

export const blackoutAddCommand = defineCommand({
  name: "blackout add",
  summary: "Skip check-ins between two dates (school holidays, testing windows)",
  arguments: {
    partnership: argument.partnership(),
    from: argument.date("first day, YYYY-MM-DD"),
    to: argument.date("last day, YYYY-MM-DD"),
    reason: argument.text("what it is, such as Winter break", { required: false, rest: true, schema: OptionalTextSchema }),
  },
  examples: ['/partner blackout add robotics-tx 2026-12-21 2027-01-01 "Winter break"'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    return addBlackoutPeriod(context, partnership, args.from, args.to, args.reason);
  },
});
