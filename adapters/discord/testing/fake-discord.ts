// Loopback fake of Discord for tests and benches: REST (/api/v10/...) and a JSON gateway on one port.
// Adapted from ../shared/recipes/chat-testing-lab/discord/fake-discord.ts (verified with discord.js 14.28.1).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { botUser, defaultGuild, FAKE_IDS, fakeMessage, nextSnowflake, threadChannel } from "./discord-payloads.js";

export interface RestCall {
  method: string;
  path: string;
  query: URLSearchParams;
  /** JSON body; for multipart requests, the parsed payload_json. */
  body: any;
  /** Files of a multipart request: name, text content, and the bytes (a PNG does not survive as text). */
  files: { name: string; content: string; bytes: Buffer }[];
  headers: http.IncomingHttpHeaders;
  /** performance.now() when the request arrived, for benches. */
  arrivedAt: number;
}

export interface RestAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

type RestHandler = (call: RestCall) => RestAnswer | undefined;

/** Which shard Discord sends a guild's events to: (guild_id >> 22) % shard_count. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** One gateway event the fake sent, and the shard whose connection carried it. */
export interface Dispatched {
  shard: number;
  type: string;
  data: any;
}

const INTENT_GUILD_MESSAGES = 1 << 9;
const INTENT_MESSAGE_CONTENT = 1 << 15;

export class FakeDiscord {
  readonly server = http.createServer((request, response) => void this.handleRest(request, response));
  private readonly gatewayServer = new WebSocketServer({ noServer: true });
  port = 0;
  readonly restCalls: RestCall[] = [];
  /** [method, path pattern, handler]: the first that returns an answer wins over the defaults. */
  readonly handlers: [string, RegExp, RestHandler][] = [];
  /** Channels the fake knows (text channels from the guild, threads it created). */
  readonly channels = new Map<string, any>();
  private readonly messagesByNonce = new Map<string, any>();
  private readonly sockets = new Set<WebSocket>();
  gateway?: WebSocket;
  identify?: any;
  /** Every IDENTIFY, in order; `shard` is [id, count] when the client shards. */
  readonly identifies: any[] = [];
  /** The latest identified connection of each shard. */
  readonly shardGateways = new Map<number, WebSocket>();
  private readonly identifyOf = new WeakMap<WebSocket, any>();
  readonly dispatched: Dispatched[] = [];
  gatewayUrlSeen?: string;
  connections = 0;
  readonly resumes: any[] = [];
  ackHeartbeats = true;
  private sequence = 0;
  private waiters: { matches: (event: any) => boolean; resolve: (event: any) => void }[] = [];

  /**
   * `shards`: what GET /gateway/bot recommends (1 unless set); `maxConcurrency`: its
   * session_start_limit.max_concurrency, how many shards may identify at once.
   */
  constructor(readonly options: { heartbeatInterval?: number; guilds?: any[]; closeOnIdentify?: number; shards?: number; maxConcurrency?: number } = {}) {
    this.server.on("upgrade", (request, socket, head) => {
      this.gatewayServer.handleUpgrade(request, socket, head, (socketToClient) => this.onGateway(socketToClient, request));
    });
    for (const guild of this.guilds()) for (const channel of guild.channels) this.channels.set(channel.id, { ...channel, guild_id: guild.id });
  }

  /** ClientOptions.rest.api and DISCORD_API_URL. */
  get restBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The first REST call (past or future) that matches. */
  waitForRest(method: string, path: RegExp, where: (call: RestCall) => boolean = () => true, timeoutMs = 5000): Promise<RestCall> {
    return this.waitForCall((call) => call.method === method && path.test(call.path) && where(call), `${method} ${path}`, timeoutMs);
  }

  waitForCall(matches: (call: RestCall) => boolean, what: string, timeoutMs = 5000): Promise<RestCall> {
    const past = this.restCalls.find(matches);
    if (past !== undefined) return Promise.resolve(past);
    return this.waitFor((event) => event.kind === "rest" && matches(event.call), timeoutMs, what).then((event) => event.call);
  }

  /** The first gateway message from the client with this opcode from now on. */
  waitForOpcode(opcode: number, timeoutMs = 5000): Promise<any> {
    return this.waitFor((event) => event.kind === "gateway" && event.message.op === opcode, timeoutMs, `opcode ${opcode}`).then((event) => event.message);
  }

  /** Every REST call answering or following up one interaction, in order. */
  callsFor(interaction: { id: string; token: string }): RestCall[] {
    return this.restCalls.filter((call) => call.path.startsWith(`/interactions/${interaction.id}/`) || call.path.includes(`/${interaction.token}`));
  }

