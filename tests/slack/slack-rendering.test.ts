import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHomeBlocks } from "../../adapters/slack/home/publish-home.js";
import { renderForm } from "../../adapters/slack/render/render-form.js";
import type { SlackBlock } from "../../adapters/slack/render/render-blocks.js";
import { renderMessage, type SlackMessagePart } from "../../adapters/slack/render/render-message.js";
import { messageLimitViolations, viewLimitViolations } from "../../adapters/slack/testing/slack-limit-violations.js";
import type { Bot } from "../../src/bot.js";
import { ManualClock } from "../../src/clock.js";
import type { Actor } from "../../src/ports/actor.js";
import { createBot } from "../../src/create-bot.js";
import { buildDigest } from "../../src/scheduler/build-digest.js";
import { createStore, type Store } from "../../src/store/create-store.js";
import type { Message } from "../../src/ui/reply.js";
import { DEMO_NOW } from "../support/demo-now.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { slackConventions } from "../../adapters/slack/slack-conventions.js";

// The largest content the bot produces, built by the real commands from a real database: a
// partnership with 12 partner organisations (one liaison each), 25 success metrics with readings,
// and a round where every liaison wrote the longest answers the check-in form accepts.
const admin: Actor = { platform: "slack", workspaceId: "T1", userId: "UADMIN", displayName: "Dana Okafor", isPlatformAdmin: true };
const LIAISONS = 12;
const METRICS = 25;

let database: TestDatabase;
let store: Store;
let bot: Bot;
let roundId: number;

function longAnswer(person: number, what: string): string {
  const sentence = `${what} from liaison ${person}: the build night ran long & the <robot> arm finally lifted the cube; mentors stayed to help. `;
  return sentence.repeat(Math.ceil(2990 / sentence.length)).slice(0, 2990);
}

beforeAll(async () => {
  database = await createTestDatabase("sqlite", "empty");
  store = createStore(database.db, database.kind);
  const clock = new ManualClock(DEMO_NOW);
  bot = createBot({ store, clock, logger: pino({ level: "silent" }), conventions: [slackConventions] });
  const { db } = database;
  const partnership = await db.partnership.create({
    data: { platform: "slack", workspaceId: "T1", handle: "metro-stem", name: "Metro District STEM Ecosystem", schedule: { create: {} }, createdAt: new Date("2026-08-01T00:00:00Z") },
  });
  const people: number[] = [];
  for (let index = 1; index <= LIAISONS; index++) {
    const organization = await db.organization.create({ data: { platform: "slack", workspaceId: "T1", name: `Partner Organisation ${index}`, kind: "business" } });
    const person = await db.person.create({ data: { displayName: `Liaison Number ${index}`, identities: { create: { platform: "slack", workspaceId: "T1", userId: `U${index}` } } } });
    await db.partner.create({ data: { partnershipId: partnership.id, organizationId: organization.id, role: "mentor", liaisons: { create: { personId: person.id } } } });
    people.push(person.id);
  }
  const round = await db.round.create({
    data: { partnershipId: partnership.id, period: "2026-11-23", opensAt: new Date("2026-11-23T15:00:00Z"), remindAt: new Date("2026-11-25T15:00:00Z"), closesAt: new Date("2026-11-26T15:00:00Z") },
  });
  roundId = round.id;
  for (let index = 1; index <= METRICS; index++) {
    const metric = await db.metric.create({
      data: { partnershipId: partnership.id, key: `metric-${index}`, name: `Success metric number ${index} for the district`, unit: "students", baseline: 10, target: 100 + index, dueOn: "2027-06-01", createdAt: new Date("2026-08-01T00:00:00Z") },
    });
    await db.metricReading.create({ data: { metricId: metric.id, value: 40 + index, recordedAt: new Date("2026-11-20T00:00:00Z") } });
  }
  for (const [index, personId] of people.entries()) {
    await db.checkInResponse.create({
      data: { partnershipId: partnership.id, roundId: round.id, personId, status: index % 3 === 0 ? "at-risk" : "on-track", highlights: longAnswer(index + 1, "Highlights"), blockers: longAnswer(index + 1, "Blockers"), needs: longAnswer(index + 1, "Needs"), submittedAt: new Date(round.opensAt.getTime() + index * 60_000) },
    });
  }
  await db.prompt.createMany({ data: people.map((personId) => ({ dedupeKey: `checkin:${round.id}:${personId}`, kind: "checkin", partnershipId: partnership.id, roundId: round.id, personId, platform: "slack", workspaceId: "T1", target: `user:U${personId}`, payload: "{}", status: "sent" })) });
});
afterAll(async () => database?.close());

const unescape = (text: string) => text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
const squash = (text: string) => text.replace(/\s+/g, "");

/** The text pieces of a neutral message, as a reader would see them (files are uploaded, not rendered). */
function fragments(message: Message): string[] {
  const pieces = [message.heading ?? ""];
  for (const block of message.blocks) {
    if (block.type === "text" || block.type === "context") pieces.push(block.text);
    if (block.type === "fields") pieces.push(...block.fields.flatMap((field) => [field.label, field.value]));
    if (block.type === "list") pieces.push(block.title ?? "", ...block.items);
    if (block.type === "progress") pieces.push(block.label, block.detail);
    if (block.type === "actions") pieces.push(...block.buttons.map((button) => button.label));
  }
  return pieces.filter(Boolean);
}

