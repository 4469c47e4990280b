// Configuration, parsed and validated once from an environment-like record.
// Pure: the entry files pass process.env (Node) or the Worker's env in.

import * as v from "valibot";
import type { Lang } from "./domain/types.ts";

const optionalText = v.optional(v.pipe(v.string(), v.trim(), v.minLength(1)));

const EnvSchema = v.object({
  DATABASE_URL: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(file:|libsql:\/\/|https?:\/\/|wss?:\/\/|:memory:$)/, "must start with file:, libsql://, https:// or be :memory:"),
    ),
    "file:data/tanya.db",
  ),
  DATABASE_AUTH_TOKEN: optionalText,
  TELEGRAM_BOT_TOKEN: v.optional(
    v.pipe(v.string(), v.trim(), v.regex(/^\d+:[\w-]{20,}$/, "does not look like a BotFather token")),
  ),
  DEFAULT_PROVINCE: v.optional(v.pipe(v.string(), v.regex(/^\d{2}$/, "must be a two-digit province code")), "64"),
  /** Reply language when a message gives no clue: LANGUAGE, then LANG (e.g. en_US.UTF-8). */
  LANGUAGE: optionalText,
  LANG: optionalText,
});

export interface Config {
  databaseUrl: string;
  databaseAuthToken: string | undefined;
  botToken: string | undefined;
  defaultProvince: string;
  defaultLang: Lang;
}

export class ConfigError extends Error {}

export function createConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = v.safeParse(EnvSchema, present);
  if (!parsed.success) {
    const problems = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? "config"}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const e = parsed.output;
  return {
    databaseUrl: e.DATABASE_URL,
    databaseAuthToken: e.DATABASE_AUTH_TOKEN,
    botToken: e.TELEGRAM_BOT_TOKEN,
    defaultProvince: e.DEFAULT_PROVINCE,
    defaultLang: langFromLocale(e.LANGUAGE ?? e.LANG),
  };
}

/** "en_US.UTF-8" or "en" → "en"; anything else → Indonesian, the bot's first language. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "id";
}
