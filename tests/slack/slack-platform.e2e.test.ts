import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { callLimitViolations } from "../../adapters/slack/testing/slack-limit-violations.js";
import { slackAdmin, slackMaria, startSlackHarness, TEAM, type SlackHarness } from "../support/start-slack-harness.js";
import { PermanentDeliveryError, RetryableDeliveryError, type Delivery } from "../../src/ports/delivery.js";
import { parseDeliveryTarget } from "../../src/ports/delivery-target.js";
import { OutboxDispatcher } from "../../src/scheduler/outbox-dispatcher.js";
import { MessageBuilder } from "../../src/ui/message-builder.js";
import type { OutboundMessage } from "../../src/ui/reply.js";

let slack: SlackHarness;
beforeAll(async () => {
  slack = await startSlackHarness();
});
afterAll(async () => slack?.close());
afterEach(() => {
  expect(callLimitViolations(slack.api.calls)).toEqual([]);
  slack.api.handlers.clear();
});

let promptId = 0;
function delivery(target: string, message: OutboundMessage): Delivery {
  promptId += 1;
  return { promptId, kind: "digest", partnershipId: null, roundId: null, workspaceId: TEAM, target: parseDeliveryTarget(target)!, message };
}

const digest = (text = "Robotics is on track."): OutboundMessage => ({ message: new MessageBuilder("Weekly digest", "public").text(text).build(), mentions: [] });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the delivery to fail");
    },
    (error: unknown) => error,
  );
}

