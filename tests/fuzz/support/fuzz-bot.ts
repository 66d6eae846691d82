import { expect } from "vitest";
import type { Actor, Invocation } from "../../../src/ports/actor.js";
import { APOLOGY } from "../../../src/ui/fixed-answers.js";
import { plainTextOf } from "../../../src/ui/plain-text-of.js";
import type { Reply, SubmitResult } from "../../../src/ui/reply.js";
import { coordinator, createTestBot, maria, visitor, type TestBot } from "../../support/test-bot.js";
import type { DatabaseKind } from "../../support/test-database.js";
import { changedTables, createFingerprinter, textsWithControls, type DatabaseFingerprint } from "./fingerprint-database.js";

/** A coordinator of another console workspace, with a partnership of its own there. */
export const outsider: Actor = { platform: "console", workspaceId: "elsewhere", userId: "olga", displayName: "Olga Outside", isPlatformAdmin: true };
/** A Slack member of a workspace that sees nothing of the demo. */
export const slackStranger: Actor = { platform: "slack", workspaceId: "T-FUZZ", userId: "U1", displayName: "Slack Stranger", isPlatformAdmin: false };

export const FUZZ_ACTORS = [coordinator, maria, visitor, outsider, slackStranger] as const;
// Channel ids come from the platform (each adapter parses them), so they are plain here.
export const CHANNELS = [undefined, "C-test", "C-ROBOTICS"] as const;

export interface FuzzBot extends TestBot {
  /** The database as it is now; compare two with `changedTables`. */
  fingerprint(): Promise<DatabaseFingerprint>;
  /**
   * Runs one request and checks the properties every answer must have: no exception, no apology,
   * no internal error; a refusal or failure changes no row; nothing stored is non-finite or holds
   * control characters.
   */
  check(describe: string, request: () => Promise<Reply | SubmitResult>): Promise<Reply | SubmitResult>;
  /** How the answers so far came out ("saved", "form", "bad-arguments", ...), to show what the cases reached. */
  outcomes(): Record<string, number>;
}

/** Whether the answer says the request was refused or failed (so nothing may have changed). */
export function isRefusal(reply: Reply | SubmitResult): boolean {
  return reply.kind === "form-errors" || (reply.kind === "message" && reply.error !== undefined);
}

/**
 * The seeded demo on its own database, every fuzz actor already seen once (a first sight creates the
 * person, which a refused request may do), and a partnership in the outsider's workspace.
 */
export async function createFuzzBot(kind: DatabaseKind = "sqlite"): Promise<FuzzBot> {
  const testBot = await createTestBot({ kind });
  for (const actor of FUZZ_ACTORS) await testBot.say("help", actor);
  expect((await testBot.say('new elsewhere-one "Elsewhere Partnership"', outsider)).error).toBeUndefined();
  const fingerprint = await createFingerprinter(testBot.store.db, kind);
  const knownActors = () => testBot.store.db.chatIdentity.count({ where: { OR: FUZZ_ACTORS.map(({ platform, workspaceId, userId }) => ({ platform, workspaceId, userId })) } });
  // Requests made outside `check` (test setup) move the baseline: the next check reads it afresh.
  let last: DatabaseFingerprint | undefined;
  const tally: Record<string, number> = {};
  return {
    ...testBot,
    run: (line, actor) => ((last = undefined), testBot.run(line, actor)),
    say: (line, actor) => ((last = undefined), testBot.say(line, actor)),
    fingerprint,
    async check(describe, request) {
      const before = last ?? (await fingerprint());
      const reply = await request();
      let after = await fingerprint();
      // A `forget` that went through erased a fuzz actor: their next request is a first sight again,
      // which creates the person, so the actors are seen once more before the next check.
      if (!isRefusal(reply) && (await knownActors()) < FUZZ_ACTORS.length) {
        for (const actor of FUZZ_ACTORS) await testBot.say("help", actor);
        after = await fingerprint();
      }
      last = after;
      const outcome = reply.kind === "message" ? (reply.error ?? "answered") : reply.kind;
      tally[outcome] = (tally[outcome] ?? 0) + 1;
      const shown = reply.kind === "message" ? plainTextOf(reply) : reply.kind === "form-errors" ? JSON.stringify(reply.errors) : reply.title;
      const context = `${describe}\nanswered: ${shown.slice(0, 600)}`;
      expect(shown, context).not.toContain(APOLOGY.slice(0, 40));
      if (reply.kind === "message") expect(reply.error, context).not.toBe("internal");
      if (isRefusal(reply)) expect(changedTables(before, after), `${context}\na refusal changed rows`).toEqual([]);
      // Issue 10, holes 9 and 10: what the bot accepts is finite and free of control characters.
      const newly = (now: string[], then: string[]) => now.filter((entry) => !then.includes(entry));
      expect(newly(after.nonFiniteNumbers, before.nonFiniteNumbers), `${context}\nstored a number that is not finite`).toEqual([]);
      expect(newly(textsWithControls(after), textsWithControls(before)), `${context}\nstored control characters`).toEqual([]);
      return reply;
    },
    outcomes: () => ({ ...tally }),
  };
}

export function invocationOf(actor: Actor, channelId: string | undefined): Invocation {
  return channelId === undefined ? { actor } : { actor, channelId };
}
