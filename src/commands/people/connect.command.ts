import { randomInt } from "node:crypto";
import { z } from "zod";
import { UserError } from "../../errors.js";
import type { ConnectOutcome } from "../../store/connect-codes-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";

// No 0/O, 1/I/L: the code is read on one screen and typed on another.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const VALID_MINUTES = 15;

function newCode(): string {
  const characters = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${characters.slice(0, 4).join("")}-${characters.slice(4).join("")}`;
}

const REFUSALS: Record<Exclude<ConnectOutcome, "connected">, string> = {
  unknown: "That code is not one I gave out. Type `/partner connect` where you already work to get a fresh one.",
  expired: `That code is older than ${VALID_MINUTES} minutes. Type \`/partner connect\` where you already work to get a fresh one.`,
  "same-person": "This account is already connected to you: nothing to do.",
  "has-history": "This account already has roles or answers of its own here, so I will not merge it automatically. Ask a coordinator to move the roles instead.",
};

export const connectCommand = defineCommand({
  name: "connect",
  summary: "Be the same person on Slack, Discord and other workspaces: get a code here, type it there",
  arguments: {
    code: argument.text("the code /partner connect gave you on your other account", {
      required: false,
      schema: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/, "a code looks like ABCD-EFGH"),
    }),
    yes: argument.flag("confirm joining the account the code belongs to (connect <code> first shows which)"),
  },
  examples: ["/partner connect", "/partner connect ABCD-EFGH", "/partner connect ABCD-EFGH --yes"],
  async handle({ code, yes }, context) {
    const now = context.clock.now();
    if (code === undefined) {
      const fresh = newCode();
      await context.store.connectCodes.create(context.person.id, fresh, new Date(now.getTime() + VALID_MINUTES * 60_000));
      return new MessageBuilder("Connect another account")
        .text(`On your other account (another Slack workspace, Discord server, ...) type: /partner connect ${fresh}`)
        .context(`The code works once, for ${VALID_MINUTES} minutes. Your partnerships and roles then follow you there.`)
        .build();
    }
    const normalized = code.includes("-") ? code : `${code.slice(0, 4)}-${code.slice(4)}`;
    const { platform, workspaceId, userId } = context.actor;
    // A code alone proves only that someone made it: whoever pasted one given by a stranger would
    // become the stranger's account. So the first answer says whose it is and changes nothing.
    if (!yes) {
      const preview = await context.store.connectCodes.preview(normalized, { platform, workspaceId, userId }, now);
      if (preview.outcome !== "connected") throw new UserError(preview.outcome === "same-person" ? "conflict" : "bad-arguments", REFUSALS[preview.outcome]);
      const where = preview.joins!.identities.map((identity) => `${identity.platform}/${identity.workspaceId}`);
      return new MessageBuilder("Confirm: connect this account?")
        .text(`This joins you to ${preview.joins!.displayName} on ${[...new Set(where)].join(", ")}: that person's roles, check-ins and prompts become this account's too, and this account becomes theirs.`)
        .text(`If that is you, type: /partner connect ${normalized} --yes`)
        .context("If someone else gave you this code, do nothing: it expires by itself. /partner disconnect undoes a connection.")
        .build();
    }
    const outcome = await context.store.connectCodes.redeem(normalized, { platform, workspaceId, userId }, now);
    if (outcome !== "connected") throw new UserError(outcome === "same-person" ? "conflict" : "bad-arguments", REFUSALS[outcome]);
    return new MessageBuilder("Accounts connected")
      .text("This account and the one that made the code are now one person: your liaison roles, check-ins and prompts are the same on both.")
      .context("A partnership from elsewhere shows up here once you link a channel to it: /partner link <partnership> updates. To undo: /partner disconnect")
      .build();
  },
});
