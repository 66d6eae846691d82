import { spawn, type ChildProcess } from "node:child_process";
import { hostname } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { defaultGuild, FAKE_IDS, inGuild, otherGuild, slashCommand } from "../../adapters/discord/testing/discord-payloads.js";
import { FakeDiscord, shardOfGuild, type RestCall } from "../../adapters/discord/testing/fake-discord.js";
import { addPartnership } from "../scheduler/support/add-partnership.js";
import { findFreePort } from "../support/find-free-port.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

const root = path.resolve(import.meta.dirname, "../..");
const GUILD_A = FAKE_IDS.guild;
const CHANNEL_A = FAKE_IDS.channel;
const GUILD_B = "100000000004194307";
const CHANNEL_B = "100000000004194308";
// Nothing waits for a duration; this bounds a hang of three Node processes on two loaded cores.
const DEADLINE_MS = 180_000;

interface LogLine {
  msg: string;
  shard?: number;
  [key: string]: unknown;
}

let fake: FakeDiscord | undefined;
let database: TestDatabase | undefined;
let bot: ChildProcess | undefined;

afterEach(async () => {
  if (bot !== undefined && bot.exitCode === null && bot.signalCode === null) {
    const exited = new Promise((resolve) => bot!.once("exit", resolve));
    bot.kill("SIGKILL");
    await exited;
  }
  await fake?.stop();
  await database?.close();
});

/** `npm run start:sharded` from the sources: main.ts --sharded, whose shards run under tsx like it. */
function startShardedBot(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts", "--sharded"], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  const logs: LogLine[] = [];
  const waiters: { matches: (line: LogLine) => boolean; resolve: (line: LogLine) => void }[] = [];
  createInterface({ input: child.stderr! }).on("line", (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      line = { msg: text };
    }
    logs.push(line);
    for (const waiter of waiters.filter((entry) => entry.matches(line))) waiter.resolve(line);
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const said = (matches: (line: LogLine) => boolean): Promise<LogLine> => {
    const past = logs.find(matches);
    if (past !== undefined) return Promise.resolve(past);
    return Promise.race([
      new Promise<LogLine>((resolve) => waiters.push({ matches, resolve })),
      exited.then((exit) => Promise.reject(new Error(`the bot exited (${exit.signal ?? exit.code}) first:\n${logs.map((entry) => JSON.stringify(entry)).join("\n")}`))),
    ]);
  };
  return { child, logs, said, exited };
}

const postsTo = (channel: string) => fake!.restCalls.filter((call) => call.method === "POST" && call.path === `/channels/${channel}/messages`);
const answerTo = (interaction: { token: string }) => fake!.waitForRest("PATCH", new RegExp(`/${interaction.token}/messages/@original$`), () => true, DEADLINE_MS);
const shown = (call: RestCall) => JSON.stringify([call.body?.content, call.body?.embeds]);

describe("npm run start:sharded with two shards against the loopback gateway", () => {
  it("gives each shard its own servers' interactions and sends each scheduled prompt once, from the main process", async () => {
    expect([shardOfGuild(GUILD_A, 2), shardOfGuild(GUILD_B, 2)]).toEqual([0, 1]);
    fake = await new FakeDiscord({ guilds: [defaultGuild(), otherGuild(GUILD_B, CHANNEL_B)], shards: 2, maxConcurrency: 2 }).start();
    database = await createTestDatabase("sqlite");
    await addPartnership(database.db, { handle: "robotics-a", platform: "discord", workspaceId: GUILD_A, liaisons: ["Ana", "Ben"], links: [{ channelId: CHANNEL_A, purpose: "updates" }] });
    await addPartnership(database.db, { handle: "solar-b", platform: "discord", workspaceId: GUILD_B, liaisons: ["Cai"], links: [{ channelId: CHANNEL_B, purpose: "updates" }] });
    // Both rounds are due when the bot starts: its first tick opens them.
    await database.db.schedule.updateMany({ data: { nextRoundAt: new Date(Date.now() - 60_000) } });
    const port = await findFreePort();

    const started = startShardedBot({
      DATABASE_URL: database.url,
      DISCORD_TOKEN: "fake.bot.token",
      DISCORD_APPLICATION_ID: FAKE_IDS.application,
      DISCORD_API_URL: fake.restBase,
      DISCORD_TOTAL_SHARDS: "auto",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      CONSOLE: "",
      SLACK_BOT_TOKEN: "",
      METRICS_TOKEN: "",
    });
    bot = started.child;
    await started.said((line) => line.msg === "bot started");

    // "auto" took GET /gateway/bot's 2; each shard identified as [id, 2] and holds its one server.
    expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const connected = started.logs.filter((line) => line.msg === "discord: connected");
    expect(connected.map((line) => [line.shard, line.guilds]).sort()).toEqual([
      [0, 1],
      [1, 1],
    ]);

    const inA = slashCommand(["status"], [{ name: "partnership", type: 3, value: "robotics-a" }]);
    const inB = inGuild(slashCommand(["status"], [{ name: "partnership", type: 3, value: "solar-b" }]), GUILD_B, CHANNEL_B);
    fake.dispatch("INTERACTION_CREATE", inA);
    fake.dispatch("INTERACTION_CREATE", inB);
    const [answerA, answerB] = await Promise.all([answerTo(inA), answerTo(inB)]);
    expect(shown(answerA)).toContain("Partnership robotics-a");
    expect(shown(answerB)).toContain("Partnership solar-b");
    expect(fake.dispatched.filter((event) => event.type === "INTERACTION_CREATE").map((event) => [event.data.id, event.shard])).toEqual([
      [inA.id, 0],
      [inB.id, 1],
    ]);
    // One acknowledgement each: no other shard (or the main process) saw them.
    expect(fake.callsFor(inA).filter((call) => call.path.endsWith("/callback"))).toHaveLength(1);
    expect(fake.callsFor(inB).filter((call) => call.path.endsWith("/callback"))).toHaveLength(1);

    await fake.waitForCall(() => postsTo(CHANNEL_A).length >= 2 && postsTo(CHANNEL_B).length >= 1, "the three check-in prompts", DEADLINE_MS);
    // GET /metrics on the main process adds up the shards' acknowledgements and its own deliveries.
    const scrape = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(scrape).toContain('partnership_bot_acknowledgement_seconds_count{platform="discord"} 2');
    expect(scrape).toMatch(/partnership_bot_deliveries_total\{platform="discord",result="sent"\} 3/);

    // SIGTERM: the scheduler finishes and records its sends, then the shards stop, then the bot exits 0.
    bot.kill("SIGTERM");
    expect(await started.exited).toEqual({ code: 0, signal: null });
    expect(started.logs.filter((line) => line.msg === "discord shard shutting down").map((line) => line.shard).sort()).toEqual([0, 1]);

    expect(postsTo(CHANNEL_A)).toHaveLength(2);
    expect(postsTo(CHANNEL_B)).toHaveLength(1);
    const prompts = await database.db.prompt.findMany();
    expect(prompts).toHaveLength(3);
    expect(prompts.every((prompt) => prompt.status === "sent")).toBe(true);
    // The main process delivered all of them; the shards run no scheduler.
    expect(new Set(prompts.map((prompt) => prompt.claimedBy?.split(":").slice(0, 2).join(":")))).toEqual(new Set([`${hostname()}:${bot.pid}`]));
  }, DEADLINE_MS);
});
