import fc from "fast-check";
import { afterAll, beforeAll, describe, it, onTestFinished } from "vitest";
import { CHANNELS, createFuzzBot, FUZZ_ACTORS, invocationOf, type FuzzBot } from "./support/fuzz-bot.js";
import { fuzzParameters } from "./support/fuzz-parameters.js";
import { commandLine } from "./support/command-line-arbitrary.js";

/** The coordinator most often, so that many lines get past the permission check to the handler's work. */
const actors = fc.oneof({ weight: 4, arbitrary: fc.constant(FUZZ_ACTORS[0]) }, { weight: 2, arbitrary: fc.constant(FUZZ_ACTORS[1]) }, { weight: 2, arbitrary: fc.constantFrom(...FUZZ_ACTORS.slice(2)) });

describe("random command lines against the seeded demo (SQLite)", () => {
  let fuzz: FuzzBot;
  beforeAll(async () => {
    fuzz = await createFuzzBot("sqlite");
  });
  afterAll(async () => fuzz?.close());

  it("answers every line with a result or a UserError, and a refusal changes no row", async () => {
    onTestFinished(() => console.log("fuzz: command lines (SQLite) outcomes", fuzz.outcomes()));
    await fc.assert(
      fc.asyncProperty(commandLine, actors, fc.constantFrom(...CHANNELS), async (line, actor, channel) => {
        await fuzz.check(`${actor.platform}:${actor.workspaceId}:${actor.userId} typed ${JSON.stringify(line)}`, () => fuzz.bot.runCommandLine(line, invocationOf(actor, channel)));
      }),
      fuzzParameters("command lines (SQLite)", 800),
    );
  }, 120_000);
});

describe("random command lines against the seeded demo (PostgreSQL)", () => {
  let fuzz: FuzzBot;
  beforeAll(async () => {
    fuzz = await createFuzzBot("postgres");
  });
  afterAll(async () => fuzz?.close());

  it("answers every line with a result or a UserError on PostgreSQL too (NUL and overflow behave differently there)", async () => {
    onTestFinished(() => console.log("fuzz: command lines (PostgreSQL) outcomes", fuzz.outcomes()));
    await fc.assert(
      fc.asyncProperty(commandLine, actors, async (line, actor) => {
        await fuzz.check(`${actor.platform}:${actor.workspaceId}:${actor.userId} typed ${JSON.stringify(line)}`, () => fuzz.bot.runCommandLine(line, invocationOf(actor, "C-test")));
      }),
      fuzzParameters("command lines (PostgreSQL)", 150),
    );
  }, 120_000);
});
