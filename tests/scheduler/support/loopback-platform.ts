import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface PostedMessage {
  idempotencyKey: string;
  kind: string;
  target: string;
  workerId: string;
}

/**
 * A fake chat platform over HTTP on 127.0.0.1 for scheduler processes. Like Discord's message nonce
 * with enforce_nonce, a repeated idempotency key returns the message already created instead of
 * posting another. `onRequest` may answer 429 or hold a request forever (to kill its sender mid-send).
 */
export class LoopbackPlatform {
  /** Every message created, in order (a repeat of a key is not a new message). */
  readonly created: PostedMessage[] = [];
  /** Every request, repeats and refusals included. */
  readonly requests: PostedMessage[] = [];
  /** "hold": never answer; "create-and-hold": create the message, then never answer (the sender dies before it hears back). */
  onRequest: ((message: PostedMessage, index: number) => "ok" | "hold" | "create-and-hold" | { retryAfterMs: number }) | undefined;
  private readonly byKey = new Map<string, string>();
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void readBody(request).then((body) => {
        const message = JSON.parse(body) as PostedMessage;
        this.requests.push(message);
        const verdict = this.onRequest?.(message, this.requests.length) ?? "ok";
        if (verdict === "hold") return;
        if (typeof verdict === "object") {
          response.writeHead(429, { "retry-after": String(verdict.retryAfterMs / 1000), "content-type": "application/json" }).end("{}");
          return;
        }
        let id = this.byKey.get(message.idempotencyKey);
        if (id === undefined) {
          this.created.push(message);
          id = `msg-${this.created.length}`;
          this.byKey.set(message.idempotencyKey, id);
        }
        if (verdict === "create-and-hold") return;
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/messages`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}