  /**
   * Sends a dispatch event on the connection of the shard that holds its guild (direct messages go
   * to shard 0, as on Discord), gated by that connection's identified intents.
   */
  dispatch(type: string, data: any): void {
    const { socket, shard } = this.connectionFor(data.guild_id);
    const identify = this.identifyOf.get(socket);
    if (type.startsWith("MESSAGE_") && data.guild_id !== undefined) {
      const intents = identify?.intents ?? 0;
      if ((intents & INTENT_GUILD_MESSAGES) === 0) return;
      if ((intents & INTENT_MESSAGE_CONTENT) === 0 && "content" in data) data = { ...data, content: "", embeds: [], attachments: [] };
    }
    this.dispatched.push({ shard, type, data });
    this.send(socket, 0, data, type);
  }

  private connectionFor(guildId: string | undefined): { socket: WebSocket; shard: number } {
    const count = this.identify?.shard?.[1] ?? 1;
    if (count > 1) {
      const shard = guildId === undefined ? 0 : shardOfGuild(guildId, count);
      const socket = this.shardGateways.get(shard);
      if (socket === undefined) throw new Error(`no gateway connection for shard ${shard}`);
      return { socket, shard };
    }
    if (this.gateway === undefined) throw new Error("no gateway connection");
    return { socket: this.gateway, shard: 0 };
  }

  /** Drops the gateway connection as a network failure would: the client has to reconnect. */
  dropGateway(): void {
    this.gateway?.terminate();
  }

  private guilds(): any[] {
    return this.options.guilds ?? [defaultGuild()];
  }

