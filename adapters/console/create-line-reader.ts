import { createInterface } from "node:readline";
import type { ReadLine } from "./ask-form.js";

/** Lines from a stream, one at a time, prompting only when a person is typing. */
export function createLineReader(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, interactive: boolean): { readLine: ReadLine; close(): void } {
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const buffered: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  lines.on("line", (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else buffered.push(line);
  });
  lines.on("close", () => {
    ended = true;
    for (const next of waiting.splice(0)) next(undefined);
  });
  return {
    readLine(prompt) {
      if (interactive) output.write(prompt);
      if (buffered.length > 0) return Promise.resolve(buffered.shift());
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => lines.close(),
  };
}
