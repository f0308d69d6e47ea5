import { z } from "zod";
import { type DiscordSharding, discordSharding, scaleVariables } from "./config-scale.js";
import { StartupError } from "./startup-error.js";

/**
 * The only reader of process.env. Every variable is listed in .env.example with a comment.
 * An empty string counts as unset, as it does in most .env files.
 */
const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const optionalUrl = optionalText.pipe(
  z
    .url({ protocol: /^https?$/, error: "should be an http(s) URL such as http://127.0.0.1:8080/api" })
    .optional(),
);

const environmentSchema = z
  .object({
    DATABASE_PATH: optionalText.pipe(
      z
        .string()
        .refine(
          (value) => !value.endsWith("/"),
          "should be a file path such as ./data/gigdesk.sqlite, not a folder",
        )
        .default("./data/gigdesk.sqlite"),
    ),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .refine(
          (value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value),
          "should be a PostgreSQL URL such as postgres://gigdesk:password@db.example:5432/gigdesk",
        )
        .optional(),
    ),
    LOG_LEVEL: optionalText.pipe(
      z.enum(logLevels, { error: `should be one of ${logLevels.join(", ")}` }).optional(),
    ),
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.pipe(
      z
        .string()
        .regex(
          /^\d{15,25}$/,
          "should be the application's numeric id (Developer Portal → General Information)",
        )
        .optional(),
    ),
    DISCORD_GUILD_ID: optionalText.pipe(
      z
        .string()
        .regex(/^\d{15,25}$/, "should be a numeric server (guild) id")
        .optional(),
    ),
    DISCORD_API_URL: optionalUrl,
    SLACK_BOT_TOKEN: optionalText.pipe(
      z.string().startsWith("xoxb-", "should be a bot token starting with xoxb-").optional(),
    ),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.pipe(
      z
        .string()
        .startsWith("xapp-", "should be an app-level token starting with xapp- (Socket Mode)")
        .optional(),
    ),
    SLACK_API_URL: optionalUrl,
    ALLOWED_COMMUNITIES: optionalText.pipe(
      z
        .string()
        .regex(
          /^[A-Za-z0-9_-]+(\s*,\s*[A-Za-z0-9_-]+)*$/,
          "should be Discord server and Slack workspace ids separated by commas",
        )
        .transform((list) => list.split(",").map((id) => id.trim()))
        .optional(),
    ),
    PORT: optionalText
      .pipe(
        z
          .string()
          .regex(/^\d{1,5}$/, "should be a port number from 1 to 65535")
          .transform(Number)
          .refine((port) => port >= 1 && port <= 65535, "should be a port number from 1 to 65535")
          .optional(),
      )
      .transform((port) => ({ port: port ?? 3000, explicit: port !== undefined })),
    PUBLIC_URL: optionalText.pipe(
      z
        .url({
          protocol: /^https?$/,
          error: "should be the site's public http(s) URL, e.g. https://faq.example.org",
        })
        .refine((value) => !/[?#]/.test(value), "should have no query or fragment")
        .optional(),
    ),
    WEB_SEARCHES_PER_MINUTE: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,6}$/, "should be a whole number of searches a minute per client address")
        .transform(Number)
        .refine((value) => value >= 1, "should be at least 1")
        .optional(),
    ),
    ...scaleVariables,
  })
  .superRefine((env, ctx) => {
    for (const issue of discordSharding(
      env.DISCORD_SHARDS,
      env.DISCORD_SHARD_COUNT,
      Boolean(env.DISCORD_TOKEN),
    ).issues)
      ctx.addIssue({ code: "custom", ...issue });
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_APPLICATION_ID"],
        message: "is required when DISCORD_TOKEN is set",
      });
    }
    if (env.DISCORD_APPLICATION_ID && !env.DISCORD_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["DISCORD_TOKEN"],
        message: "is required when DISCORD_APPLICATION_ID is set",
      });
    }
    if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_SIGNING_SECRET"],
        message: "is required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)",
      });
    }
    if (!env.SLACK_BOT_TOKEN && (env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN)) {
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_BOT_TOKEN"],
        message: "is required when another SLACK_ variable is set",
      });
    }
  });

