// Loopback fake of the Slack Web API and of response_url, adapted from the verified recipe in
// ../shared/recipes/chat-testing.md (section 1). Test support only: excluded from the build.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface SlackApiCall {
  /** "chat.postMessage", or "response/<name>" for a response_url. */
  method: string;
  /** From `Authorization: Bearer xoxb-...`. */
  token?: string;
  contentType: string;
  /** Form fields; JSON-encoded fields (blocks, view) are parsed. response_url bodies are JSON. */
  params: Record<string, any>;
  /** The raw bytes of a file sent to an upload URL (params hold it as text, which a PNG does not survive). */
  bytes?: Buffer;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** Returns a response for the call, or undefined to fall through to the default one. */
export type FakeHandler = (call: SlackApiCall) => FakeResponse | undefined;

export interface FakeSlackUser {
  id: string;
  name: string;
  realName?: string;
  displayName?: string;
  isAdmin?: boolean;
  isOwner?: boolean;
  /** The user's own workspace; T1 (the harness's) unless set, another one for a Slack Connect user. */
  teamId?: string;
  /** A user from an external organisation the workspace has no connection with. */
  isStranger?: boolean;
}

/** A workspace the app can be installed in by OAuth: oauth.v2.access gives its own bot token. */
export interface FakeWorkspace {
  teamId: string;
  name: string;
  botToken: string;
  botUserId: string;
  botId: string;
  /** Who clicked Allow. */
  installerId: string;
}

