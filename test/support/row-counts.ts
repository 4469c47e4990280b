// How many rows the tables admin writes touch hold: compared before and after
// an action to prove it wrote nothing.

import type { Client } from "@libsql/client";

const COUNTED = [
  "releases",
  "observations",
  "targets",
  "audit_log",
  "admins",
  "pending_imports",
  "indicators",
] as const;

/** Rows per table. */
export async function rowCounts(client: Client): Promise<Record<string, number>> {
  const results = await client.batch(
    COUNTED.map((table) => `SELECT COUNT(*) AS n FROM ${table}`),
    "read",
  );
  return Object.fromEntries(COUNTED.map((table, i) => [table, Number(results[i]?.rows[0]?.n)]));
}
