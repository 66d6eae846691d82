import http from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { AfterAckWork } from "./after-ack-work.js";

// A server whose requests wait until the test answers them, as requests wait for their ack.
const servers: http.Server[] = [];
async function serverWithWaitingRequests(work: AfterAckWork) {
  const waiting: http.ServerResponse[] = [];
  const arrived: (() => void)[] = [];
  const server = http.createServer((request, response) => {
    request.resume();
    response.once("close", work.acceptRequest());
    waiting.push(response);
    arrived.shift()?.();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** Sends a request and resolves once the server holds it. */
    async request(): Promise<void> {
      const held = new Promise<void>((resolve) => arrived.push(resolve));
      // Requests still waiting when the test ends are cut off: that is expected.
      http.request({ host: "127.0.0.1", port, method: "POST" }, (response) => response.resume()).on("error", () => undefined).end("x");
      await held;
    },
    answerAll(events: string[]): void {
      for (const response of waiting.splice(0)) response.end("ok");
      events.push("acknowledged");
    },
  };
}
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe("work after the ack", () => {
  it("holds a job back while a request waits for its ack, then runs it", async () => {
    const work = new AfterAckWork(pino({ level: "silent" }), { maxDeferMs: 60_000 });
    const server = await serverWithWaitingRequests(work);
    const events: string[] = [];
    await server.request();
    work.run("job", async () => void events.push("job"));
    await tick();
    expect(events).toEqual([]);
    server.answerAll(events);
    await work.idle();
    expect(events).toEqual(["acknowledged", "job"]);
  });

  it("runs a held-back job after maxDeferMs even when requests keep waiting, so a trigger_id is still fresh", async () => {
    const work = new AfterAckWork(pino({ level: "silent" }), { maxDeferMs: 20 });
    const server = await serverWithWaitingRequests(work);
    const events: string[] = [];
    await server.request();
    work.run("job", async () => void events.push("job"));
    await work.idle();
    expect(events).toEqual(["job"]);
    server.answerAll(events);
  });

  it("pauses a job's next query until a waiting request is acknowledged, but never work done before an ack", async () => {
    const work = new AfterAckWork(pino({ level: "silent" }), { maxPauseMs: 60_000, quietMs: 0 });
    const server = await serverWithWaitingRequests(work);
    const events: string[] = [];
    await work.pauseForAcks().then(() => events.push("query outside a job"));
    let requestHeld!: () => void;
    const held = new Promise<void>((resolve) => (requestHeld = resolve));
    work.run("job", async () => {
      await server.request();
      requestHeld();
      await work.pauseForAcks();
      events.push("query inside the job");
    });
    await held;
    await tick();
    expect(events).toEqual(["query outside a job"]);
    server.answerAll(events);
    await work.idle();
    expect(events).toEqual(["query outside a job", "acknowledged", "query inside the job"]);
  });

  it("logs a failing job and goes on with the next", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "error" }, { write: (line: string) => void lines.push(line) });
    const work = new AfterAckWork(logger);
    const events: string[] = [];
    work.run("failing", async () => {
      throw new Error("boom");
    });
    work.run("next", async () => void events.push("next"));
    await work.idle();
    expect(events).toEqual(["next"]);
    expect(lines.join("")).toContain("slack work after ack failed");
  });
});
