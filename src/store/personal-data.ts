// The PersonalData port over libSQL: /hapusdata deletes a user's rows in one
// atomic batch. A private chat's id is its user's id.

import type { Client } from "@libsql/client";
import type { PersonalData } from "../domain/privacy.ts";

export function createPersonalData(client: Client): PersonalData {
  return {
    async forgetUser(userId) {
      const [deliveries, subscription, pendingImports] = await client.batch(
        [
          { sql: "DELETE FROM deliveries WHERE chat_id = ?", args: [userId] },
          { sql: "DELETE FROM subscriptions WHERE chat_id = ?", args: [userId] },
          { sql: "DELETE FROM pending_imports WHERE user_id = ?", args: [userId] },
        ],
        "write",
      );
      return {
        subscription: (subscription?.rowsAffected ?? 0) > 0,
        deliveries: deliveries?.rowsAffected ?? 0,
        pendingImports: pendingImports?.rowsAffected ?? 0,
      };
    },
  };
}