export type LogLevel = (typeof logLevels)[number];

export interface AppConfig {
  databasePath: string;
  /** DATABASE_URL: when set, the stores live in this PostgreSQL database instead of the SQLite file. */
  databaseUrl?: string;
  /** Unset means: info for the platforms, warn on the console so logs do not drown the chat. */
  logLevel: LogLevel | undefined;
  discord:
    | {
        token: string;
        applicationId: string;
        guildId?: string;
        apiUrl?: string;
        /** DISCORD_SHARDS / DISCORD_SHARD_COUNT; unset: discord.js's default (one shard). */
        sharding?: DiscordSharding;
      }
    | undefined;
  /** How this process takes part in the once-per-thread claim shared with other instances. */
  claims: { leaseSeconds?: number; instanceId?: string };
  slack:
    | { botToken: string; signingSecret?: string; appToken?: string; apiUrl?: string; port: number }
    | undefined;
  /** Discord server and Slack workspace ids a self-hosted bot serves; undefined = every one it is in. */
  allowedSpaces: readonly string[] | undefined;
  /**
   * The one HTTP server (web pages, /healthz, Slack's /slack/events): on when PORT is set, or when
   * Slack runs (HTTP mode needs it; Socket Mode has always served /healthz), else no server.
   */
  http: { port: number } | undefined;
  web: { publicUrl?: string; searchesPerMinute?: number };
}

/** Variables whose values must never be printed, even in a configuration error. */
const secretVariables = new Set([
  // A database URL usually carries the password.
  "DATABASE_URL",
  "DISCORD_TOKEN",
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
]);

/** Reads the environment once; throws a StartupError listing every bad variable. */
export function loadConfig(environment: Record<string, string | undefined>): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? "environment");
      const raw = environment[variable];
      const shown = raw === undefined || secretVariables.has(variable) ? "" : ` (got "${raw.slice(0, 60)}")`;
      return `- ${variable}${shown}: ${issue.message}`;
    });
    const count = lines.length === 1 ? "1 setting is" : `${lines.length} settings are`;
    throw new StartupError(
      `gigdesk cannot start: ${count} not valid.\n${lines.join("\n")}\nSee .env.example for every variable and what it should look like.`,
    );
  }
  const env = parsed.data;
  const { sharding: shards } = discordSharding(env.DISCORD_SHARDS, env.DISCORD_SHARD_COUNT, true);
  const sharding = shards ? { sharding: shards } : {};
  return {
    databasePath: env.DATABASE_PATH,
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    logLevel: env.LOG_LEVEL,
    allowedSpaces: env.ALLOWED_COMMUNITIES,
    discord:
      env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID
        ? {
            token: env.DISCORD_TOKEN,
            applicationId: env.DISCORD_APPLICATION_ID,
            ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
            ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
            ...sharding,
          }
        : undefined,
    claims: {
      ...(env.THREAD_CLAIM_LEASE_SECONDS ? { leaseSeconds: env.THREAD_CLAIM_LEASE_SECONDS } : {}),
      ...(env.INSTANCE_ID ? { instanceId: env.INSTANCE_ID } : {}),
    },
    http: env.PORT.explicit || env.SLACK_BOT_TOKEN ? { port: env.PORT.port } : undefined,
    web: {
      ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL.replace(/\/+$/, "") } : {}),
      ...(env.WEB_SEARCHES_PER_MINUTE ? { searchesPerMinute: env.WEB_SEARCHES_PER_MINUTE } : {}),
    },
    slack: env.SLACK_BOT_TOKEN
      ? {
          botToken: env.SLACK_BOT_TOKEN,
          port: env.PORT.port,
          ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
          ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
          ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
        }
      : undefined,
  };
}
