import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPartnerCommand, type OptionRoute } from "../../adapters/discord/partner-command/build-partner-command.js";
import { ADMIN, buttonClick, FAKE_IDS, MEMBER, modalSubmit, slashCommand, type FakeUser, type OptionValue } from "../../adapters/discord/testing/discord-payloads.js";
import { startTestDiscord, type TestDiscord } from "../../adapters/discord/testing/start-test-discord.js";
import type { ArgumentSpec } from "../../src/commands/command.js";
import type { Reply, SubmitResult } from "../../src/ui/reply.js";
import { linkDemoToFakeGuild, makeLiaison } from "../support/discord-demo.js";
import { createTestBot, type TestBot } from "../support/test-bot.js";
import { plausibleValue, wrongValue } from "./support/argument-values.js";
import { expectHandledWell } from "./support/check-end-to-end.js";
import { createFingerprinter, type DatabaseFingerprint } from "./support/fingerprint-database.js";
import { fuzzParameters } from "./support/fuzz-parameters.js";
import { HOSTILE_NUMBERS, hostileWord } from "./support/hostile-text.js";
import { recordReplies } from "./support/record-replies.js";

const OPTION_TYPE: Record<string, number> = { partnership: 3, text: 3, number: 10, date: 3, time: 3, choice: 3, user: 6, flag: 5 };
const LIAISON: FakeUser = { ...MEMBER, id: "100000000000000009", username: "lia", globalName: "Lia Liaison" };
const users = fc.constantFrom(ADMIN, MEMBER, LIAISON);
const id = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("1", "2", "3", "6") }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) }, { weight: 1, arbitrary: hostileWord() });

/** An option value as Discord would send it for the option's type, or a wrong one. */
function optionValue(spec: ArgumentSpec | undefined, route: OptionRoute): fc.Arbitrary<OptionValue> {
  if (route.kind === "number") return fc.oneof(fc.integer({ min: -5, max: 60 }), fc.double({ noNaN: false }), fc.constant(1e308));
  if (route.kind === "flag") return fc.boolean();
  if (route.kind === "user") return fc.constantFrom(FAKE_IDS.member, FAKE_IDS.admin, LIAISON.id, "999999999999999999999", "0");
  return fc.oneof({ weight: 3, arbitrary: spec === undefined ? hostileWord() : plausibleValue(spec) }, { weight: 1, arbitrary: wrongValue() });
}

describe("random Discord interactions into the fake gateway", () => {
  let testBot: TestBot;
  let discord: TestDiscord;
  let fingerprint: () => Promise<DatabaseFingerprint>;
  const replies: (Reply | SubmitResult)[] = [];

  beforeAll(async () => {
    testBot = await createTestBot();
    await linkDemoToFakeGuild(testBot.store, testBot.clock);
    await makeLiaison(testBot.store, "robotics-tx", LIAISON);
    discord = await startTestDiscord(recordReplies(testBot.bot, replies));
    for (const user of [ADMIN, MEMBER, LIAISON]) await discord.interact(slashCommand(["help"], [], { user }));
    fingerprint = await createFingerprinter(testBot.store.db, testBot.database.kind);
  });
  afterAll(async () => {
    await discord?.stop();
    await testBot?.close();
  });

  it("answers every interaction, never with the apology or an error log, and a refusal changes no row", async () => {
    const tree = buildPartnerCommand(testBot.bot.commands);
    const routes = [...tree.routes.entries()].flatMap(([path, route]) => (route.kind === "command" ? [{ path, route }] : []));
    const command = fc.constantFrom(...routes).chain(({ path, route }) => {
      const specs = testBot.bot.commands.find((candidate) => candidate.name === route.command)!.arguments;
      const options = route.options.map((option) =>
        fc.option(optionValue(specs.find((spec) => spec.name === option.argument), option), { freq: 4 }).map((value) => (value === null ? null : { name: option.option, type: OPTION_TYPE[option.kind] ?? 3, value })),
      );
      return fc.tuple(fc.constant(path), fc.tuple(...options), users).map(([name, values, user]) => ({
        describe: `${user.username} ran /partner ${name} ${JSON.stringify(values.filter(Boolean))}`,
        interaction: slashCommand(name.split(" "), values.filter((value) => value !== null), { user, resolvedUsers: [MEMBER, ADMIN, LIAISON] }),
      }));
    });
    const customId = fc.oneof(
      id.map((value) => `a|checkin.start|${value}`),
      id.map((value) => `a|survey.start|${value}`),
      fc.tuple(fc.constantFrom("checkin", "survey"), id, fc.constantFrom("", "session-x")).map(([form, context, session]) => `f|${form}|1|1|${session}|${context}`),
      fc.constantFrom("p|no-session|2", "a|gone.action|1", "old-button", "f|checkin|3|2||1:1"),
    );
    const click = fc.tuple(customId.filter((value) => !value.startsWith("f|")), users).map(([custom, user]) => ({ describe: `${user.username} clicked ${custom}`, interaction: buttonClick(custom, user) }));
    const field = fc.constantFrom("status", "highlights", "blockers", "needs", "metric-1", "metric-2", "q-1", "x");
    const submit = fc
      .tuple(customId, fc.dictionary(field, fc.oneof(hostileWord(), fc.constantFrom("on track", "1", "4", "12", ...HOSTILE_NUMBERS)), { maxKeys: 5 }), users)
      .map(([custom, values, user]) => ({ describe: `${user.username} submitted ${custom} ${JSON.stringify(values).slice(0, 400)}`, interaction: modalSubmit(custom.startsWith("f|") ? custom : `f|checkin|1|1||${custom}`, values, user) }));

    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: command }, { weight: 1, arbitrary: click }, { weight: 2, arbitrary: submit }), async ({ describe, interaction }) => {
        const before = await fingerprint();
        const [calls, logs] = [discord.fake.restCalls.length, discord.logs.length];
        replies.length = 0;
        const callback = await discord.interact(interaction);
        if (callback.body?.type === 5 || callback.body?.type === 6) await discord.answerAfterDeferral(interaction);
        expect([4, 5, 6, 9], describe).toContain(callback.body?.type);
        expectHandledWell(describe, {
          sent: discord.fake.restCalls.slice(calls).map((call) => call.body),
          errorLogs: discord.logs.slice(logs).filter((line) => line.level >= 50),
          replies,
          before,
          after: await fingerprint(),
        });
      }),
      fuzzParameters("Discord interactions", 80),
    );
  }, 120_000);
});
