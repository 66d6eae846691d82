import { createServer, type AddressInfo } from "node:net";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack/create-slack-adapter.js";
import { FakeSlackApi } from "../../adapters/slack/testing/fake-slack-api.js";
import { slashCommandFields } from "../../adapters/slack/testing/slack-payloads.js";
import { ManualClock } from "../../src/clock.js";
import { createBot } from "../../src/create-bot.js";
import { createStore } from "../../src/store/create-store.js";
import { DEMO_NOW } from "../support/demo-now.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { slackConventions } from "../../adapters/slack/slack-conventions.js";

// Socket Mode: the app dials out to Slack over a WebSocket (apps.connections.open with the xapp-
// token), so no public URL is needed. Here Slack's side is a WebSocket server on 127.0.0.1.
let api: FakeSlackApi;
let sockets: WebSocketServer;
let socket: WebSocket;
let database: TestDatabase;
let adapter: SlackAdapter;
let healthPort: number;
const acks = new Map<string, (ack: any) => void>();

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function send(envelope: { envelope_id: string; type: string; payload: object; accepts_response_payload: boolean }): Promise<any> {
  return new Promise((resolve) => {
    acks.set(envelope.envelope_id, resolve);
    socket.send(JSON.stringify(envelope));
  });
}

beforeAll(async () => {
  sockets = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise((resolve) => sockets.once("listening", resolve));
  const connected = new Promise<void>((resolve) =>
    sockets.on("connection", (connection) => {
      socket = connection;
      connection.on("message", (data) => {
        const ack = JSON.parse(String(data));
        acks.get(ack.envelope_id)?.(ack);
      });
      connection.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "fake" }, connection_info: { app_id: "A-PARTNER" } }));
      resolve();
    }),
  );
  api = await new FakeSlackApi().start();
  api.addUser({ id: "UADMIN", name: "dana", realName: "Dana Okafor", isAdmin: true });
  api.handlers.set("apps.connections.open", () => ({ body: { ok: true, url: `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}/link` } }));
  database = await createTestDatabase("sqlite", "seeded");
  const store = createStore(database.db, database.kind);
  const logger = pino({ level: "silent" });
  healthPort = await freePort();
  adapter = createSlackAdapter({ bot: createBot({ store, clock: new ManualClock(DEMO_NOW), logger, conventions: [slackConventions] }), logger, botToken: "xoxb-socket", appToken: "xapp-socket", apiUrl: api.apiUrl, port: healthPort, host: "127.0.0.1" });
  await adapter.start();
  await connected;
});

afterAll(async () => {
  await adapter?.stop();
  await new Promise((resolve) => sockets?.close(resolve));
  await api?.stop();
  await database?.close();
});

describe("Slack in Socket Mode", () => {
  it("opens the connection with the app-level token", async () => {
    expect((await api.waitFor("apps.connections.open")).token).toBe("xapp-socket");
  });

  it("acknowledges a /partner envelope over the socket and answers through the response_url", async () => {
    const payload = slashCommandFields({ teamId: "T1", userId: "UADMIN" }, 'new socket-club "Socket Robotics Club"', api.responseUrl("socket"));
    const ack = await send({ envelope_id: "env-1", type: "slash_commands", payload, accepts_response_payload: true });
    expect(ack.envelope_id).toBe("env-1");
    const answer = await api.waitFor("response/socket");
    expect(JSON.stringify(answer.params.blocks)).toContain("Created Socket Robotics Club (socket-club)");
    await adapter.work.idle();
    expect(await database.db.partnership.count({ where: { platform: "slack", workspaceId: "T1", handle: "socket-club" } })).toBe(1);
  });

  it("still answers GET /healthz on PORT", async () => {
    const response = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(await response.text()).toBe("ok");
  });
});
