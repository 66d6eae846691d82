import { z } from "zod";
import { NumberSchema } from "../argument-schemas.js";
import { MetricKeySchema } from "../metrics/metric-key-schema.js";

/** "enrollment=60, mentor-hours=400" as new targets by metric key. */
export const TargetsSchema = z.string().transform((value, context) => {
  const targets = new Map<string, number>();
  for (const part of value.split(",").map((piece) => piece.trim()).filter((piece) => piece !== "")) {
    const [rawKey, rawValue, ...extra] = part.split("=");
    const key = MetricKeySchema.safeParse(rawKey ?? "");
    const target = NumberSchema.safeParse(rawValue ?? "");
    if (extra.length > 0 || !key.success || !target.success) {
      context.addIssue({ code: "custom", message: `"${part.slice(0, 40)}" is not a target: write metric=number, such as enrollment=60,mentor-hours=400` });
      return z.NEVER;
    }
    targets.set(key.data, target.data);
  }
  if (targets.size === 0) {
    context.addIssue({ code: "custom", message: "give at least one target, such as enrollment=60" });
    return z.NEVER;
  }
  return targets;
});
