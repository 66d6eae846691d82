import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { Form } from "../../ui/reply.js";
import type { CommandContext } from "../command-context.js";
import { refuseArchived } from "../refuse-archived.js";
import { buildCheckInForm } from "./build-check-in-form.js";

/** The check-in form for this person, after checking they may check in for the partnership and it is not archived. */
export async function openCheckIn(partnership: PartnershipRecord, context: CommandContext): Promise<Form> {
  await context.access.requireChange(partnership);
  refuseArchived(partnership, "check-ins");
  const data = await context.store.checkIns.loadFormData(partnership.id, context.person.id);
  const questions = await context.store.checkInQuestions.list(partnership.id);
  const previous = data.round === null || questions.length === 0 ? new Map<number, string>() : await context.store.checkInQuestions.findAnswers(data.round.id, context.person.id);
  return buildCheckInForm(partnership, data, { questions, previous });
}