export class FakeSlackApi {
  /** The app's OAuth credentials, checked by oauth.v2.access. */
  oauthClient = { clientId: "111.222", clientSecret: "fake-client-secret" };
  readonly workspaces = new Map<string, FakeWorkspace>();
  /** Tokens Slack no longer takes (the app was uninstalled): every call with one gets token_revoked. */
  readonly revokedTokens = new Set<string>();
  /** One-time codes Slack's authorize page would hand the browser: code, then team id. */
  private readonly codes = new Map<string, string>();
  readonly calls: SlackApiCall[] = [];
  readonly handlers = new Map<string, FakeHandler>();
  readonly users = new Map<string, FakeSlackUser>();
  /** Called with every call as it arrives (benchmarks count answers without scanning `calls`). */
  readonly listeners: ((call: SlackApiCall) => void)[] = [];
  private readonly server = http.createServer((request, response) => void this.handle(request, response));
  private waiters: { matches: (call: SlackApiCall) => boolean; resolve: (call: SlackApiCall) => void }[] = [];
  private sequence = 0;
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A response_url that lands in `calls` as method "response/<name>". */
  responseUrl(name: string): string {
    return `${this.base}/response/${name}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  addWorkspace(workspace: FakeWorkspace): this {
    this.workspaces.set(workspace.teamId, workspace);
    return this;
  }

  /** What Slack's authorize page does when someone allows the app in `teamId`: a code for the redirect, usable once. */
  issueCode(teamId: string): string {
    const code = `code-${teamId}-${this.codes.size + 1}`;
    this.codes.set(code, teamId);
    return code;
  }

  /** Slack forgets the workspace's bot token, as when the app is uninstalled. */
  revoke(teamId: string): void {
    const workspace = this.workspaces.get(teamId);
    if (workspace !== undefined) this.revokedTokens.add(workspace.botToken);
  }

  addUser(user: FakeSlackUser): this {
    this.users.set(user.id, user);
    return this;
  }

  /** What files.uploadV2 sent to each upload URL: file id, then content. */
  uploads(): Map<string, string> {
    return new Map(this.calls.filter((call) => call.method.startsWith("upload/")).map((call) => [call.method.slice("upload/".length), String(call.params.body ?? Object.values(call.params)[0] ?? "")]));
  }

  /** The bytes sent to each upload URL: file id, then bytes (a chart's PNG). */
  uploadedBytes(): Map<string, Buffer> {
    return new Map(this.calls.filter((call) => call.method.startsWith("upload/") && call.bytes !== undefined).map((call) => [call.method.slice("upload/".length), call.bytes!]));
  }

  callsTo(method: string): SlackApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Answers the next call to `method` with `response`, then goes back to the default. */
  failNext(method: string, response: FakeResponse): void {
    const previous = this.handlers.get(method);
    this.handlers.set(method, () => {
      if (previous === undefined) this.handlers.delete(method);
      else this.handlers.set(method, previous);
      return response;
    });
  }

  /** The first call (past or future) to `method` that matches. */
  waitFor(method: string, matches: (call: SlackApiCall) => boolean = () => true, timeoutMs = 5000): Promise<SlackApiCall> {
    const wanted = (call: SlackApiCall) => call.method === method && matches(call);
    const seen = this.calls.find(wanted);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${method}`)), timeoutMs);
      this.waiters.push({ matches: wanted, resolve: (call) => (clearTimeout(timer), resolve(call)) });
    });
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const contentType = String(request.headers["content-type"] ?? "");
    const raw = contentType.includes("multipart/") ? "" : Buffer.concat(chunks).toString("utf8");
    const params: Record<string, any> = {};
    let bytes: Buffer | undefined;
    if (contentType.includes("application/json")) Object.assign(params, raw === "" ? {} : JSON.parse(raw));
    else if (contentType.includes("multipart/form-data")) {
      // files.uploadV2 sends the file's bytes to the upload URL as multipart form data.
      const form = await new Response(Buffer.concat(chunks), { headers: { "content-type": contentType } }).formData();
      for (const [key, value] of form) {
        if (typeof value === "string") params[key] = value;
        else {
          bytes = Buffer.from(await value.arrayBuffer());
          params[key] = bytes.toString("utf8");
        }
      }
    } else {
      // WebClient JSON-encodes non-scalar arguments (blocks, view) inside the form.
      for (const [key, value] of new URLSearchParams(raw)) {
        try {
          params[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
        } catch {
          params[key] = value;
        }
      }
    }
    const path = new URL(request.url ?? "/", "http://fake").pathname;
    const method = path.startsWith("/api/") ? path.slice(5) : path.slice(1);
    const authorization = String(request.headers.authorization ?? "");
    const call: SlackApiCall = { method, params, contentType, token: authorization.startsWith("Bearer ") ? authorization.slice(7) : params.token, ...(bytes === undefined ? {} : { bytes }) };
    this.calls.push(call);
    for (const listener of this.listeners) listener(call);
    this.waiters = this.waiters.filter((waiter) => (waiter.matches(call) ? (waiter.resolve(call), false) : true));
    const revoked: FakeResponse | undefined = call.token !== undefined && this.revokedTokens.has(call.token) ? { body: { ok: false, error: "token_revoked" } } : undefined;
    const answer = revoked ?? this.handlers.get(method)?.(call) ?? { body: this.defaultResponse(call) };
    response.writeHead(answer.status ?? 200, { "content-type": "application/json; charset=utf-8", ...answer.headers });
    response.end(JSON.stringify(answer.body));
  }

  /** oauth.v2.access as Slack answers it for a bot install (no user scopes). */
  private exchangeCode(call: SlackApiCall): unknown {
    const { clientId, clientSecret } = this.oauthClient;
    if (call.params.client_id !== clientId || call.params.client_secret !== clientSecret) return { ok: false, error: "invalid_client_id" };
    const teamId = this.codes.get(String(call.params.code));
    const workspace = teamId === undefined ? undefined : this.workspaces.get(teamId);
    if (workspace === undefined) return { ok: false, error: "invalid_code" };
    this.codes.delete(String(call.params.code));
    this.revokedTokens.delete(workspace.botToken);
    return {
      ok: true,
      access_token: workspace.botToken,
      token_type: "bot",
      scope: "commands,chat:write,chat:write.public,im:write,users:read,files:write",
      bot_user_id: workspace.botUserId,
      app_id: "A-PARTNER",
      team: { id: workspace.teamId, name: workspace.name },
      enterprise: null,
      is_enterprise_install: false,
      authed_user: { id: workspace.installerId },
    };
  }

  private defaultResponse(call: SlackApiCall): unknown {
    this.sequence += 1;
    const ts = `1700000000.${String(this.sequence).padStart(6, "0")}`;
    switch (call.method) {
      case "auth.test": {
        const workspace = [...this.workspaces.values()].find((candidate) => candidate.botToken === call.token);
        if (workspace !== undefined) return { ok: true, url: `https://${workspace.teamId.toLowerCase()}.slack.com/`, team: workspace.name, user: "partnerbot", team_id: workspace.teamId, user_id: workspace.botUserId, bot_id: workspace.botId };
        return { ok: true, url: "https://fake.slack.com/", team: "Fake", user: "partnerbot", team_id: "T1", user_id: "UBOT", bot_id: "BBOT" };
      }
      case "oauth.v2.access":
        return this.exchangeCode(call);
      case "chat.postMessage":
        return { ok: true, channel: call.params.channel, ts, message: { text: call.params.text } };
      case "chat.update":
        return { ok: true, channel: call.params.channel, ts: call.params.ts };
      case "conversations.open":
        return { ok: true, channel: { id: `D-${String(call.params.users)}` } };
      case "views.open":
      case "views.update":
      case "views.publish":
        return { ok: true, view: { id: `V${this.sequence}`, ...call.params.view } };
      case "files.getUploadURLExternal":
        return { ok: true, upload_url: `${this.base}/upload/F${this.sequence}`, file_id: `F${this.sequence}` };
      case "files.completeUploadExternal":
        return { ok: true, files: (call.params.files as { id: string; title?: string }[]).map((file) => ({ id: file.id, title: file.title })) };
      case "users.info": {
        const user = this.users.get(String(call.params.user));
        if (user === undefined) return { ok: false, error: "user_not_found" };
        return {
          ok: true,
          user: {
            id: user.id,
            team_id: user.teamId ?? "T1",
            name: user.name,
            real_name: user.realName ?? user.name,
            is_admin: user.isAdmin ?? false,
            is_owner: user.isOwner ?? false,
            ...(user.isStranger === undefined ? {} : { is_stranger: user.isStranger }),
            profile: { real_name: user.realName ?? user.name, display_name: user.displayName ?? "" },
          },
        };
      }
      default:
        return { ok: true };
    }
  }
}
