// Configuration, parsed and validated once from an environment-like record.
// Pure: the entry files pass process.env (Node) or the Worker's env in.

import type { UserFromGetMe } from "grammy/types";
import * as v from "valibot";
import type { Lang } from "./domain/types.ts";

/**
 * How long a broadcast send waits for Telegram's answer. One unanswered by then
 * may still arrive, so it is not sent again by itself (it is failed, for an
 * operator to retry). Long, so that a slow Telegram is waited for; leases are
 * held above it, and a send is started only when it can finish within its
 * lease. Here, not in src/broadcast: config is read by every layer and imports
 * none but the domain's types.
 */
export const SEND_TIMEOUT_SECONDS = 30;

const optionalText = v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, "must not be blank")));

const positiveWhole = (byDefault: number, least = 1, why = "") =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\s*\d+\s*$/, "must be a whole number"),
      v.transform(Number),
      v.minValue(least, `must be at least ${least}${why}`),
    ),
    String(byDefault),
  );

const EnvSchema = v.object({
  DATABASE_URL: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^(file:|libsql:\/\/|https?:\/\/|wss?:\/\/|:memory:$)/,
        "must start with file:, libsql://, https:// or be :memory:",
      ),
    ),
    "file:data/tanya.db",
  ),
  DATABASE_AUTH_TOKEN: optionalText,
  TELEGRAM_BOT_TOKEN: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.regex(/^\d+:[\w-]{20,}$/, "does not look like a BotFather token"),
    ),
  ),
  /** Another Bot API server: a self-hosted telegram-bot-api, or an emulator in tests. */
  TELEGRAM_API_ROOT: v.optional(
    v.pipe(v.string(), v.url("must be a URL")),
    "https://api.telegram.org",
  ),
  /** Public HTTPS URL of POST /telegram; set it to serve a webhook instead of polling. */
  WEBHOOK_URL: v.optional(v.pipe(v.string(), v.url("must be a URL"))),
  /**
   * Telegram's X-Telegram-Bot-Api-Secret-Token: A-Z a-z 0-9 _ -, at most 256
   * (Telegram's limit) and at least 16 here: it is all that tells Telegram's
   * updates from forged ones, so it must not be guessable.
   */
  WEBHOOK_SECRET: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^[\w-]{16,256}$/,
        "must be 16-256 characters of A-Z, a-z, 0-9, _ and - (e.g. from `openssl rand -hex 16`)",
      ),
    ),
  ),
  PORT: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\s*\d+\s*$/, "must be a port number from 1 to 65535"),
      v.transform(Number),
      v.minValue(1, "must be a port number from 1 to 65535"),
      v.maxValue(65535, "must be a port number from 1 to 65535"),
    ),
    "8787",
  ),
  /** How long `npm start` keeps trying to reach the Bot API before giving up. */
  TELEGRAM_START_WAIT_SECONDS: positiveWhole(60, 0),
  /** The interface the Node webhook server listens on, e.g. 127.0.0.1 behind a proxy on the same host. */
  HOST: optionalText,
  /** Numeric Telegram user ids of the owners, comma-separated. */
  ADMIN_USER_IDS: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\s*(\d+\s*(,\s*\d+\s*)*)?$/, "must be comma-separated numeric user ids"),
      v.transform((ids) =>
        ids
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean)
          .map(Number),
      ),
    ),
    "",
  ),
  /** getMe's result as JSON (`npm run cli -- bot-info`), so a Worker never calls getMe. */
  BOT_INFO: v.optional(
    v.pipe(
      v.string(),
      v.parseJson(undefined, "must be the JSON printed by `npm run cli -- bot-info`"),
      v.looseObject(
        { id: v.number(), is_bot: v.literal(true), username: v.string(), first_name: v.string() },
        "must be the JSON printed by `npm run cli -- bot-info`",
      ),
    ),
  ),
  DEFAULT_PROVINCE: v.optional(
    v.pipe(v.string(), v.regex(/^\d{2}$/, "must be a two-digit province code")),
    "64",
  ),
  /** Reply language when a message gives no clue: LANGUAGE, then LANG (e.g. en_US.UTF-8). */
  LANGUAGE: optionalText,
  LANG: optionalText,
  /** Broadcast messages per second, overall: Telegram allows about 30. */
  BROADCAST_RATE_PER_SECOND: positiveWhole(25),
  /** Broadcast messages per minute to one group or channel: Telegram allows about 20. */
  BROADCAST_GROUP_RATE_PER_MINUTE: positiveWhole(20),
  BROADCAST_BATCH_SIZE: positiveWhole(50),
  /** Broadcast sends waiting for Telegram's answer at once; after a crash at most this many go twice. */
  BROADCAST_SENDS_IN_FLIGHT: positiveWhole(8),
  BROADCAST_MAX_ATTEMPTS: positiveWhole(5),
  BROADCAST_LEASE_SECONDS: positiveWhole(
    60,
    SEND_TIMEOUT_SECONDS + 5,
    `: a send may take ${SEND_TIMEOUT_SECONDS} s, and is started only within its lease`,
  ),
  /** Node: how often the delivery loop looks for due deliveries. */
  BROADCAST_POLL_SECONDS: positiveWhole(5),
  /** Workers: subrequests one invocation may spend delivering (the free plan allows 50 in all). */
  BROADCAST_SUBREQUEST_BUDGET: positiveWhole(50),
  /** How often a watched source is looked at (and, on Node, how often the watching loop runs). */
  WATCH_INTERVAL_MINUTES: positiveWhole(60),
  /** Workers: subrequests a Cron invocation may spend watching sources, after delivering. */
  WATCH_SUBREQUEST_BUDGET: positiveWhole(20, 0),
});

