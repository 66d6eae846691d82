import type { Core } from "./core.js";
import type { ChatPlatform } from "./delivery.js";
import type { PlatformConventions } from "./platform-conventions.js";

/** An adapter once started: how the outbox reaches its platform, and how to stop it. */
export interface RunningAdapter {
  platform: ChatPlatform;
  stop(): Promise<void>;
}

/**
 * What adding a platform means: its conventions (known before the core is built) and a start
 * that takes the core's one port and nothing else.
 */
export interface PlatformAdapter {
  readonly conventions: PlatformConventions;
  start(core: Core): Promise<RunningAdapter>;
}
