import { z } from "zod";
import { HandleSchema } from "../argument-schemas.js";
import { defineCommand } from "../command.js";
import { getPartnership } from "../get-partnership.js";
import { openCheckIn } from "./open-check-in.js";

export const checkinCommand = defineCommand({
  name: "checkin",
  summary: "Open the check-in form: status, highlights, blockers, needs and metric readings",
  arguments: [{ name: "partnership", description: "the partnership's handle", kind: "partnership", required: true }],
  schema: z.object({ partnership: HandleSchema }),
  examples: ["/partner checkin robotics-tx"],
  opensForm: true,
  async handle({ partnership: handle }, context) {
    return openCheckIn(await getPartnership(context, handle), context);
  },
});
