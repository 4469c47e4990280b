// The PendingImports port over libSQL: parsed imports kept between the update
// that showed them and the button press that confirms them. A day later they
// are gone: an unconfirmed import is dropped when the next one is saved.

import type { Client } from "@libsql/client";
import type { PendingImport, PendingImports } from "../domain/admin/ports.ts";
import { numeric, text } from "./rows.ts";

const FRESH = "created_at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 day')";

export function createPendingImports(client: Client): PendingImports {
  async function read(sql: string, id: number, userId: number): Promise<PendingImport | null> {
    const { rows } = await client.execute({ sql, args: [id, userId] });
    // Written only by save(), from a PendingImport.
    return rows[0] ? (JSON.parse(text(rows[0], "payload")) as PendingImport) : null;
  }

  return {
    async save(userId, pending) {
      const [, saved] = await client.batch(
        [
          `DELETE FROM pending_imports WHERE NOT (${FRESH})`,
          {
            sql: "INSERT INTO pending_imports (user_id, payload) VALUES (?, ?) RETURNING id",
            args: [userId, JSON.stringify(pending)],
          },
        ],
        "write",
      );
      const row = saved?.rows[0];
      if (row === undefined) throw new Error("the pending import was not returned");
      return numeric(row, "id");
    },

    get: (id, userId) =>
      read(
        `SELECT payload FROM pending_imports WHERE id = ? AND user_id = ? AND ${FRESH}`,
        id,
        userId,
      ),

    take: (id, userId) =>
      read(
        `DELETE FROM pending_imports WHERE id = ? AND user_id = ? AND ${FRESH} RETURNING payload`,
        id,
        userId,
      ),
  };
}
