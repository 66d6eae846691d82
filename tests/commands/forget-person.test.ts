import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/ports/actor.js";
import { FORGOTTEN_PERSON_NAME } from "../../src/store/scrub-personal-data.js";
import type { Message } from "../../src/ui/reply.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { changedTables, createFingerprinter } from "../fuzz/support/fingerprint-database.js";
import { coordinator, createTestBot, maria, type TestBot } from "../support/test-bot.js";
import { DATABASE_KINDS } from "../support/test-database.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

/** Maria's account on Slack, joined to her console account with connect. */
const mariaOnSlack: Actor = { platform: "slack", workspaceId: "T-LINCOLN", userId: "U0MARIA42", displayName: "Maria A.", isPlatformAdmin: false };
const devPatel: Actor = { platform: "console", workspaceId: "demo", userId: "dev.patel", displayName: "Dev Patel", isPlatformAdmin: false };
const PERSONAL = ["Maria Alvarez", "maria.alvarez", "U0MARIA42", "Maria A."];

const identityOf = ({ platform, workspaceId, userId }: Actor) => ({ platform, workspaceId, userId });

function listItems(message: Message, title: string): string[] | undefined {
  const block = message.blocks.find((candidate) => candidate.type === "list" && candidate.title === title);
  return block?.type === "list" ? block.items : undefined;
}

/** Maria, as the bot gets to know her: two accounts, a sign-in, a role, a reflection, dates away, and messages naming her. */
async function giveMariaAHistory(bot: TestBot): Promise<number> {
  const code = /connect ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(plainTextOf(await bot.say("connect", maria)))![1]!;
  expect((await bot.say(`connect ${code} --yes`, mariaOnSlack)).error).toBeUndefined();
  await bot.say("connect", maria); // an unused code stays behind
  // A dashboard sign-in spent on a session, and one not used yet.
  const later = new Date(bot.clock.now().getTime() + 600_000);
  await bot.store.webSessions.createSignInLink(identityOf(maria), "hash-used", later);
  expect((await bot.store.webSessions.redeemSignInLink("hash-used", bot.clock.now(), { idHash: "session-hash", csrfToken: "csrf", expiresAt: later })).kind).toBe("redeemed");
  await bot.store.webSessions.createSignInLink(identityOf(mariaOnSlack), "hash-fresh", later);
  expect((await bot.say('coordinator add "Maria Alvarez"', coordinator)).error).toBeUndefined();
  expect((await bot.say("ooo robotics-tx 2026-12-21 2027-01-03", maria)).error).toBeUndefined();
  const person = (await bot.store.people.findIdentity(identityOf(maria)))!;
  const round = await bot.store.db.round.findFirstOrThrow({ where: { status: "open", partnership: { handle: "robotics-tx" } } });
  await bot.store.reflections.trackThread({ roundId: round.id, platform: "console", workspaceId: "demo", channelId: "C-reflect", threadId: "T-week" });
  await bot.bot.receiveThreadMessage({ kind: "posted", platform: "console", threadId: "T-week", messageId: "m-1", author: maria, body: "My students built a gearbox", postedAt: bot.clock.now() });
  await bot.store.outbox.enqueue({
    dedupeKey: "digest:test", kind: "digest", partnershipId: round.partnershipId, platform: "console", workspaceId: "demo", target: "channel:C-updates",
    message: { message: { kind: "message", heading: "Week of 2026-11-23", visibility: "public", blocks: [{ type: "text", text: "Answered: Maria Alvarez, Dev Patel. Not yet: <@U0MARIA42>" }] }, mentions: ["U0MARIA42", "dev.patel"] },
    at: bot.clock.now(),
  });
  return person.id;
}

