import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { TickReport } from "../../../src/scheduler/scheduler.js";
import { askChildProcess } from "../../support/ask-child-process.js";

const script = path.join(import.meta.dirname, "scheduler-process.ts");

/** One scheduler process (see scheduler-process.ts) that the test connects to a database and ticks. */
export class SchedulerProcess {
  private sequence = 0;

  private constructor(private readonly child: ChildProcess) {}

  static async start(): Promise<SchedulerProcess> {
    const child = fork(script, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    await new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`scheduler process exited with ${code} before it was ready`)));
    });
    return new SchedulerProcess(child);
  }

  /** Connects it to a database as `workerId`, with its clock at `startAt`. */
  async open(options: { databaseUrl: string; platformUrl: string; workerId: string; startAt: Date; batchSize?: number }): Promise<void> {
    await this.request({ open: { url: options.databaseUrl, platformUrl: options.platformUrl, workerId: options.workerId, startAt: options.startAt.toISOString(), batchSize: options.batchSize ?? 10 } });
  }

  /** Ticks at `at`; resolves with the tick's report (or rejects when the process dies first). */
  async tick(at: Date): Promise<TickReport> {
    const answer = (await this.request({ tick: at.toISOString() })) as { ticked: TickReport };
    return answer.ticked;
  }

  /** Ends the process as a crash would: no cleanup, claims left behind. */
  kill(): void {
    this.child.kill("SIGKILL");
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.send({ exit: true });
    await exited;
  }

  private request(message: object): Promise<unknown> {
    return askChildProcess(this.child, ++this.sequence, message, "scheduler process");
  }

}
