import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { slackVisitor, startSlackHarness, type SlackHarness } from "../support/start-slack-harness.js";

let slack: SlackHarness | undefined;
const sockets: net.Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await slack?.close();
  slack = undefined;
});

/** A POST nobody signed whose body never finishes arriving: the headers are in, the rest is held back. */
async function holdHalfSentRequest(url: string): Promise<{ received: () => string; closed: Promise<void> }> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  sockets.push(socket);
  let received = "";
  socket.on("data", (chunk) => (received += String(chunk)));
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  const head = ["POST /slack/events HTTP/1.1", `Host: ${hostname}:${port}`, "Content-Type: application/x-www-form-urlencoded", "Content-Length: 4000", "", "payload="].join("\r\n");
  await new Promise<void>((resolve, reject) => socket.write(head, (error) => (error ? reject(error) : resolve())));
  return { received: () => received, closed };
}

describe("requests that arrive slowly", () => {
  it("answers a command at once while a forged request is held open half sent", async () => {
    // Work after an ack would wait up to a minute for any request still waiting for its ack.
    slack = await startSlackHarness({ work: { maxDeferMs: 60_000, maxPauseMs: 60_000 } });
    await holdHalfSentRequest(slack.url);
    const ack = await slack.command(slackVisitor, "status robotics-tx");
    expect(ack.status).toBe(200);
    const answer = await slack.api.waitFor("response/command-1");
    expect(JSON.stringify(answer.params.blocks)).toContain("robotics-tx");
  });

  it("cuts off a request whose body does not arrive in time, with 408", async () => {
    slack = await startSlackHarness({ http: { headersTimeoutMs: 200, requestTimeoutMs: 400 } });
    const held = await holdHalfSentRequest(slack.url);
    await held.closed;
    expect(held.received()).toMatch(/^HTTP\/1\.1 408/);
  });
});
