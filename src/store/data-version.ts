// meta.data_version: an integer bumped by every admin write, in the same batch
// as the write. Readers that cache (reference data) compare it to notice changes.

import type { InStatement, ResultSet } from "@libsql/client";

export const bumpDataVersion: InStatement = `
  INSERT INTO meta (key, value) VALUES ('data_version', '1')
  ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`;

export const selectDataVersion: InStatement =
  "SELECT CAST(value AS INTEGER) AS version FROM meta WHERE key = 'data_version'";

/** 0 for a database that has never been written by the application. */
export function dataVersionOf(result: ResultSet): number {
  return Number(result.rows[0]?.version ?? 0);
}
