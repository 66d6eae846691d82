import { z } from "zod";
import { CalendarDateSchema, HandleSchema, OptionalTextSchema } from "../argument-schemas.js";
import { defineCommand } from "../command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { addBlackoutPeriod } from "./add-blackout-period.js";

export const blackoutAddCommand = defineCommand({
  name: "blackout add",
  summary: "Skip check-ins between two dates (school holidays, testing windows)",
  arguments: [
    { name: "partnership", description: "the partnership's handle", kind: "partnership", required: true },
    { name: "from", description: "first day, YYYY-MM-DD", kind: "date", required: true },
    { name: "to", description: "last day, YYYY-MM-DD", kind: "date", required: true },
    { name: "reason", description: "what it is, such as Winter break", kind: "text", required: false, rest: true },
  ],
  schema: z.object({ partnership: HandleSchema, from: CalendarDateSchema, to: CalendarDateSchema, reason: OptionalTextSchema }),
  examples: ['/partner blackout add robotics-tx 2026-12-21 2027-01-01 "Winter break"'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    return addBlackoutPeriod(context, partnership, args.from, args.to, args.reason);
  },
});
