// The ProcessedUpdates port over libSQL: one row per claimed update_id.

import type { Client } from "@libsql/client";
import type { ProcessedUpdates } from "../server/processed-updates.ts";

// DO NOTHING leaves rowsAffected at 0 for an id already there, and SQLite
// serialises writers, so of two concurrent claims exactly one sees 1.
const CLAIM =
  "INSERT INTO processed_updates (update_id) VALUES (?) ON CONFLICT (update_id) DO NOTHING";

const RELEASE = "DELETE FROM processed_updates WHERE update_id = ?";

// Telegram gives up redelivering after a day; two days leaves a margin.
const PRUNE = `
  DELETE FROM processed_updates
  WHERE received_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-2 days')`;

/**
 * Update ids are sequential, so pruning rides along with one claim in this many:
 * the table stays small without a cron or an extra round trip per update.
 */
const PRUNE_EVERY = 100;

export function createProcessedUpdates(client: Client): ProcessedUpdates {
  return {
    async claim(updateId) {
      const claim = { sql: CLAIM, args: [updateId] };
      if (updateId % PRUNE_EVERY !== 0) return (await client.execute(claim)).rowsAffected === 1;
      // One round trip, and atomic.
      const [claimed] = await client.batch([claim, PRUNE], "write");
      return claimed?.rowsAffected === 1;
    },
    async release(updateId) {
      await client.execute({ sql: RELEASE, args: [updateId] });
    },
  };
}
