import { Worker } from "node:worker_threads";
import { UserError } from "../../errors.js";
import { CALENDAR_CAPS, type CalendarReading } from "./read-calendar.js";
import type { CalendarWorkerInput, CalendarWorkerOutput } from "./read-calendar.worker.js";

export const CALENDAR_TIME_LIMIT_MS = 5_000;
const STARTUP_LIMIT_MS = 30_000;

/**
 * Built, the worker is the .js file beside this one. From source (vitest, tsx) it is a .ts file,
 * which a worker can only load once tsx's hooks are registered in it (execArgv --import is not
 * applied to workers on Node 20).
 */
function startWorker(input: CalendarWorkerInput): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: 256 };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./read-calendar.worker.js", import.meta.url), { workerData: input, resourceLimits });
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const file = JSON.stringify(new URL("./read-calendar.worker.ts", import.meta.url).href);
  return new Worker(`import(${tsx}).then(({ register }) => { register(); return import(${file}); })`, { eval: true, workerData: input, resourceLimits });
}

function tooSlow(limitMs: number): UserError {
  return new UserError(
    "bad-arguments",
    `That calendar took over ${limitMs / 1000} seconds to read, so I stopped and imported nothing. A repeating event whose rule never matches a day can do that; export the school year's holidays only and try again.`,
  );
}

/**
 * readCalendar in a worker thread, stopped after `limitMs`: ical.js can walk a rule for
 * seconds (or forever, FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) in one call, and the bot's event loop
 * must keep answering everyone else meanwhile.
 */
export function readCalendarInWorker(
  text: string,
  today: string,
  options: { closureWords?: readonly string[]; limitMs?: number; caps?: typeof CALENDAR_CAPS } = {},
): Promise<CalendarReading> {
  const limitMs = options.limitMs ?? CALENDAR_TIME_LIMIT_MS;
  const input: CalendarWorkerInput = { text, today, closureWords: options.closureWords, caps: options.caps ?? CALENDAR_CAPS };
  return new Promise((resolve, reject) => {
    const worker = startWorker(input);
    const stop = (error: UserError) => {
      reject(error);
      void worker.terminate();
    };
    // The limit is for reading; loading the worker (slow from source, under tsx) has its own.
    let timer = setTimeout(() => stop(tooSlow(limitMs)), STARTUP_LIMIT_MS);
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    worker.on("message", (output: CalendarWorkerOutput) => {
      if ("started" in output) {
        clearTimeout(timer);
        timer = setTimeout(() => stop(tooSlow(limitMs)), limitMs);
        return;
      }
      settle(() => {
        if (output.ok) resolve(output.result);
        else if (output.userError !== null) reject(new UserError(output.userError.code, output.userError.message));
        else reject(new UserError("bad-arguments", "That is not an iCalendar file I can read. Nothing was imported. Export the school calendar as .ics (it starts with BEGIN:VCALENDAR) and attach or paste it whole."));
      });
    });
    // Out of memory is the calendar's doing; any other failure is ours, logged with the apology.
    worker.once("error", (error: Error & { code?: string }) =>
      settle(() => reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? new UserError("bad-arguments", "That calendar is too large for me to read; export the school year's holidays only. Nothing was imported.") : error)),
    );
    // A rejection after the promise settled is ignored, so exiting after the answer does nothing.
    worker.once("exit", () => settle(() => reject(new Error("the calendar worker stopped without an answer"))));
  });
}
