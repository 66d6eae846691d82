import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PostedMessage } from "../../scheduler/support/loopback-platform.js";

/**
 * A fake chat platform on 127.0.0.1 that answers the first `passFirst` requests and holds every later
 * one until `open()`, so a test can act while a process's sends are in flight. Like Discord's nonce, a repeated idempotency key does not
 * create a second message. `onHeld` hears of each request as it is held.
 */
export class GatedPlatform {
  readonly created: PostedMessage[] = [];
  readonly requests: PostedMessage[] = [];
  /** Requests waiting for the gate, by the worker that sent them. */
  readonly held: PostedMessage[] = [];
  onChange: (() => void) | undefined;
  private readonly byKey = new Map<string, string>();
  private gateOpen = false;
  private openGate: () => void = () => undefined;
  private readonly gate = new Promise<void>((resolve) => (this.openGate = resolve));
  private server: Server | undefined;

  constructor(private readonly passFirst = 0) {}

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void readBody(request).then(async (body) => {
        const message = JSON.parse(body) as PostedMessage;
        this.requests.push(message);
        if (!this.gateOpen && this.requests.length > this.passFirst) {
          this.held.push(message);
          this.onChange?.();
          await this.gate;
        }
        let id = this.byKey.get(message.idempotencyKey);
        if (id === undefined) {
          this.created.push(message);
          id = `msg-${this.created.length}`;
          this.byKey.set(message.idempotencyKey, id);
        }
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id }));
        this.onChange?.();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/messages`;
  }

  /** Answers the held requests and every later one at once. */
  open(): void {
    this.gateOpen = true;
    this.openGate();
  }

  heldFrom(workerId: string): PostedMessage[] {
    return this.held.filter((message) => message.workerId === workerId);
  }

  /** Resolves when `condition` holds, checked on every request and answer. */
  until(condition: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!condition()) return;
        this.onChange = undefined;
        resolve();
      };
      this.onChange = check;
      check();
    });
  }

  async stop(): Promise<void> {
    this.open();
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}
