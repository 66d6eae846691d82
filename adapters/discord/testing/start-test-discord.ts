// The real Discord adapter (discord.js and all) against the loopback fake, for tests and benches.
import { Writable } from "node:stream";
import type { Core } from "../../../src/ports/core.js";
import type { MetricsRecorder } from "../../../src/ports/metrics-recorder.js";
import { createLogger } from "../../../src/logging/create-logger.js";
import { startDiscord, type RunningDiscord } from "../start-discord.js";
import { FAKE_IDS } from "./discord-payloads.js";
import { FakeDiscord, type RestCall } from "./fake-discord.js";

export interface TestDiscord {
  fake: FakeDiscord;
  discord: RunningDiscord;
  /** The adapter's log lines, parsed. */
  logs: { level: number; msg: string; [key: string]: unknown }[];
  /** Dispatches an INTERACTION_CREATE and resolves with the interaction callback Discord received. */
  interact(interaction: { id: string; token: string }): Promise<RestCall>;
  /** After a deferral: the first edit of @original or follow-up for the interaction. */
  answerAfterDeferral(interaction: { token: string }, where?: (call: RestCall) => boolean): Promise<RestCall>;
  stop(): Promise<void>;
}

export async function startTestDiscord(bot: Core, options: { heartbeatInterval?: number; logLevel?: string; fake?: FakeDiscord; metrics?: MetricsRecorder } = {}): Promise<TestDiscord> {
  const fake = options.fake ?? (await new FakeDiscord({ heartbeatInterval: options.heartbeatInterval ?? 41_250 }).start());
  const logs: TestDiscord["logs"] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const discord = await startDiscord({
    token: "fake.bot.token",
    apiUrl: fake.restBase,
    bot,
    logger: createLogger(options.logLevel ?? "info", sink),
    clientOptions: { rest: { retries: 1, timeout: 5000 } },
    metrics: options.metrics,
  });
  return {
    fake,
    discord,
    logs,
    interact(interaction) {
      fake.dispatch("INTERACTION_CREATE", interaction);
      return fake.waitForRest("POST", new RegExp(`^/interactions/${interaction.id}/[^/]+/callback$`));
    },
    answerAfterDeferral(interaction, where = () => true) {
      const edit = `/webhooks/${FAKE_IDS.application}/${interaction.token}/messages/@original`;
      const followUp = `/webhooks/${FAKE_IDS.application}/${interaction.token}`;
      return fake.waitForCall((call) => ((call.method === "PATCH" && call.path === edit) || (call.method === "POST" && call.path === followUp)) && where(call), `the answer to ${interaction.token}`);
    },
    async stop() {
      await discord.stop();
      await fake.stop();
    },
  };
}
