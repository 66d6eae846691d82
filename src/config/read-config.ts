import cron from "node-cron";
import { z } from "zod";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""], { message: "expected 1 or 0" })
  .optional()
  .transform((value) => value === "1" || value === "true" || value === "yes");

/** A whole number of at least 1, or its default when unset or empty. */
const positiveWhole = (fallback: number) =>
  optional.pipe(z.coerce.number<string | undefined>({ message: "expected a whole number" }).int("expected a whole number").min(1, "expected 1 or more").optional()).transform((value) => value ?? fallback);

const CoordinatorEntry = z.string().regex(/^(slack|discord|console):[^:\s]+:[^:\s]+$/, "each entry is platform:workspace:user, such as slack:T0123:U0456");

export const ConfigSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .default("file:./data/bot.db")
      .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), "expected file:./path.db or postgresql://user:password@host:5432/db"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    CONSOLE: flag,
    DEMO_DATA: z
      .enum(["1", "0", ""])
      .default("1")
      .transform((value) => value !== "0"),
    COORDINATORS: z
      .string()
      .default("")
      .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
      .pipe(z.array(CoordinatorEntry)),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: optional,
    PUBLIC_URL: optional.pipe(
      z
        .url({ protocol: /^https?$/, message: "expected the dashboard's address, such as https://partners.example.org" })
        .optional(),
    ),
    SLACK_BOT_TOKEN: optional.pipe(z.string().startsWith("xoxb-", "a bot token starts with xoxb-").optional()),
    SLACK_SIGNING_SECRET: optional,
    SLACK_APP_TOKEN: optional.pipe(z.string().startsWith("xapp-", "an app-level token starts with xapp-").optional()),
    SLACK_API_URL: optional.pipe(z.url("expected a URL such as https://slack.com/api/").optional()),
    DISCORD_TOKEN: optional,
    DISCORD_APPLICATION_ID: optional.pipe(z.string().regex(/^\d+$/, "the application id is a number").optional()),
    DISCORD_API_URL: optional.pipe(z.url("expected a URL such as https://discord.com/api").optional()),
    DISCORD_GUILD_ID: optional.pipe(z.string().regex(/^\d+$/, "a server id is a number").optional()),
    DISCORD_TOTAL_SHARDS: optional.pipe(
      z
        .union([z.literal("auto"), z.coerce.number<string>().int().min(1, "expected auto or 1 or more shards")], { message: "expected auto or a whole number of shards, such as 4" })
        .default("auto"),
    ),
    METRICS_TOKEN: optional.pipe(z.string().min(16, "expected at least 16 characters, such as the output of openssl rand -hex 32").optional()),
    SCHEDULER: z
      .enum(["1", "0", ""], { message: "expected 1 or 0" })
      .default("1")
      .transform((value) => value !== "0"),
    SCHEDULER_TICK: optional.pipe(
      z
        .string()
        .refine((expression) => cron.validate(expression), "expected a cron expression such as * * * * * (every minute)")
        .default("* * * * *"),
    ),
    RETAIN_DELIVERED_DAYS: positiveWhole(90),
    RETAIN_PROCESSED_DELIVERIES_HOURS: positiveWhole(24),
  })
  .superRefine((config, context) => {
    if (config.SLACK_BOT_TOKEN !== undefined && config.SLACK_SIGNING_SECRET === undefined) {
      context.addIssue({ code: "custom", path: ["SLACK_SIGNING_SECRET"], message: "is required with SLACK_BOT_TOKEN (Slack app settings, Basic Information, Signing Secret)" });
    }
    if (config.SLACK_APP_TOKEN !== undefined && config.SLACK_BOT_TOKEN === undefined) {
      context.addIssue({ code: "custom", path: ["SLACK_BOT_TOKEN"], message: "is required with SLACK_APP_TOKEN (OAuth & Permissions, Bot User OAuth Token)" });
    }
    if (config.DISCORD_TOKEN !== undefined && config.DISCORD_APPLICATION_ID === undefined) {
      context.addIssue({ code: "custom", path: ["DISCORD_APPLICATION_ID"], message: "is required with DISCORD_TOKEN (Developer Portal, General Information, Application ID)" });
    }
  })
  // The dashboard's links need an address people can open; on one machine that is the local port.
  .transform((config) => ({ ...config, PUBLIC_URL: config.PUBLIC_URL ?? `http://127.0.0.1:${config.PORT}` }));

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment once at start; a bad value names the variable and what is expected. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${String(issue.path[0] ?? "environment")}: ${issue.message}`);
  throw new ConfigError(`The configuration has a problem (see .env.example):\n${lines.join("\n")}`);
}

/** Console runs when asked to, or when no chat platform is configured. */
export function wantsConsole(config: Config): boolean {
  return config.CONSOLE || (config.SLACK_BOT_TOKEN === undefined && config.DISCORD_TOKEN === undefined);
}
