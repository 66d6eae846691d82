import type { ChildProcess } from "node:child_process";

/**
 * Sends a message to a child process and resolves with its answer of the same id. Answers to other
 * requests (a tick an earlier, timed-out test left running) are not this one's; a child that ends
 * first, or answers `failed`, rejects.
 */
export function askChildProcess(child: ChildProcess, id: number, message: object, name: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null, signal: string | null) => {
      child.off("message", onMessage);
      reject(new Error(`${name} ended (${signal ?? code})`));
    };
    const onMessage = (answer: { id?: number; failed?: string }) => {
      if (answer.id !== id) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (answer.failed !== undefined) reject(new Error(answer.failed));
      else resolve(answer);
    };
    child.once("exit", onExit);
    child.on("message", onMessage);
    child.send({ ...message, id });
  });
}
