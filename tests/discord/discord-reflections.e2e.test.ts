import { afterEach, describe, expect, it } from "vitest";
import { PermanentDeliveryError, RetryableDeliveryError, type Delivery } from "../../src/ports/delivery.js";
import { parseDeliveryTarget } from "../../src/ports/delivery-target.js";
import { MessageBuilder } from "../../src/ui/message-builder.js";
import { ADMIN, FAKE_IDS, guildMessage, MEMBER, nextSnowflake, slashCommand, threadChannel } from "../../adapters/discord/testing/discord-payloads.js";
import { startTestDiscord, type TestDiscord } from "../../adapters/discord/testing/start-test-discord.js";
import { linkDemoToFakeGuild } from "../support/discord-demo.js";
import { createTestBot, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
let discord: TestDiscord;
afterEach(async () => {
  await discord?.stop();
  await testBot?.close();
});

async function start(): Promise<void> {
  testBot = await createTestBot();
  await linkDemoToFakeGuild(testBot.store, testBot.clock);
  discord = await startTestDiscord(testBot.bot);
}

async function robotics() {
  const db = testBot.database.db;
  const partnership = (await db.partnership.findFirst({ where: { handle: "robotics-tx" } }))!;
  const round = (await db.round.findFirst({ where: { partnershipId: partnership.id, status: "open" } }))!;
  return { partnership, round };
}

/** What the scheduler enqueues when a round opens, for each linked reflections channel. */
async function reflectionThreadDelivery(): Promise<Delivery> {
  const { partnership, round } = await robotics();
  return {
    promptId: 1,
    kind: "reflection-thread",
    partnershipId: partnership.id,
    roundId: round.id,
    workspaceId: FAKE_IDS.guild,
    target: { kind: "channel", id: FAKE_IDS.reflectionsChannel },
    message: {
      message: new MessageBuilder(`Week of ${round.period}: reflections`, "public").text("What worked this week, and what would you change? Every message here is kept as a reflection.").build(),
      mentions: [ADMIN.id, MEMBER.id],
    },
  };
}

/** Waits until the store shows what the gateway events should have led to. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  // Polls the store itself (the rows are what the test asserts) until a generous deadline, not a fixed count.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`the store never reached the expected state; last read: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const reflections = () => testBot.database.db.reflection.findMany({ orderBy: { id: "asc" }, include: { person: { select: { displayName: true } } } });

describe("reflection threads and deliveries in Discord", () => {
  it("opens the round's thread in the linked channel, invites the liaisons by mention, and tracks it once even when retried", async () => {
    await start();
    const delivery = await reflectionThreadDelivery();
    const receipt = await discord.discord.platform.deliver(delivery);

    const created = await discord.fake.waitForRest("POST", new RegExp(`^/channels/${FAKE_IDS.reflectionsChannel}/threads$`));
    expect(created.body).toMatchObject({ name: delivery.message.message.heading, type: 11, auto_archive_duration: 10080 });
    const [thread] = await testBot.database.db.reflectionThread.findMany();
    expect(thread).toMatchObject({ roundId: delivery.roundId, platform: "discord", workspaceId: FAKE_IDS.guild, channelId: FAKE_IDS.reflectionsChannel });
    const invitation = await discord.fake.waitForRest("POST", new RegExp(`^/channels/${thread!.threadId}/messages$`));
    expect(invitation.body.content).toBe(`<@${ADMIN.id}> <@${MEMBER.id}>`);
    expect(invitation.body.allowed_mentions).toEqual({ parse: [], users: [ADMIN.id, MEMBER.id] });
    expect(invitation.body.embeds[0].title).toBe(delivery.message.message.heading);
    expect(receipt.platformMessageId).toMatch(/^\d+$/);

    await discord.discord.platform.deliver(delivery);
    expect(discord.fake.restCalls.filter((call) => call.path.endsWith("/threads"))).toHaveLength(1);
    expect(await testBot.database.db.reflectionThread.count()).toBe(1);
  });

  it("stores each message people post in the thread exactly once, follows edits and deletions, and reacts so they know", async () => {
    await start();
    const { partnership, round } = await robotics();
    await discord.discord.platform.deliver(await reflectionThreadDelivery());
    const { threadId } = (await testBot.database.db.reflectionThread.findFirst())!;

    const message = guildMessage(threadId, "The kids *finally* got the arm to lift a can.", ADMIN);
    discord.fake.dispatch("MESSAGE_CREATE", message);
    discord.fake.dispatch("MESSAGE_CREATE", message); // a redelivered event
    const reaction = await discord.fake.waitForRest("PUT", new RegExp(`^/channels/${threadId}/messages/${message.id}/reactions/✅/@me$`));
    expect(reaction).toBeDefined();
    discord.fake.dispatch("MESSAGE_CREATE", guildMessage(threadId, "Mentors were short on Thursday.", MEMBER));
    const stored = await eventually(reflections, (rows) => rows.length === 2);
    expect(stored[0]).toMatchObject({ partnershipId: partnership.id, roundId: round.id, platform: "discord", platformMessageId: message.id, body: "The kids *finally* got the arm to lift a can.", editedAt: null, deletedAt: null });
    expect(stored.map((row) => row.person.displayName)).toEqual(["Alice (district office)", "Bo Member"]);

    const listing = slashCommand(["reflections"], [{ name: "partnership", type: 3, value: "robotics-tx" }]);
    await discord.interact(listing);
    expect(JSON.stringify((await discord.answerAfterDeferral(listing)).body.embeds)).toContain("lift a can");

    discord.fake.dispatch("MESSAGE_UPDATE", { id: message.id, channel_id: threadId, guild_id: FAKE_IDS.guild, content: "The kids got the arm to lift TWO cans.", edited_timestamp: "2026-11-23T19:00:00.000Z" });
    const edited = await eventually(reflections, (rows) => rows[0]!.editedAt !== null);
    expect(edited[0]).toMatchObject({ body: "The kids got the arm to lift TWO cans.", editedAt: new Date("2026-11-23T19:00:00.000Z") });

    discord.fake.dispatch("MESSAGE_DELETE", { id: message.id, channel_id: threadId, guild_id: FAKE_IDS.guild });
    const deleted = await eventually(reflections, (rows) => rows[0]!.deletedAt !== null);
    expect(deleted).toHaveLength(2);
    expect(deleted[1]!.deletedAt).toBeNull();
    expect(await testBot.database.db.auditEntry.count({ where: { entity: "reflection" } })).toBe(4);
  });

  it("records the reflections posted while the bot was offline when it starts again, once each", async () => {
    await start();
    await discord.discord.platform.deliver(await reflectionThreadDelivery());
    const { threadId } = (await testBot.database.db.reflectionThread.findFirst())!;
    const seen = guildMessage(threadId, "Posted while the bot was up.", ADMIN);
    discord.fake.dispatch("MESSAGE_CREATE", seen);
    await eventually(reflections, (rows) => rows.length === 1);

    const fake = discord.fake;
    await discord.discord.stop();
    const missed = [guildMessage(threadId, "Posted while the bot was down.", MEMBER), guildMessage(threadId, "And a second one.", ADMIN)];
    // Discord lists a channel's messages newest first, without guild ids.
    const page = [...missed, seen].reverse().map(({ guild_id: _guild, member: _member, ...message }) => message);
    fake.handlers.push(["GET", new RegExp(`^/channels/${threadId}/messages$`), () => ({ body: page })]);
    const restarted = await startTestDiscord(testBot.bot, { fake });
    try {
      const stored = await eventually(reflections, (rows) => rows.length === 3);
      expect(stored.map((row) => row.body)).toEqual(["Posted while the bot was up.", "Posted while the bot was down.", "And a second one."]);
      const [alice, bo] = [stored[0]!.personId, stored[1]!.personId];
      expect(alice).not.toBe(bo);
      expect(stored.map((row) => row.personId)).toEqual([alice, bo, alice]);
      await fake.waitForRest("PUT", new RegExp(`^/channels/${threadId}/messages/${missed[1]!.id}/reactions/✅/@me$`));
    } finally {
      await restarted.discord.stop();
    }
  });

  it("ignores the bot's own posts, messages in threads it does not track, and thread events of an unexpected shape", async () => {
    await start();
    await discord.discord.platform.deliver(await reflectionThreadDelivery());
    const { threadId } = (await testBot.database.db.reflectionThread.findFirst())!;
    discord.fake.dispatch("MESSAGE_CREATE", { ...guildMessage(threadId, "Bot echo"), author: { id: FAKE_IDS.bot, username: "partnerbot", discriminator: "0", global_name: null, avatar: null, bot: true } });
    discord.fake.dispatch("MESSAGE_CREATE", guildMessage(FAKE_IDS.channel, "Chatter in a channel the bot does not track"));
    discord.fake.dispatch("MESSAGE_CREATE", guildMessage(nextSnowflake(), "Chatter in someone else's thread"));
    discord.fake.dispatch("MESSAGE_CREATE", { id: nextSnowflake(), channel_id: threadId, guild_id: FAKE_IDS.guild, content: 42 });
    discord.fake.dispatch("MESSAGE_CREATE", guildMessage(threadId, "A real reflection after all that"));
    const stored = await eventually(reflections, (rows) => rows.length >= 1);
    expect(stored.map((row) => row.body)).toEqual(["A real reflection after all that"]);
    expect(discord.logs.some((line) => line.msg === "discord: thread message of an unexpected shape ignored")).toBe(true);
  });

  it("posts a check-in prompt to the partnership's channel with the liaisons' mentions and a Start check-in button", async () => {
    await start();
    const { partnership, round } = await robotics();
    const prompt = new MessageBuilder(`Week of ${round.period}: check-in for ${partnership.name}`, "public")
      .text("How did this week go? It takes two minutes.")
      .buttons([{ action: "checkin.start", value: String(partnership.id), label: "Start check-in", style: "primary" }])
      .build();
    await discord.discord.platform.deliver({ promptId: 7, kind: "checkin", partnershipId: partnership.id, roundId: round.id, workspaceId: FAKE_IDS.guild, target: { kind: "channel", id: FAKE_IDS.channel }, message: { message: prompt, mentions: [MEMBER.id] } });
    const posted = await discord.fake.waitForRest("POST", new RegExp(`^/channels/${FAKE_IDS.channel}/messages$`));
    expect(posted.body.content).toBe(`<@${MEMBER.id}>`);
    expect(posted.body.allowed_mentions).toEqual({ parse: [], users: [MEMBER.id] });
    expect(posted.body.components[0].components[0]).toMatchObject({ label: "Start check-in", custom_id: `a|checkin.start|${partnership.id}`, style: 1 });
  });

  it("posts a prompt resent after a crash only once: the outbox key becomes a nonce Discord enforces", async () => {
    await start();
    const { partnership, round } = await robotics();
    const prompt = new MessageBuilder(`Week of ${round.period}: check-in`, "public").text("How did this week go?").build();
    const delivery = { promptId: 8, kind: "checkin" as const, partnershipId: partnership.id, roundId: round.id, workspaceId: FAKE_IDS.guild, target: { kind: "channel" as const, id: FAKE_IDS.channel }, message: { message: prompt, mentions: [MEMBER.id] }, idempotencyKey: `checkin:${round.id}:1:discord`, attempt: 1 };
    const first = await discord.discord.platform.deliver(delivery);
    const resent = await discord.discord.platform.deliver({ ...delivery, attempt: 2 });
    expect(resent.platformMessageId).toBe(first.platformMessageId);
    const posts = discord.fake.restCalls.filter((call) => call.method === "POST" && call.path === `/channels/${FAKE_IDS.channel}/messages`);
    expect(posts).toHaveLength(2);
    expect(posts[0]!.body.enforce_nonce).toBe(true);
    expect(posts[0]!.body.nonce).toHaveLength(25);
    expect(posts[1]!.body.nonce).toBe(posts[0]!.body.nonce);
  });

  it("reopens an archived thread before posting into it", async () => {
    await start();
    const archived = threadChannel({ id: nextSnowflake(), parent_id: FAKE_IDS.reflectionsChannel, guild_id: FAKE_IDS.guild, name: "Week of 2026-11-16: reflections", archived: true });
    discord.fake.channels.set(archived.id, archived);
    await discord.discord.platform.deliver({ promptId: 8, kind: "digest", partnershipId: null, roundId: null, workspaceId: FAKE_IDS.guild, target: { kind: "channel", id: archived.id }, message: { message: new MessageBuilder("Digest", "public").text("Round closed.").build(), mentions: [] } });
    const calls = discord.fake.restCalls.map((call) => `${call.method} ${call.path}`);
    const unarchive = discord.fake.restCalls.findIndex((call) => call.method === "PATCH" && call.path === `/channels/${archived.id}` && call.body.archived === false);
    expect(unarchive, calls.join("\n")).toBeGreaterThanOrEqual(0);
    expect(unarchive).toBeLessThan(calls.indexOf(`POST /channels/${archived.id}/messages`));
  });

  it("sends a direct message only to the one person the scheduler names when no channel is linked", async () => {
    await start();
    await discord.discord.platform.deliver({ promptId: 10, kind: "reminder", partnershipId: null, roundId: null, workspaceId: FAKE_IDS.guild, target: { kind: "user", id: MEMBER.id }, message: { message: new MessageBuilder("Reminder", "public").text("Two days left.").build(), mentions: [] } });
    const opened = await discord.fake.waitForRest("POST", /^\/users\/@me\/channels$/);
    expect(opened.body).toEqual({ recipient_id: MEMBER.id });
    const sent = await discord.fake.waitForRest("POST", /^\/channels\/\d+\/messages$/);
    expect(sent.body.embeds[0].title).toBe("Reminder");
  });

  it("tells the outbox which failures to retry: Unknown Channel, Missing Access and closed DMs are permanent, a 5xx is worth retrying", async () => {
    await start();
    const deliver = (target: string) =>
      discord.discord.platform.deliver({ promptId: 9, kind: "reminder", partnershipId: null, roundId: null, workspaceId: FAKE_IDS.guild, target: parseDeliveryTarget(target) ?? { kind: "channel", id: target }, message: { message: new MessageBuilder("Reminder", "public").text("Two days left.").build(), mentions: [] } });

    await expect(deliver("channel:999999999999999999")).rejects.toThrow(new PermanentDeliveryError("Unknown Channel: the linked channel was deleted; link another one"));
    await expect(deliver("somewhere:else")).rejects.toBeInstanceOf(PermanentDeliveryError);

    discord.fake.handlers.push(["POST", /\/messages$/, () => ({ status: 403, body: { message: "Missing Access", code: 50001 } })]);
    await expect(deliver(`channel:${FAKE_IDS.channel}`)).rejects.toThrow(/Missing Access/);
    await expect(deliver(`channel:${FAKE_IDS.channel}`)).rejects.toBeInstanceOf(PermanentDeliveryError);

    discord.fake.handlers.splice(0, 1, ["POST", /\/messages$/, () => ({ status: 403, body: { message: "Cannot send messages to this user", code: 50007 } })]);
    await expect(deliver(`user:${MEMBER.id}`)).rejects.toThrow(new PermanentDeliveryError("Cannot send messages to this user"));

    discord.fake.handlers.splice(0, 1, ["POST", /\/messages$/, () => ({ status: 503, body: { message: "upstream unavailable", code: 0 } })]);
    await expect(deliver(`channel:${FAKE_IDS.channel}`)).rejects.toBeInstanceOf(RetryableDeliveryError);
  });
});
