import type { DeliveryTarget } from "./delivery.js";

/** The outbox stores a target as "channel:<id>" or "user:<id>"; adapters only ever see the typed value. */
export function formatDeliveryTarget(target: DeliveryTarget): string {
  return `${target.kind}:${target.id}`;
}

/** The typed target of a stored "channel:<id>" / "user:<id>"; null for anything else. */
export function parseDeliveryTarget(stored: string): DeliveryTarget | null {
  const match = /^(channel|user):(.+)$/.exec(stored);
  return match === null ? null : { kind: match[1] as DeliveryTarget["kind"], id: match[2]! };
}