describe("SlackPlatform delivering the outbox", () => {
  it("uploads a post's charts to its channel as PNGs after the message, and keeps the words in the message", async () => {
    const before = slack.api.calls.length;
    const chart = { title: "Students in robotics club", description: "Weekly attendance against a target of 30.", kind: "line" as const, target: 30, unit: "students", series: [{ label: "Attendance", points: [{ x: "2026-09-01", y: 12 }, { x: "2026-09-08", y: 19 }] }] };
    const message = new MessageBuilder("Weekly digest", "public").text("Robotics is on track.").chart(chart).build();
    await slack.adapter.platform.deliver(delivery("channel:C-ROBOTICS", { message, mentions: [] }));
    const calls = slack.api.calls.slice(before);
    expect(JSON.stringify(calls.find((call) => call.method === "chat.postMessage")!.params.blocks)).toContain("Attendance: 19 students on 2026-09-08, target 30 students");
    const complete = calls.find((call) => call.method === "files.completeUploadExternal")!;
    expect(complete.params).toMatchObject({ channel_id: "C-ROBOTICS", initial_comment: chart.description, files: [{ title: chart.title }] });
    const upload = calls.find((call) => call.method.startsWith("upload/"))!;
    expect(upload.bytes!.subarray(1, 4).toString("latin1")).toBe("PNG");
  });

  it("posts to a channel with the liaisons mentioned on top and returns the message's id", async () => {
    const receipt = await slack.adapter.platform.deliver(delivery("channel:C-ROBOTICS", { ...digest(), mentions: [slackMaria.id, "UDEV"] }));
    const post = slack.api.callsTo("chat.postMessage").at(-1)!;
    expect(post.params.channel).toBe("C-ROBOTICS");
    expect(post.params.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: `<@${slackMaria.id}> <@UDEV>` } });
    expect(post.params.text).toContain(`<@${slackMaria.id}>`);
    expect(receipt.platformMessageId).toMatch(/^C-ROBOTICS:\d+\.\d+$/);
  });

  it("opens a DM for a user target first", async () => {
    const receipt = await slack.adapter.platform.deliver(delivery(`user:${slackMaria.id}`, digest()));
    expect(slack.api.callsTo("conversations.open").at(-1)!.params.users).toBe(slackMaria.id);
    expect(slack.api.callsTo("chat.postMessage").at(-1)!.params.channel).toBe(`D-${slackMaria.id}`);
    expect(receipt.platformMessageId.startsWith(`D-${slackMaria.id}:`)).toBe(true);
  });

  it("hands a 429 back at once with Slack's Retry-After, so the dispatcher decides when to retry", async () => {
    slack.api.failNext("chat.postMessage", { status: 429, headers: { "retry-after": "30" }, body: { ok: false, error: "ratelimited" } });
    const before = slack.api.callsTo("chat.postMessage").length;
    const error = await failure(slack.adapter.platform.deliver(delivery("channel:C-BUSY", digest())));
    expect(error).toBeInstanceOf(RetryableDeliveryError);
    expect((error as RetryableDeliveryError).retryAfterMs).toBe(30_000);
    expect(slack.api.callsTo("chat.postMessage").length - before).toBe(1);
  });

  it.each(["channel_not_found", "not_in_channel", "is_archived", "user_not_found", "account_inactive"])("gives up for good on %s after one call", async (slackError) => {
    slack.api.handlers.set("chat.postMessage", () => ({ body: { ok: false, error: slackError } }));
    const before = slack.api.callsTo("chat.postMessage").length;
    const error = await failure(slack.adapter.platform.deliver(delivery("channel:C-GONE", digest())));
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as Error).message).toMatch(new RegExp(`^${slackError}: `));
    expect(slack.api.callsTo("chat.postMessage").length - before).toBe(1);
  });

  it("treats Slack's 5xx as worth retrying later, after the client's own quick retry", async () => {
    slack.api.handlers.set("chat.postMessage", () => ({ status: 503, body: { ok: false, error: "service_unavailable" } }));
    const before = slack.api.callsTo("chat.postMessage").length;
    const error = await failure(slack.adapter.platform.deliver(delivery("channel:C-ROBOTICS", digest())));
    expect(error).toBeInstanceOf(RetryableDeliveryError);
    expect(slack.api.callsTo("chat.postMessage").length - before).toBe(2);
  });

  it("sends a message too long for one Slack message as several, and a retry goes on where it failed", async () => {
    const long = new MessageBuilder("Digest with long answers", "public").list("Highlights", Array.from({ length: 12 }, (_, index) => `Liaison ${index + 1}: ${"built and tested the robot arm ".repeat(95)}`)).build();
    const outbound = delivery("channel:C-LONG", { message: long, mentions: [] });
    let posts = 0;
    slack.api.handlers.set("chat.postMessage", () => (++posts === 2 ? { status: 429, headers: { "retry-after": "1" }, body: { ok: false, error: "ratelimited" } } : undefined));
    expect(await failure(slack.adapter.platform.deliver(outbound))).toBeInstanceOf(RetryableDeliveryError);
    slack.api.handlers.clear();
    const receipt = await slack.adapter.platform.deliver(outbound);
    const sent = slack.api.callsTo("chat.postMessage").filter((call) => call.params.channel === "C-LONG");
    // Part 1 once, the rate-limited part 2, then part 2 and the rest on the retry.
    const delivered = [sent[0]!, ...sent.slice(2)];
    expect(delivered.length).toBeGreaterThanOrEqual(3);
    const text = delivered.map((call) => JSON.stringify(call.params.blocks)).join("");
    for (let index = 1; index <= 12; index++) expect(text).toContain(`Liaison ${index}: built`);
    expect(new Set(delivered.map((call) => JSON.stringify(call.params.blocks))).size).toBe(delivered.length);
    expect(receipt.platformMessageId).toMatch(/^C-LONG:/);
  });

  it("records a permanent failure on the prompt and shows it in status", async () => {
    const { db } = slack.store;
    const robotics = await db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    slack.api.handlers.set("chat.postMessage", (call) => (call.params.channel === "C-ARCHIVED" ? { body: { ok: false, error: "is_archived" } } : undefined));
    await slack.store.outbox.enqueue({ dedupeKey: "digest:test:C-ARCHIVED", kind: "digest", partnershipId: robotics.id, platform: "slack", workspaceId: TEAM, target: "channel:C-ARCHIVED", message: digest(), at: slack.clock.now() });
    const dispatcher = new OutboxDispatcher({ outbox: slack.store.outbox, platforms: [slack.adapter.platform], clock: slack.clock, logger: pino({ level: "silent" }), workerId: "test" });
    await dispatcher.drain();
    const prompt = await db.prompt.findUniqueOrThrow({ where: { dedupeKey: "digest:test:C-ARCHIVED" } });
    expect(prompt.status).toBe("failed");
    expect(prompt.error).toContain("is_archived");

    await slack.command(slackAdmin, "status robotics-tx");
    await slack.settle();
    const status = slack.api.calls.filter((call) => call.method.startsWith("response/")).at(-1)!;
    // Issue 10: in words, without the channel id or Slack's error text.
    expect(JSON.stringify(status.params.blocks)).toContain("1 digest to Slack could not be delivered: the channel or thread is archived");
    expect(JSON.stringify(status.params.blocks)).not.toContain("C-ARCHIVED");
    expect(JSON.stringify(status.params.blocks)).not.toContain("is_archived");
  });
});
