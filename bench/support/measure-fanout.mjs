// The measured side of bench:fanout, in a process of its own so its peak memory is the bot's alone.
// It runs the built bot (dist/, as `npm start` does) unless FANOUT_RUNNER=tsx, which imports src/
// under tsx (whose loader thread adds about 35 MB). Plain JavaScript, so no loader is needed.
// Arguments: <database url> <fake platform url> <partnerships> <liaisons>; sends its figures over IPC.
import http from "node:http";

const source = process.env.FANOUT_RUNNER === "tsx" ? "../../src" : "../../dist/src";
const [{ ManualClock }, { formatDeliveryTarget }, { RetryableDeliveryError }, { NO_METRICS }, { Scheduler }, { createDatabase, flavorOf }, { createStore }, { pino }] = await Promise.all([
  import(`${source}/clock.js`),
  import(`${source}/ports/delivery-target.js`),
  import(`${source}/ports/delivery.js`),
  import(`${source}/ports/metrics-recorder.js`),
  import(`${source}/scheduler/scheduler.js`),
  import(`${source}/store/create-database.js`),
  import(`${source}/store/create-store.js`),
  import("pino"),
]);

// Monday 30 November 2026 09:00 in Chicago (the seeded schedules' due time), and half a minute later.
const NOW = new Date(Date.parse("2026-11-30T15:00:00Z") + 30_000);

/** Posts each delivery over a keep-alive connection, as the adapters' HTTP clients do. */
class LoopbackPlatform {
  platform = "console";
  agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  constructor(url) {
    this.url = url;
  }

  deliver(delivery) {
    const body = JSON.stringify({ target: formatDeliveryTarget(delivery.target), nonce: delivery.idempotencyKey, message: delivery.message });
    return new Promise((resolve, reject) => {
      const request = http.request(this.url, { method: "POST", agent: this.agent, headers: { "content-type": "application/json" } }, (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk.toString()));
        response.on("end", () => {
          if (response.statusCode !== 200) reject(new RetryableDeliveryError(`HTTP ${response.statusCode}`));
          else resolve({ platformMessageId: JSON.parse(text).id });
        });
      });
      request.on("error", (error) => reject(new RetryableDeliveryError(error.message)));
      request.end(body);
    });
  }

  close() {
    this.agent.destroy();
  }
}

const round = (value) => Math.round(value * 100) / 100;

/** One scheduler tick, as the running bot makes it: it opens every round, and sends the prompts as each chunk of rounds commits. */
async function measure(url, platformUrl, partnerships, liaisons) {
  const db = await createDatabase(url);
  const clock = new ManualClock(NOW);
  const loopback = new LoopbackPlatform(platformUrl);
  const logger = pino({ level: "warn" });
  const store = createStore(db, flavorOf(url));
  let roundsDone = 0;
  let roundsPeakRss = 0;
  // The tick reports the rounds it opened as soon as the last chunk has committed.
  const metrics = { ...NO_METRICS, countRoundsOpened: () => ((roundsDone = performance.now()), (roundsPeakRss = process.resourceUsage().maxRSS)) };
  // The dispatcher as the bot runs it (its default batch and concurrency), and as many sockets.
  const scheduler = new Scheduler({ store, platforms: [loopback], clock, logger, workerId: "bench", metrics });
  await db.schedule.count();
  const startRss = process.memoryUsage.rss();
  const startCpu = process.cpuUsage();
  const started = performance.now();
  const report = await scheduler.tick();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(startCpu);
  const sent = await db.prompt.count({ where: { status: "sent" } });
  const expected = partnerships * liaisons;
  if (report.opened !== partnerships || sent !== expected || report.handled !== expected) {
    throw new Error(`fan-out incomplete: ${report.opened} rounds, ${report.handled} handled, ${sent} sent; expected ${expected} prompts`);
  }
  loopback.close();
  await db.$disconnect();
  return {
    bench: "fanout",
    db: flavorOf(url),
    runner: process.env.FANOUT_RUNNER === "tsx" ? "tsx" : "node dist",
    partnerships,
    prompts: expected,
    // Until the last round was opened; prompts were going out from the first chunk on.
    rounds_s: round((roundsDone - started) / 1000),
    tick_s: round(seconds),
    end_to_end_prompts_per_s: Math.round(expected / seconds),
    // The bot's CPU time over the tick (all its threads): steadier than wall time on a shared machine.
    bot_cpu_s: round((cpu.user + cpu.system) / 1e6),
    // The whole process's peak, Prisma's client and query compiler included.
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    // The peak by the time the last round was opened.
    rounds_peak_rss_mb: Math.round(roundsPeakRss / 1024),
    // The process before any work (Node, Prisma with its first query).
    start_rss_mb: Math.round(startRss / 1024 / 1024),
  };
}

const [url, platformUrl, partnerships, liaisons] = process.argv.slice(2);
process.send(await measure(url, platformUrl, Number(partnerships), Number(liaisons)));
process.exit(0);
