import { parentPort, workerData } from "node:worker_threads";
import { UserError } from "../../errors.js";
import { readCalendarBlackouts, type CALENDAR_CAPS } from "./read-calendar-blackouts.js";

export interface CalendarWorkerInput {
  text: string;
  today: string;
  caps: typeof CALENDAR_CAPS;
}

export type CalendarWorkerOutput =
  | { started: true }
  | { ok: true; result: ReturnType<typeof readCalendarBlackouts> }
  | { ok: false; userError: { code: UserError["code"]; message: string } | null };

const { text, today, caps } = workerData as CalendarWorkerInput;
parentPort!.postMessage({ started: true } satisfies CalendarWorkerOutput);
let output: CalendarWorkerOutput;
try {
  output = { ok: true, result: readCalendarBlackouts(text, today, caps) };
} catch (error) {
  output = { ok: false, userError: error instanceof UserError ? { code: error.code, message: error.message } : null };
}
parentPort!.postMessage(output);
