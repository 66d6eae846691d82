import { z } from "zod";
import type { Route } from "./build-partner-command.js";

// A user option comes with the resolved user and member: their name goes along with the mention.
const ValueOptionSchema = z.object({
  name: z.string(),
  type: z.number().int().min(3),
  value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
  user: z.object({ username: z.string(), globalName: z.string().nullish() }).optional().catch(undefined),
  member: z.object({ nickname: z.string().nullish(), nick: z.string().nullish() }).nullish().catch(undefined),
});
const SubcommandSchema = z.object({ name: z.string(), type: z.literal(1), options: z.array(ValueOptionSchema).default([]) });
const GroupSchema = z.object({ name: z.string(), type: z.literal(2), options: z.tuple([SubcommandSchema]) });
const PartnerOptionsSchema = z.tuple([z.union([SubcommandSchema, GroupSchema])]);

export interface CommandOptions {
  /** "metric add" or "status": the key of the route map. */
  path: string;
  values: z.infer<typeof ValueOptionSchema>[];
}

/** The subcommand path and option values of a `/partner` interaction; null when the shape is not one we registered. */
export function readCommandOptions(data: unknown): CommandOptions | null {
  const parsed = PartnerOptionsSchema.safeParse(data);
  if (!parsed.success) return null;
  const [top] = parsed.data;
  if (top.type === 1) return { path: top.name, values: top.options };
  const [leaf] = top.options;
  return { path: `${top.name} ${leaf.name}`, values: leaf.options };
}

/** `<@id|name>`: the mention form the core reads, with the server nickname or global name when Discord sent one. */
function mention(userId: string, option: CommandOptions["values"][number]): string {
  const name = (option.member?.nickname || option.member?.nick || option.user?.globalName || option.user?.username || "").replace(/[<>|]/g, "").trim();
  return name === "" ? `<@${userId}>` : `<@${userId}|${name}>`;
}

/** Option values as the raw argument strings the core parses: a user option becomes a mention, a flag yes or no. */
export function toRawArguments(route: Extract<Route, { kind: "command" }>, values: CommandOptions["values"]): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const { option, argument, kind } of route.options) {
    const value = values.find((candidate) => candidate.name === option)?.value;
    if (value === undefined || String(value).trim() === "") continue;
    if (kind === "user") raw[argument] = mention(String(value), values.find((candidate) => candidate.name === option)!);
    else if (typeof value === "boolean") raw[argument] = value ? "yes" : "no";
    else raw[argument] = String(value).trim();
  }
  return raw;
}
