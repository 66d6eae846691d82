// The fake Discord in a process of its own, for benches: like the real Discord, it keeps its own clock
// and event loop, so the time it measures from sending an event to receiving the callback does not
// depend on when the bot's busy event loop gets around to the fake's sockets. Talks over IPC (fork).
import { slashCommand, type OptionValue } from "./discord-payloads.js";
import { FakeDiscord } from "./fake-discord.js";

export type FakeRequest =
  | { type: "batch"; count: number; path: string[]; options: { name: string; type: number; value: OptionValue }[]; waitForAnswers: boolean }
  | { type: "stop" };

export type FakeReply =
  | { type: "started"; restBase: string }
  | { type: "batch"; callbackMs: number[]; answerMs: number[] }
  | { type: "stopped" };

const fake = await new FakeDiscord().start();
const reply = (message: FakeReply) => process.send!(message);
reply({ type: "started", restBase: fake.restBase });

process.on("message", async (request: FakeRequest) => {
  if (request.type === "stop") {
    await fake.stop();
    reply({ type: "stopped" });
    process.exit(0);
  }
  // Each batch waits only for calls still to come: kept, a bench's thousands of uploads would grow this
  // process's heap and every search through them.
  fake.restCalls.length = 0;
  const interactions = Array.from({ length: request.count }, () => slashCommand(request.path, request.options));
  const callbacks = interactions.map((interaction) => fake.waitForRest("POST", new RegExp(`^/interactions/${interaction.id}/`), () => true, 60_000));
  const answers = request.waitForAnswers ? interactions.map((interaction) => fake.waitForRest("PATCH", new RegExp(`/${interaction.token}/messages/@original$`), () => true, 60_000)) : [];
  const sentAt: number[] = [];
  for (const interaction of interactions) {
    sentAt.push(performance.now());
    fake.dispatch("INTERACTION_CREATE", interaction);
  }
  const callbackMs = (await Promise.all(callbacks)).map((call, index) => call.arrivedAt - sentAt[index]!);
  const answerMs = (await Promise.all(answers)).map((call, index) => call.arrivedAt - sentAt[index]!);
  reply({ type: "batch", callbackMs, answerMs });
});
