import type { Core } from "../../../src/ports/core.js";
import type { Reply, SubmitResult } from "../../../src/ui/reply.js";

const ANSWERING = new Set<PropertyKey>(["runCommandLine", "runCommand", "runAction", "submitForm"]);

/**
 * The same core, noting every answer it gives an adapter: an end-to-end case then knows whether the
 * core refused (so the database must not have changed) without reading the platform's rendering.
 */
export function recordReplies(core: Core, replies: (Reply | SubmitResult)[]): Core {
  return new Proxy(core, {
    get(target, key) {
      if (key === "withQueryGate") return (gate: () => Promise<void>) => recordReplies(target.withQueryGate(gate), replies);
      // The Bot keeps its state in #private fields, so its methods run on the Bot itself, not the proxy.
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== "function") return value;
      if (!ANSWERING.has(key)) return value.bind(target);
      return async (...args: unknown[]) => {
        const reply = (await value.apply(target, args)) as Reply | SubmitResult;
        replies.push(reply);
        return reply;
      };
    },
  });
}
