import { z } from "zod";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership, getPartnership } from "../get-partnership.js";
import { DEFAULT_CLOSURE_WORDS, normalizeWords } from "./classify-calendar-event.js";

const MAX_WORDS = 40;

export const calendarWordsCommand = defineCommand({
  name: "calendar words",
  occasional: true,
  summary: "Words in a calendar event's title that make it a day off",
  arguments: {
    partnership: argument.partnership(),
    action: argument.choice(["list", "add", "remove", "reset"], "list, add, remove or reset", { default: "list", schema: z.enum(["list", "add", "remove", "reset"]) }),
    words: argument.text("a word or phrase", { required: false, rest: true, schema: z.string().trim().min(1).max(60, "keep a word or phrase under 60 characters") }),
  },
  examples: ['/partner calendar words robotics-tx add "teacher workday"', "/partner calendar words robotics-tx remove break", "/partner calendar words robotics-tx"],
  async handle(args, context) {
    if (args.action === "list") {
      const partnership = await getPartnership(context, args.partnership);
      const words = await context.store.calendarSources.findWords(partnership.id);
      return new MessageBuilder(`Words that make a day off for ${partnership.handle}`)
        .text([...(words ?? DEFAULT_CLOSURE_WORDS)].join(", ") || "None: only events a calendar files as HOLIDAY, VACATION or NO SCHOOL become blackouts.")
        .context(`${words === null ? "The defaults. " : ""}A whole word or phrase in an event's title must match. Change them: /partner calendar words ${partnership.handle} add|remove <words>, then import the calendar again.`)
        .build();
    }
    const partnership = await getChangeablePartnership(context, args.partnership);
    const before = (await context.store.calendarSources.findWords(partnership.id)) ?? [...DEFAULT_CLOSURE_WORDS];
    let after: string[];
    if (args.action === "reset") after = [...DEFAULT_CLOSURE_WORDS];
    else {
      const word = normalizeWords(args.words ?? "");
      if (word === "") throw new UserError("bad-arguments", `Give the word or phrase to ${args.action}: /partner calendar words ${partnership.handle} ${args.action} "teacher workday". Nothing was changed.`);
      const has = before.some((existing) => normalizeWords(existing) === word);
      if (args.action === "add") {
        if (has) throw new UserError("conflict", `"${word}" already makes a day off for ${partnership.handle}. Nothing was changed.`);
        if (before.length >= MAX_WORDS) throw new UserError("bad-arguments", `${partnership.handle} has ${MAX_WORDS} words already; remove one first. Nothing was changed.`);
        after = [...before, word];
      } else {
        if (!has) throw new UserError("not-found", `"${word}" is not one of ${partnership.handle}'s words: ${before.join(", ")}. Nothing was changed.`);
        after = before.filter((existing) => normalizeWords(existing) !== word);
      }
    }
    await context.store.calendarSources.setWords({ partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now(), before, words: after });
    return new MessageBuilder(`Words that make a day off for ${partnership.handle}: ${after.length}`, "public")
      .text(after.join(", ") || "None: only events a calendar files as HOLIDAY, VACATION or NO SCHOOL become blackouts.")
      .context(`Import the calendar again to apply them (/partner calendar import ${partnership.handle} <address>); a calendar read weekly applies them at its next read.`)
      .build();
  },
});
