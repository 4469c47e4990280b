// The server's HealthCheck over libSQL: one cheap read that proves the database
// answers and says which release the bot currently answers from.

import type { Client } from "@libsql/client";
import type { HealthCheck } from "../domain/updates/ports.ts";
import { text } from "./rows.ts";

// Same order as the facts query's releases: the newest published one is current.
const CURRENT_RELEASE = `
  SELECT as_of FROM releases WHERE status = 'published'
  ORDER BY as_of DESC, id DESC LIMIT 1`;

export function createHealthCheck(client: Client): HealthCheck {
  return async () => {
    const { rows } = await client.execute(CURRENT_RELEASE);
    const row = rows[0];
    return { releaseAsOf: row === undefined ? null : text(row, "as_of") };
  };
}
