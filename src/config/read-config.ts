import cron from "node-cron";
import { z } from "zod";
import { MAKE_A_KEY, readEncryptionKey } from "../secrets/read-encryption-key.js";

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

type RawConfig = Partial<Record<"SLACK_BOT_TOKEN" | "SLACK_APP_TOKEN" | "SLACK_CLIENT_ID" | "SLACK_CLIENT_SECRET" | "SLACK_SIGNING_SECRET" | "SLACK_STATE_SECRET", string>> & { ENCRYPTION_KEY?: Buffer };

/** OAuth installs need all of these, and replace the one workspace's token. */
function checkSlackOAuth(config: RawConfig, context: z.RefinementCtx): void {
  const missing = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
  const basicInformation = "Slack app settings, Basic Information, App Credentials";
  if (config.SLACK_CLIENT_ID === undefined) missing("SLACK_CLIENT_ID", `is required with SLACK_CLIENT_SECRET (${basicInformation}, Client ID)`);
  if (config.SLACK_CLIENT_SECRET === undefined) missing("SLACK_CLIENT_SECRET", `is required with SLACK_CLIENT_ID (${basicInformation}, Client Secret)`);
  if (config.SLACK_SIGNING_SECRET === undefined) missing("SLACK_SIGNING_SECRET", `is required with SLACK_CLIENT_ID (${basicInformation}, Signing Secret)`);
  if (config.SLACK_STATE_SECRET === undefined) missing("SLACK_STATE_SECRET", `is required with SLACK_CLIENT_ID (it signs the install links): make one with ${MAKE_A_KEY}`);
  if (config.ENCRYPTION_KEY === undefined) missing("ENCRYPTION_KEY", `is required with SLACK_CLIENT_ID (it encrypts each workspace's bot token in the database): make one with ${MAKE_A_KEY}, and keep it: without it the stored installations cannot be read`);
  if (config.SLACK_BOT_TOKEN !== undefined) missing("SLACK_BOT_TOKEN", "leave it unset with SLACK_CLIENT_ID: each workspace's token comes from its installation (one workspace: SLACK_BOT_TOKEN alone)");
  if (config.SLACK_APP_TOKEN !== undefined) missing("SLACK_APP_TOKEN", "leave it unset with SLACK_CLIENT_ID: installs by OAuth use the HTTP request URL, not Socket Mode");
}

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
    // Installs by OAuth in many workspaces (README "Run it for many workspaces").
    SLACK_CLIENT_ID: optional,
    SLACK_CLIENT_SECRET: optional,
    SLACK_STATE_SECRET: optional.pipe(z.string().min(32, `expected at least 32 random characters: make one with ${MAKE_A_KEY}`).optional()),
    ENCRYPTION_KEY: optional.pipe(
      z
        .string()
        .transform((text, context) => {
          const key = readEncryptionKey(text);
          if (key === null) context.addIssue({ code: "custom", message: `expected 32 random bytes as base64 (44 characters) or hex (64): make one with ${MAKE_A_KEY}` });
          return key ?? Buffer.alloc(0);
        })
        .optional(),
    ),
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
    if (config.SLACK_CLIENT_ID !== undefined || config.SLACK_CLIENT_SECRET !== undefined) checkSlackOAuth(config, context);
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

/** How Slack runs: one workspace's bot token, installs by OAuth in many workspaces, or not at all. */
export function slackModeOf(config: Config): "single-token" | "oauth" | null {
  if (config.SLACK_CLIENT_ID !== undefined) return "oauth";
  return config.SLACK_BOT_TOKEN === undefined ? null : "single-token";
}

/** Console runs when asked to, or when no chat platform is configured. */
export function wantsConsole(config: Config): boolean {
  return config.CONSOLE || (slackModeOf(config) === null && config.DISCORD_TOKEN === undefined);
}