describe.each(DATABASE_KINDS)("forget on %s", (kind) => {
  it("asks first, saying what will go and what stays, and changes nothing until confirmed", async () => {
    testBot = await createTestBot({ kind });
    await giveMariaAHistory(testBot);
    const fingerprint = await createFingerprinter(testBot.store.db, testBot.database.kind);
    const before = await fingerprint();
    const asked = await testBot.say('forget "Maria Alvarez"');
    expect(asked.error).toBeUndefined();
    expect(asked.heading).toBe("Confirm: Forget Maria Alvarez on every platform and workspace?");
    expect(listItems(asked, "This will go")).toEqual([
      "Maria Alvarez's name and 2 chat accounts (console/demo, slack/T-LINCOLN), with what the bot knew of their profiles",
      "their liaison roles in robotics-tx",
      "their coordinator role",
      "1 reflection",
      "their out-of-office dates (1)",
      "their dashboard sign-ins (3)",
      "their name wherever the bot wrote it: the audit log, digests and messages it keeps",
    ]);
    expect(plainTextOf(asked)).toMatch(/Their \d+ check-ins stay in figures and reports as "a former liaison"/);
    expect(plainTextOf(asked)).toContain('type: /partner forget "Maria Alvarez" --yes');
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it("erases her from every table while her check-ins keep counting, nameless, and the audit log keeps the fact", async () => {
    testBot = await createTestBot({ kind });
    const personId = await giveMariaAHistory(testBot);
    const checkIns = await testBot.store.db.checkInResponse.count({ where: { personId } });
    expect(checkIns).toBeGreaterThan(0);
    const fingerprint = await createFingerprinter(testBot.store.db, testBot.database.kind);
    expect((await fingerprint()).texts.some((text) => text.includes("Maria Alvarez"))).toBe(true);

    const done = await testBot.say('forget "Maria Alvarez" --yes');
    expect(done.error, plainTextOf(done)).toBeUndefined();
    expect(done.heading).toBe("Forgotten");

    const leftovers = (await fingerprint()).texts.filter((text) => PERSONAL.some((personal) => text.toLowerCase().includes(personal.toLowerCase())));
    expect(leftovers).toEqual([]);
    const db = testBot.store.db;
    expect(await db.person.findUniqueOrThrow({ where: { id: personId }, select: { displayName: true } })).toEqual({ displayName: FORGOTTEN_PERSON_NAME });
    expect(await db.chatIdentity.count({ where: { personId } })).toBe(0);
    expect(await db.liaison.count({ where: { personId } })).toBe(0);
    expect(await db.coordinator.count({ where: { personId } })).toBe(0);
    expect(await db.reflection.count({ where: { personId } })).toBe(0);
    expect(await db.absence.count({ where: { personId } })).toBe(0);
    expect(await db.connectCode.count({ where: { personId } })).toBe(0);
    expect(await db.signInLink.count()).toBe(0);
    expect(await db.webSession.count()).toBe(0);
    expect(await db.prompt.count({ where: { personId, status: "pending" } })).toBe(0);
    expect(await db.checkInResponse.count({ where: { personId } })).toBe(checkIns);

    const erasure = await db.auditEntry.findFirstOrThrow({ where: { action: "person.erase", partnershipId: null } });
    const asker = (await testBot.store.people.findIdentity(identityOf(coordinator)))!;
    expect(erasure).toMatchObject({ actorId: asker.id, entity: "person", entityId: String(personId) });
    expect(JSON.parse(erasure.after!)).toEqual({ erased: true, liaisonRolesEnded: 1, reflectionsRemoved: 1, identitiesRemoved: 2 });
    const reflectionAudit = await db.auditEntry.findFirstOrThrow({ where: { entity: "reflection" } });
    expect([reflectionAudit.before, reflectionAudit.after]).toEqual([null, JSON.stringify({ erased: true })]);
    const connectAudit = await db.auditEntry.findFirstOrThrow({ where: { action: "connect" } });
    expect(JSON.parse(connectAudit.after!).identity.userId).toBe("(erased)");
    const digest = JSON.parse((await db.prompt.findUniqueOrThrow({ where: { dedupeKey: "digest:test" } })).payload);
    expect(digest.mentions).toEqual(["dev.patel"]);
    expect(digest.message.blocks[0].text).toBe("Answered: a former liaison, Dev Patel. Not yet: <@(erased)>");

    const csv = plainTextOf(await testBot.say("export robotics-tx"));
    expect(csv).not.toContain("Maria Alvarez");
    const status = plainTextOf(await testBot.say("status robotics-tx"));
    expect(status).not.toContain("Maria Alvarez");
    expect((await testBot.say("show robotics-tx")).error).toBeUndefined();
    // She has no account left: her old one is somebody new, with no roles.
    const again = await testBot.say("milestone add robotics-tx 2027-01-10 Return visit", maria);
    expect(again.error).toBe("forbidden");
    expect((await testBot.store.people.findIdentity(identityOf(maria)))!.id).not.toBe(personId);
  });

  it("refuses a liaison, an unknown person and oneself, and changes nothing", async () => {
    testBot = await createTestBot({ kind });
    await giveMariaAHistory(testBot);
    const fingerprint = await createFingerprinter(testBot.store.db, testBot.database.kind);
    const before = await fingerprint();
    const liaison = await testBot.say('forget "Maria Alvarez" --yes', devPatel);
    expect(liaison.error).toBe("forbidden");
    expect(plainTextOf(liaison)).toContain("can forget people");
    const unknown = await testBot.say('forget "Nobody Here" --yes');
    expect(unknown.error).toBe("not-found");
    expect(plainTextOf(unknown)).toContain('I know nobody called Nobody Here here');
    const self = await testBot.say(`forget "${coordinator.displayName}" --yes`);
    expect(self.error).toBe("bad-arguments");
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });
});
