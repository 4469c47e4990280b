// The PersonalData port over libSQL: /hapusdata takes a user's id out of every
// table in one atomic batch. A private chat's id is its user's id. The rows
// that record who changed public data (audit_log.actor, releases.created_by
// and published_by, audit details naming an editor, the sources an admin set
// the bot to watch: watch_sources.created_by) and an editor's own row
// (access an owner granted) are kept, and counted so the answer can say so.

import type { Client } from "@libsql/client";
import type { PersonalData } from "../domain/privacy.ts";

/**
 * What subscriptions.created_by becomes for a group or channel whose
 * subscriber asked to be forgotten: the column is NOT NULL, and Telegram never
 * gives a user the id 0.
 */
export const FORGOTTEN_SUBSCRIBER = 0;

export function createPersonalData(client: Client): PersonalData {
  return {
    async forgetUser(userId) {
      const actor = `tg:${userId}`;
      const results = await client.batch(
        [
          { sql: "DELETE FROM deliveries WHERE chat_id = ?", args: [userId] },
          { sql: "DELETE FROM subscriptions WHERE chat_id = ?", args: [userId] },
          { sql: "DELETE FROM pending_imports WHERE user_id = ?", args: [userId] },
          {
            sql: "UPDATE subscriptions SET created_by = ? WHERE created_by = ?",
            args: [FORGOTTEN_SUBSCRIBER, userId],
          },
          // The news still goes out; nobody is told how its delivery went.
          { sql: "UPDATE broadcasts SET created_by = NULL WHERE created_by = ?", args: [userId] },
          { sql: "SELECT EXISTS (SELECT 1 FROM admins WHERE user_id = ?) AS kept", args: [userId] },
          {
            sql: `SELECT EXISTS (SELECT 1 FROM audit_log WHERE actor = ?1)
                      OR EXISTS (SELECT 1 FROM releases WHERE created_by = ?1 OR published_by = ?1)
                      OR EXISTS (SELECT 1 FROM watch_sources WHERE created_by = ?1)
                      AS kept`,
            args: [actor],
          },
        ],
        "write",
      );
      const [deliveries, subscription, pendingImports, subscribedChats, reports, editor, writes] =
        results;
      return {
        subscription: (subscription?.rowsAffected ?? 0) > 0,
        deliveries: deliveries?.rowsAffected ?? 0,
        pendingImports: pendingImports?.rowsAffected ?? 0,
        subscribedChats: subscribedChats?.rowsAffected ?? 0,
        deliveryReports: reports?.rowsAffected ?? 0,
        editor: Number(editor?.rows[0]?.kept) === 1,
        adminWrites: Number(writes?.rows[0]?.kept) === 1,
      };
    },
  };
}
