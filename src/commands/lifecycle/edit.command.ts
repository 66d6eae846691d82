import { AnyPartnershipStatusSchema, ARCHIVED, labelOf } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import type { PartnershipEdit } from "../../store/partnerships-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeInstant } from "../schedule/describe-next-round.js";
import { nextRoundWhenActive } from "./next-round-when-active.js";
import { PROGRAM_MODELS_HELP, ProgramModelsSchema } from "./program-models-schema.js";
import { TimeZoneSchema } from "./time-zone-schema.js";

const describeModels = (models: readonly string[]) => (models.length === 0 ? "none" : models.map(labelOf).join(", "));

export const editCommand = defineCommand({
  name: "edit",
  occasional: true,
  summary: "Change a partnership's name, time zone, program models or status (liaisons and coordinators)",
  arguments: {
    partnership: argument.partnership(),
    name: argument.text("the partnership's new full name", { required: false, schema: TextSchema.max(120, "keep the name under 120 characters") }),
    timezone: argument.text("IANA time zone for check-ins, such as America/Chicago", { required: false, schema: TimeZoneSchema }),
    models: argument.text(`${PROGRAM_MODELS_HELP} (replaces the list; "" clears it)`, { required: false, schema: ProgramModelsSchema }),
    status: argument.choice(AnyPartnershipStatusSchema, "proposed, active, paused or completed (to archive: /partner archive)", { required: false }),
  },
  examples: ['/partner edit robotics-tx --name "Robotics Mentorship, Lincoln MS"', "/partner edit robotics-tx --timezone America/New_York --models mentorship,after-school", "/partner edit robotics-tx --status completed"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const { handle } = partnership;
    if (args.status === ARCHIVED) throw new UserError("bad-arguments", `To archive ${handle}, type /partner archive ${handle}: it says what happens and asks you to confirm. Nothing was changed.`);
    if (partnership.status === ARCHIVED && args.status !== undefined) throw new UserError("conflict", `${handle} is archived. Bring it back first with /partner unarchive ${handle}. Nothing was changed.`);
    const fields: PartnershipEdit = {
      ...(args.name === undefined || args.name === partnership.name ? {} : { name: args.name }),
      ...(args.timezone === undefined || args.timezone === partnership.timezone ? {} : { timezone: args.timezone }),
      ...(args.models === undefined || args.models.join(",") === partnership.programModels.join(",") ? {} : { programModels: args.models }),
      ...(args.status === undefined || args.status === partnership.status ? {} : { status: args.status }),
    };
    if (Object.keys(fields).length === 0) {
      const asked = [args.name, args.timezone, args.models, args.status].some((value) => value !== undefined);
      throw new UserError(
        "bad-arguments",
        asked
          ? `${handle} is like that already. Nothing was changed.`
          : `Say what to change, such as /partner edit ${handle} --name "New name" --timezone America/New_York --models mentorship --status active.`,
      );
    }
    const activeAfter = (fields.status ?? partnership.status) === "active";
    // Becoming active, or an active partnership moving time zone: the next round is the first under the new rule.
    const moveCursor = activeAfter && (fields.status !== undefined || fields.timezone !== undefined);
    const nextRoundAt = moveCursor ? await nextRoundWhenActive(context, partnership.id, fields.timezone) : undefined;
    const changed = await context.store.partnerships.edit({ before: partnership, actorId: context.person.id, at: context.clock.now(), fields, nextRoundAt });
    if (!changed) throw new UserError("conflict", `${handle} changed just now; look at /partner status ${handle} and try again.`);
    const lines = [
      ...(fields.name === undefined ? [] : [`Name: ${partnership.name} → ${fields.name}`]),
      ...(fields.timezone === undefined ? [] : [`Time zone: ${partnership.timezone} → ${fields.timezone} (check-ins too)`]),
      ...(fields.programModels === undefined ? [] : [`Program models: ${describeModels(partnership.programModels)} → ${describeModels(fields.programModels)}`]),
      ...(fields.status === undefined ? [] : [`Status: ${partnership.status} → ${fields.status}`]),
    ];
    const message = new MessageBuilder(`Changed ${fields.name ?? partnership.name} (${handle})`, "public").list(undefined, lines);
    if (nextRoundAt !== undefined) message.context(`Next check-in: ${describeInstant(nextRoundAt, fields.timezone ?? partnership.timezone)}`);
    else if (fields.status !== undefined) message.context(`No check-ins while it is ${fields.status}; /partner edit ${handle} --status active starts them again.`);
    return message.build();
  },
});
