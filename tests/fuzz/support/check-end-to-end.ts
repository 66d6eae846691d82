import { expect } from "vitest";
import { APOLOGY } from "../../../src/ui/fixed-answers.js";
import type { Reply, SubmitResult } from "../../../src/ui/reply.js";
import { changedTables, type DatabaseFingerprint } from "./fingerprint-database.js";
import { isRefusal } from "./fuzz-bot.js";

/**
 * The properties of one request that came in through a platform: nothing the platform received
 * is the apology, nothing was logged as an error, and when the core refused everything it was asked
 * (or was never asked: the adapter turned the payload away) no row changed.
 */
export function expectHandledWell(describe: string, outcome: { sent: unknown[]; errorLogs: unknown[]; replies: (Reply | SubmitResult)[]; before: DatabaseFingerprint; after: DatabaseFingerprint }): void {
  const sent = JSON.stringify(outcome.sent);
  expect(sent, `${describe}\nthe platform got the apology`).not.toContain(APOLOGY.slice(0, 40));
  expect(outcome.replies.map((reply) => (reply.kind === "message" ? reply.error : undefined)), describe).not.toContain("internal");
  expect(outcome.errorLogs, `${describe}\nlogged errors`).toEqual([]);
  if (outcome.replies.every(isRefusal)) expect(changedTables(outcome.before, outcome.after), `${describe}\nanswers: ${JSON.stringify(outcome.replies).slice(0, 400)}\na refusal changed rows`).toEqual([]);
}
