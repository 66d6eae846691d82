import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { TickReport } from "../../../src/scheduler/scheduler.js";
import { askChildProcess } from "../../support/ask-child-process.js";

const script = path.join(import.meta.dirname, "replica-process.ts");

/** One bot replica (replica-process.ts) that a test connects to a database, ticks, serves and signals. */
export class Replica {
  readonly logs: { msg?: string; [key: string]: unknown }[] = [];
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
  private sequence = 0;
  private onLog: (() => void) | undefined;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    child.on("message", (message: { log?: { msg?: string } }) => {
      if (message.log === undefined) return;
      this.logs.push(message.log);
      this.onLog?.();
    });
  }

  static async start(): Promise<Replica> {
    const child = fork(script, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    await new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`replica exited with ${code} before it was ready`)));
    });
    return new Replica(child);
  }

  open(options: { databaseUrl: string; platformUrl: string; workerId: string; startAt: Date; batchSize: number; concurrency: number }): Promise<unknown> {
    const { databaseUrl, startAt, ...rest } = options;
    return this.request({ open: { url: databaseUrl, startAt: startAt.toISOString(), ...rest } });
  }

  async tick(at: Date): Promise<TickReport> {
    return ((await this.request({ tick: at.toISOString() })) as { ticked: TickReport }).ticked;
  }

  /** Starts the scheduler loop (a tick at once, then polling), as main.ts does. */
  serve(at: Date): Promise<unknown> {
    return this.request({ serve: at.toISOString() });
  }

  /** Resolves with the first log line with this message. */
  said(text: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      const check = () => {
        const line = this.logs.find((entry) => entry.msg === text);
        if (line === undefined) return;
        this.onLog = undefined;
        resolve(line);
      };
      this.onLog = check;
      check();
    });
  }

  terminate(): void {
    this.child.kill("SIGTERM");
  }

  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill("SIGKILL");
    await this.exited;
  }

  private request(message: object): Promise<unknown> {
    return askChildProcess(this.child, ++this.sequence, message, "replica");
  }
}
