import { parentPort, workerData } from "node:worker_threads";
import { UserError } from "../../errors.js";
import { readCalendar, type CALENDAR_CAPS, type CalendarReading } from "./read-calendar.js";

export interface CalendarWorkerInput {
  text: string;
  today: string;
  closureWords: readonly string[] | undefined;
  caps: typeof CALENDAR_CAPS;
}

export type CalendarWorkerOutput =
  | { started: true }
  | { ok: true; result: CalendarReading }
  | { ok: false; userError: { code: UserError["code"]; message: string } | null };

const { text, today, closureWords, caps } = workerData as CalendarWorkerInput;
parentPort!.postMessage({ started: true } satisfies CalendarWorkerOutput);
let output: CalendarWorkerOutput;
try {
  output = { ok: true, result: readCalendar(text, today, closureWords, caps) };
} catch (error) {
  output = { ok: false, userError: error instanceof UserError ? { code: error.code, message: error.message } : null };
}
parentPort!.postMessage(output);
