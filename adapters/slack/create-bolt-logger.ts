import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../src/logging/create-logger.js";
import { describeSlackError, redactTokens } from "./describe-slack-error.js";

function renderPart(part: unknown): string {
  if (part instanceof Error) return JSON.stringify(describeSlackError(part));
  if (typeof part === "string") return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

function render(parts: unknown[]): string {
  return redactTokens(parts.map(renderPart).join(" "));
}

/** Bolt's and the Web API's log lines, through the bot's logger, with tokens taken out. */
export function createBoltLogger(logger: Logger): BoltLogger {
  const slack = logger.child({ component: "slack" });
  let level = LogLevel.INFO;
  return {
    debug: (...parts) => slack.debug(render(parts)),
    info: (...parts) => slack.info(render(parts)),
    warn: (...parts) => slack.warn(render(parts)),
    error: (...parts) => slack.error(render(parts)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
