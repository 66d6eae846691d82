import { UserError } from "../../errors.js";
import { FORGOTTEN_PERSON_NAME } from "../../store/scrub-personal-data.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { askToConfirm, quoteArgument } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { findPersonReference } from "../partners/resolve-person-reference.js";

function count(number: number, word: string): string {
  return `${number} ${word}${number === 1 ? "" : "s"}`;
}

export const forgetCommand = defineCommand({
  name: "forget",
  occasional: true,
  summary: "Erase a person: their accounts, name, roles and reflections go; their check-ins stay in the figures, nameless (coordinators)",
  arguments: {
    person: argument.user("who: @mention them or give their name as this workspace knows it", { rest: true }),
    yes: argument.flag("erase without asking first"),
  },
  examples: ["/partner forget @dev.patel", "/partner forget @dev.patel --yes"],
  async handle(args, context) {
    await context.access.requireCoordinator("forget people");
    const person = await findPersonReference(context, args.person);
    if (person === null) throw new UserError("not-found", `I know nobody called ${args.person} here (or they were forgotten already). Mention them with @ as this workspace knows them.`);
    if (person.id === context.person.id) throw new UserError("bad-arguments", "You cannot forget yourself here: ask another coordinator to do it.");
    const preview = await context.store.erasures.preview(person.id);
    const places = [...new Set(preview.identities.map((identity) => `${identity.platform}/${identity.workspaceId}`))];
    const goes = [
      `${person.displayName}'s name and ${count(preview.identities.length, "chat account")} (${places.join(", ")}), with what the bot knew of their profiles`,
      ...(preview.liaisonOf.length > 0 ? [`their liaison roles in ${preview.liaisonOf.join(", ")}`] : []),
      ...(preview.coordinatorRoles > 0 ? [`their coordinator role${preview.coordinatorRoles === 1 ? "" : "s"}`] : []),
      ...(preview.reflections > 0 ? [count(preview.reflections, "reflection")] : []),
      ...(preview.absences > 0 ? [`their out-of-office dates (${preview.absences})`] : []),
      ...(preview.signIns > 0 ? [`their dashboard sign-ins (${preview.signIns})`] : []),
      "their name wherever the bot wrote it: the audit log, digests and messages it keeps",
    ];
    const kept = [...(preview.checkIns > 0 ? [count(preview.checkIns, "check-in")] : []), ...(preview.surveyAnswers > 0 ? [count(preview.surveyAnswers, "survey answer")] : [])];
    const confirmation = askToConfirm(args.yes, {
      question: `Forget ${person.displayName} on every platform and workspace?`,
      goes,
      stays: `${kept.length > 0 ? `Their ${kept.join(" and ")} stay in figures and reports as "${FORGOTTEN_PERSON_NAME}". ` : ""}The audit log keeps that someone was forgotten, by whom and when, without who. This cannot be undone.`,
      line: `forget ${quoteArgument(args.person.trim())}`,
      verb: "Forget",
    });
    if (confirmation !== null) return confirmation;
    const erased = await context.store.erasures.erase({ personId: person.id, actorId: context.person.id, at: context.clock.now() });
    if (!erased) throw new UserError("not-found", "That person was forgotten a moment ago; nothing else changed.");
    return new MessageBuilder("Forgotten")
      .text(`Their accounts, name, roles and reflections are gone. Their check-ins and answers count on as "${FORGOTTEN_PERSON_NAME}".`)
      .context("If they use the bot again, they start as someone new.")
      .build();
  },
});