  private waitFor(matches: (event: any) => boolean, timeoutMs: number, what: string): Promise<any> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      this.waiters.push({ matches, resolve: (event) => (clearTimeout(timer), resolve(event)) });
    });
  }

  private notify(event: any): void {
    this.waiters = this.waiters.filter((waiter) => (waiter.matches(event) ? (waiter.resolve(event), false) : true));
  }

  private send(socket: WebSocket, op: number, d: unknown, t: string | null = null): void {
    socket.send(JSON.stringify({ op, d, s: op === 0 ? ++this.sequence : null, t }));
  }

  private onGateway(socket: WebSocket, request: http.IncomingMessage): void {
    this.sockets.add(socket);
    this.connections += 1;
    this.gateway = socket;
    this.gatewayUrlSeen = request.url;
    socket.on("close", () => this.sockets.delete(socket));
    this.send(socket, 10, { heartbeat_interval: this.options.heartbeatInterval ?? 41_250 });
    socket.on("message", (raw, isBinary) => {
      if (isBinary) throw new Error("binary frame: the fake speaks plain JSON only");
      const message = JSON.parse(String(raw));
      this.notify({ kind: "gateway", message });
      if (message.op === 1 && this.ackHeartbeats) this.send(socket, 11, null);
      if (message.op === 2) this.onIdentify(socket, message.d);
      if (message.op === 6) {
        this.resumes.push(message.d);
        this.send(socket, 0, {}, "RESUMED");
      }
    });
  }

  private onIdentify(socket: WebSocket, identify: any): void {
    this.identify = identify;
    this.identifies.push(identify);
    this.identifyOf.set(socket, identify);
    if (this.options.closeOnIdentify !== undefined) return socket.close(this.options.closeOnIdentify);
    const [shardId, shardCount] = (identify.shard ?? [0, 1]) as [number, number];
    this.shardGateways.set(shardId, socket);
    // Each shard is sent only its own guilds, in READY and GUILD_CREATE.
    const guilds = this.guilds().filter((guild) => shardOfGuild(guild.id, shardCount) === shardId);
    this.send(
      socket,
      0,
      {
        v: 10,
        session_id: "fake-session",
        resume_gateway_url: this.gatewayUrl,
        shard: identify.shard ?? [0, 1],
        user: botUser(),
        application: { id: FAKE_IDS.application, flags: 0 },
        guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      },
      "READY",
    );
    // Promptly, or discord.js waits waitGuildTimeout (15 s) before clientReady.
    for (const guild of guilds) this.send(socket, 0, guild, "GUILD_CREATE");
  }

  private async handleRest(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const arrivedAt = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(request.url!, "http://fake");
    // Routes encode "@original" as "%40original".
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ""));
    const contentType = String(request.headers["content-type"] ?? "");
    const { body, files } = await parseBody(raw, contentType);
    const call: RestCall = { method: request.method!, path, query: url.searchParams, body, files, headers: request.headers, arrivedAt };
    this.restCalls.push(call);
    this.notify({ kind: "rest", call });

    let answer: RestAnswer | undefined;
    for (const [method, pattern, handler] of this.handlers) {
      if (method === call.method && pattern.test(path)) answer = handler(call);
      if (answer !== undefined) break;
    }
    answer ??= this.answer(call);
    const status = answer.status ?? 200;
    // A 204 must not carry content-type: application/json, or @discordjs/rest tries to parse the empty body.
    response.writeHead(status, { ...(status === 204 ? {} : { "content-type": "application/json" }), ...answer.headers });
    response.end(status === 204 ? undefined : JSON.stringify(answer.body ?? {}));
  }

  private answer(call: RestCall): RestAnswer {
    const { method, path } = call;
    let match: RegExpMatchArray | null;
    if (method === "GET" && path === "/gateway/bot") {
      const session_start_limit = { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: this.options.maxConcurrency ?? 1 };
      return { body: { url: this.gatewayUrl, shards: this.options.shards ?? 1, session_start_limit } };
    }
    if (method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if ((match = path.match(/^\/channels\/(\d+)$/)) !== null) {
      const channel = this.channels.get(match[1]!);
      if (channel === undefined) return { status: 404, body: { message: "Unknown Channel", code: 10003 } };
      if (method === "PATCH") {
        if (call.body?.archived !== undefined) channel.thread_metadata = { ...channel.thread_metadata, archived: call.body.archived };
        return { body: channel };
      }
      return { body: channel };
    }
    if (method === "POST" && (match = path.match(/^\/channels\/(\d+)\/threads$/)) !== null) {
      const parent = this.channels.get(match[1]!);
      if (parent === undefined) return { status: 404, body: { message: "Unknown Channel", code: 10003 } };
      const thread = threadChannel({ id: nextSnowflake(), parent_id: parent.id, guild_id: parent.guild_id, name: call.body.name, auto_archive_duration: call.body.auto_archive_duration });
      this.channels.set(thread.id, thread);
      return { status: 201, body: thread };
    }
    if (method === "POST" && (match = path.match(/^\/channels\/(\d+)\/messages$/)) !== null) {
      if (!this.channels.has(match[1]!)) return { status: 404, body: { message: "Unknown Channel", code: 10003 } };
      // Like Discord: with enforce_nonce, a repeat of a recent nonce returns the message already created.
      const nonceKey = call.body?.enforce_nonce === true && call.body.nonce !== undefined ? `${match[1]}/${call.body.nonce}` : undefined;
      const earlier = nonceKey === undefined ? undefined : this.messagesByNonce.get(nonceKey);
      if (earlier !== undefined) return { body: earlier };
      const message = fakeMessage({ channel_id: match[1], content: call.body?.content ?? "", author: botUser(), embeds: call.body?.embeds ?? [] });
      if (nonceKey !== undefined) this.messagesByNonce.set(nonceKey, message);
      return { body: message };
    }
    if (method === "PUT" && /^\/channels\/\d+\/messages\/\d+\/reactions\/[^/]+\/@me$/.test(path)) return { status: 204 };
    if (method === "POST" && path === "/users/@me/channels") {
      const dm = { id: nextSnowflake(), type: 1, last_message_id: null, recipients: [{ id: call.body.recipient_id, username: "someone", discriminator: "0", global_name: null, avatar: null }] };
      this.channels.set(dm.id, dm);
      return { body: dm };
    }
    if (method === "DELETE" && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) return { status: 204 };
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path)) {
      return { body: fakeMessage({ channel_id: FAKE_IDS.channel, content: call.body?.content ?? "", author: botUser(), flags: call.body?.flags ?? 0 }) };
    }
    if (method === "PUT" && /^\/applications\/\d+\/(guilds\/\d+\/)?commands$/.test(path)) {
      return { body: (call.body as any[]).map((command) => ({ ...command, id: nextSnowflake(), application_id: FAKE_IDS.application, version: "1" })) };
    }
    return { status: 404, body: { message: "Unknown route (fake)", code: 0 } };
  }
}

async function parseBody(raw: Buffer, contentType: string): Promise<{ body: any; files: RestCall["files"] }> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType.startsWith("multipart/form-data")) {
    const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
    const files: RestCall["files"] = [];
    let body: any;
    for (const [name, value] of form.entries()) {
      if (name === "payload_json") body = JSON.parse(String(value));
      else if (typeof value !== "string") {
        const bytes = Buffer.from(await value.arrayBuffer());
        // Decoded when a test reads it: UTF-8 decoding every uploaded PNG was half the fake's CPU in bench:discord-ack.
        files.push({ name: value.name, bytes, get content() { return bytes.toString("utf8"); } });
      }
    }
    return { body, files };
  }
  try {
    return { body: JSON.parse(raw.toString("utf8")), files: [] };
  } catch {
    return { body: raw.toString("utf8"), files: [] };
  }
}
