import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { openCheckIn } from "./open-check-in.js";

export const checkinCommand = defineCommand({
  name: "checkin",
  summary: "Open the check-in form: status, highlights, blockers, needs and metric readings",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner checkin robotics-tx"],
  opensForm: true,
  async handle({ partnership: handle }, context) {
    return openCheckIn(await getPartnership(context, handle), context);
  },
});
