// DATABASE_URL / DATABASE_AUTH_TOKEN → DatabaseConfig, validated once with a
// message that names the bad variable.

import * as v from "valibot";
import type { DatabaseConfig } from "../store/db.ts";

/** The embedded database, relative to the working directory (the project root under npm). */
export const DEFAULT_DATABASE_URL = "file:data/tanya.db";

const DatabaseEnv = v.object({
  DATABASE_URL: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^(file:|libsql:|https?:|wss?:|:memory:$)/,
        "must start with file:, libsql:, http(s): or ws(s):, or be :memory:",
      ),
    ),
    DEFAULT_DATABASE_URL,
  ),
  DATABASE_AUTH_TOKEN: v.optional(v.pipe(v.string(), v.nonEmpty("must not be empty when set"))),
});

export function databaseConfigFrom(env: Record<string, string | undefined>): DatabaseConfig {
  const result = v.safeParse(DatabaseEnv, env);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`${v.getDotPath(issue) ?? "environment"} ${issue.message}`);
  }
  const { DATABASE_URL: url, DATABASE_AUTH_TOKEN: authToken } = result.output;
  return authToken === undefined ? { url } : { url, authToken };
}
