import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { TickReport } from "../../../src/scheduler/scheduler.js";

const script = path.join(import.meta.dirname, "scheduler-process.ts");

/** One scheduler process (see scheduler-process.ts) that the test ticks at chosen instants. */
export class SchedulerProcess {
  private constructor(private readonly child: ChildProcess) {}

  static async start(options: { databaseUrl: string; platformUrl: string; workerId: string; startAt: Date; batchSize?: number }): Promise<SchedulerProcess> {
    const child = fork(script, [], {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, DATABASE_URL: options.databaseUrl, PLATFORM_URL: options.platformUrl, WORKER_ID: options.workerId, START_AT: options.startAt.toISOString(), BATCH_SIZE: String(options.batchSize ?? 50) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    await new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`scheduler process exited with ${code} before it was ready`)));
    });
    return new SchedulerProcess(child);
  }

  /** Ticks at `at`; resolves with the tick's report (or rejects when the process dies first). */
  tick(at: Date): Promise<TickReport> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null, signal: string | null) => reject(new Error(`scheduler process ended (${signal ?? code}) during a tick`));
      this.child.once("exit", onExit);
      this.child.once("message", (message: { ticked?: TickReport; failed?: string }) => {
        this.child.off("exit", onExit);
        if (message.ticked !== undefined) resolve(message.ticked);
        else reject(new Error(message.failed));
      });
      this.child.send({ tick: at.toISOString() });
    });
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
}