/** How broadcasts are delivered; see the README's configuration table. */
export interface BroadcastSettings {
  ratePerSecond: number;
  groupRatePerMinute: number;
  batchSize: number;
  sendsInFlight: number;
  maxAttempts: number;
  leaseSeconds: number;
  pollSeconds: number;
  subrequestBudget: number;
}

export interface Config {
  databaseUrl: string;
  databaseAuthToken: string | undefined;
  botToken: string | undefined;
  apiRoot: string;
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  port: number;
  /** Undefined: every interface. */
  host: string | undefined;
  /** How long start-up keeps trying to reach the Bot API; 0: one try. */
  startWaitSeconds: number;
  adminUserIds: number[];
  /** Parsed BOT_INFO; the full getMe object is passed to grammY as is. */
  botInfo: UserFromGetMe | undefined;
  defaultProvince: string;
  defaultLang: Lang;
  broadcast: BroadcastSettings;
  watch: { intervalMinutes: number; subrequestBudget: number };
}

export class ConfigError extends Error {}

export function createConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = v.safeParse(EnvSchema, present, { message: withoutValue });
  if (!parsed.success) {
    const problems = parsed.issues.map(
      (issue) => `${v.getDotPath(issue) ?? "config"}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const e = parsed.output;
  return {
    databaseUrl: e.DATABASE_URL,
    databaseAuthToken: e.DATABASE_AUTH_TOKEN,
    botToken: e.TELEGRAM_BOT_TOKEN,
    apiRoot: e.TELEGRAM_API_ROOT.replace(/\/+$/, ""),
    webhookUrl: e.WEBHOOK_URL,
    webhookSecret: e.WEBHOOK_SECRET,
    port: e.PORT,
    host: e.HOST,
    startWaitSeconds: e.TELEGRAM_START_WAIT_SECONDS,
    adminUserIds: e.ADMIN_USER_IDS,
    // The schema checks the fields that identify a bot; the rest of getMe is taken on trust.
    botInfo: e.BOT_INFO as UserFromGetMe | undefined,
    defaultProvince: e.DEFAULT_PROVINCE,
    defaultLang: langFromLocale(e.LANGUAGE ?? e.LANG),
    broadcast: {
      ratePerSecond: e.BROADCAST_RATE_PER_SECOND,
      groupRatePerMinute: e.BROADCAST_GROUP_RATE_PER_MINUTE,
      batchSize: e.BROADCAST_BATCH_SIZE,
      sendsInFlight: e.BROADCAST_SENDS_IN_FLIGHT,
      maxAttempts: e.BROADCAST_MAX_ATTEMPTS,
      leaseSeconds: e.BROADCAST_LEASE_SECONDS,
      pollSeconds: e.BROADCAST_POLL_SECONDS,
      subrequestBudget: e.BROADCAST_SUBREQUEST_BUDGET,
    },
    watch: {
      intervalMinutes: e.WATCH_INTERVAL_MINUTES,
      subrequestBudget: e.WATCH_SUBREQUEST_BUDGET,
    },
  };
}

/**
 * For the rules above without a message of their own (the fields inside
 * BOT_INFO): valibot's default message quotes the value it received, and a
 * configuration error must never print a value, which may be a secret.
 */
function withoutValue(issue: v.BaseIssue<unknown>): string {
  return issue.expected === null ? `invalid ${issue.type}` : `expected ${issue.expected}`;
}

/** The settings that must never appear in a log or an error message. */
export function secretsOf(config: Config): string[] {
  // libSQL also takes the auth token as a query parameter of the URL.
  const url = config.databaseUrl;
  const inUrl = URL.canParse(url) ? new URL(url).searchParams.get("authToken") : null;
  return [config.botToken, config.webhookSecret, config.databaseAuthToken, inUrl].filter(
    (secret): secret is string => typeof secret === "string" && secret !== "",
  );
}

/** "en_US.UTF-8" or "en" → "en"; anything else → Indonesian, the bot's first language. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "id";
}
