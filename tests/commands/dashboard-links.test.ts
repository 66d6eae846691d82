import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/create-bot.js";
import { buildDigest } from "../../src/scheduler/build-digest.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { ALL_CONVENTIONS } from "../support/all-conventions.js";
import { coordinator, createTestBot, maria, type TestBot } from "../support/test-bot.js";

let testBot: TestBot | undefined;
afterEach(async () => testBot?.close());

const PUBLIC_URL = "https://partners.example.org/dash";

async function botWithPublicUrl() {
  testBot = await createTestBot();
  return createBot({ store: testBot.store, clock: testBot.clock, logger: pino({ level: "silent" }), conventions: ALL_CONVENTIONS, publicUrl: PUBLIC_URL });
}

describe("links from chat to the dashboard", () => {
  it("status links to the partnership's page under PUBLIC_URL", async () => {
    const bot = await botWithPublicUrl();
    const reply = await bot.runCommandLine("status robotics-tx", { actor: coordinator });
    expect(plainTextOf(reply as never)).toContain(`${PUBLIC_URL}/p/robotics-tx`);
  });

  it("each App Home section links to its partnership's page", async () => {
    const bot = await botWithPublicUrl();
    const home = await bot.viewHome({ actor: maria });
    expect(home.sections.length).toBeGreaterThan(0);
    expect(plainTextOf(home.sections[0]!)).toContain(`${PUBLIC_URL}/p/robotics-tx`);
  });

  it("a digest links to its round on the partnership's page", async () => {
    await botWithPublicUrl();
    const round = await testBot!.store.db.round.findFirstOrThrow({ where: { partnership: { handle: "solar-oh" } }, orderBy: { opensAt: "desc" } });
    const data = await testBot!.store.digests.load(round.id);
    const digest = buildDigest(data!, testBot!.clock.now(), PUBLIC_URL);
    expect(plainTextOf(digest.message)).toContain(`${PUBLIC_URL}/p/solar-oh#round-${round.period}`);
    expect(plainTextOf(buildDigest(data!, testBot!.clock.now()).message)).not.toContain("/p/solar-oh");
  });

  it("says nothing of the web when no PUBLIC_URL is configured", async () => {
    testBot = await createTestBot();
    expect(plainTextOf(await testBot.say("status robotics-tx"))).not.toContain("/p/robotics-tx");
  });
});