/** Every piece of the neutral message's text reaches Slack (a split point only loses its space or line break). */
function expectNothingLost(message: Message, parts: SlackMessagePart[]): void {
  const isPartNote = (block: SlackBlock) => block.type === "context" && /^(Part 1 of \d+, continued below|Continued: part \d+ of \d+)$/.test(collectText(block));
  const rendered = squash(unescape(parts.map((part) => collectText(part.blocks.filter((block) => !isPartNote(block)))).join("")));
  for (const piece of fragments(message)) expect(rendered).toContain(squash(piece));
}

function collectText(value: unknown): string {
  if (Array.isArray(value)) return value.map(collectText).join("");
  if (value === null || typeof value !== "object") return "";
  return Object.entries(value).map(([key, inner]) => (key === "text" && typeof inner === "string" ? inner : collectText(inner))).join("");
}

function expectWithinLimits(parts: SlackMessagePart[]): void {
  parts.forEach((part, index) => expect(messageLimitViolations(part, `part ${index + 1}`)).toEqual([]));
}

describe("Slack rendering of the largest content", () => {
  it("renders status with 25 metrics and 12 long check-ins within every Slack limit, losing nothing", async () => {
    const reply = await bot.runCommandLine("status metro-stem", { actor: admin });
    expect(reply.kind).toBe("message");
    const message = reply as Message;
    expect(message.blocks.filter((block) => block.type === "progress")).toHaveLength(METRICS);
    const parts = renderMessage(message);
    expectWithinLimits(parts);
    expectNothingLost(message, parts);
    expect(parts.length).toBeGreaterThan(1);
    expect(JSON.stringify(parts.at(-1)!.blocks)).toContain("Continued: part");
  });

  it("renders a digest of a round with 12 liaisons and long answers within every Slack limit, losing nothing", async () => {
    const data = await store.digests.load(roundId);
    const { message, mentions } = buildDigest(data!, DEMO_NOW);
    for (let index = 1; index <= LIAISONS; index++) expect(plainTextOf(message)).toContain(longAnswer(index, "Needs"));
    const parts = renderMessage(message, { mentions });
    expectWithinLimits(parts);
    expectNothingLost(message, parts);
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil((LIAISONS * 3 * 2990) / 12_000));
  });

  it("renders the check-in form with a field per metric as one modal within every limit", async () => {
    const reply = await bot.runCommandLine("checkin metro-stem", { actor: admin });
    expect(reply.kind).toBe("form");
    if (reply.kind !== "form") return;
    const view = renderForm(reply, "C-GENERAL");
    expect(viewLimitViolations(view)).toEqual([]);
    expect(view.blocks.filter((block) => block.type === "input")).toHaveLength(reply.fields.length);
    expect(reply.fields.length).toBeGreaterThanOrEqual(4 + METRICS);
  });

  it("renders a file as a note naming it, the file itself going up whole (see the export test)", async () => {
    const message = (await bot.runCommandLine("export metro-stem", { actor: admin })) as Message;
    const file = message.blocks.find((block) => block.type === "file");
    expect(file?.type === "file" && file.content.length).toBeGreaterThan(100_000);
    const parts = renderMessage(message, { fileDestination: "is in your direct messages with me." });
    expectWithinLimits(parts);
    expect(parts).toHaveLength(1);
    expect(collectText(parts[0]!.blocks)).toMatch(/:paperclip: \*metro-stem-2026-11-2\d\.csv\* \(\d+ lines, \d+ KB\) is in your direct messages with me\./);
  });

  it("fits the Home tab of a liaison of 40 partnerships into one view and says how many more there are", async () => {
    const { db } = database;
    const liaison = await db.chatIdentity.findFirstOrThrow({ where: { platform: "slack", userId: "U1" }, include: { person: true } });
    const organization = await db.organization.findFirstOrThrow({ where: { name: "Partner Organisation 1" } });
    for (let index = 1; index <= 39; index++) {
      await db.partnership.create({
        data: {
          platform: "slack",
          workspaceId: "T1",
          handle: `club-${String(index).padStart(2, "0")}`,
          name: `After-school robotics club number ${index} with a long name`,
          partners: { create: { organizationId: organization.id, liaisons: { create: { personId: liaison.personId } } } },
          milestones: { create: [{ title: "Kickoff night", dueOn: "2026-10-01" }, { title: "First build review", dueOn: "2026-10-15" }] },
        },
      });
    }
    const actor: Actor = { platform: "slack", workspaceId: "T1", userId: "U1", displayName: liaison.person.displayName, isPlatformAdmin: false };
    const blocks = await buildHomeBlocks(bot, actor);
    expect(viewLimitViolations({ type: "home", blocks })).toEqual([]);
    const text = collectText(blocks);
    expect(text).toContain("After-school robotics club number 1 with a long name (club-01)");
    const shown = (text.match(/After-school robotics club number \d+/g) ?? []).length;
    expect(shown).toBeGreaterThan(5);
    expect(text).toContain(`${40 - shown} more partnerships do not fit here: type /partner list to see them all.`);
  });
});
