import fc from "fast-check";
import { afterAll, beforeAll, describe, it, onTestFinished } from "vitest";
import { createCommandRegistry } from "../../src/commands/create-command-registry.js";
import { argumentsFor } from "./support/argument-values.js";
import { createFuzzBot, FUZZ_ACTORS, invocationOf, type FuzzBot } from "./support/fuzz-bot.js";
import { fuzzParameters } from "./support/fuzz-parameters.js";

// Arguments as a typed-option platform (Discord) hands them over: by name, each declared argument
// of its kind, of another kind, hostile, or missing, for every command in the registry.
const commands = createCommandRegistry().all();
const RUNS_PER_COMMAND = 25;

describe("random arguments for every registered command", () => {
  let fuzz: FuzzBot;
  beforeAll(async () => {
    fuzz = await createFuzzBot("sqlite");
  });
  afterAll(async () => fuzz?.close());

  it(`runs each of the ${commands.length} commands ${RUNS_PER_COMMAND} times: a result or a UserError, and a refusal changes no row`, async () => {
    onTestFinished(() => console.log("fuzz: command arguments outcomes", fuzz.outcomes()));
    const actors = fc.oneof({ weight: 3, arbitrary: fc.constant(FUZZ_ACTORS[0]) }, { weight: 2, arbitrary: fc.constantFrom(...FUZZ_ACTORS.slice(1)) });
    const request = fc.constantFrom(...commands).chain((command) => fc.tuple(fc.constant(command.name), argumentsFor(command.arguments), actors, fc.constantFrom(undefined, "C-test")));
    await fc.assert(
      fc.asyncProperty(request, async ([name, rawArguments, actor, channel]) => {
        await fuzz.check(`${actor.platform}:${actor.workspaceId}:${actor.userId} ran ${name} with ${JSON.stringify(rawArguments)}`, () => fuzz.bot.runCommand(name, rawArguments, invocationOf(actor, channel)));
      }),
      fuzzParameters("command arguments", commands.length * RUNS_PER_COMMAND),
    );
  }, 120_000);
});
