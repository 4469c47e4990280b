// A group that becomes a supergroup gets a new chat id. Its subscription moves
// to the new id, unless the supergroup already has one of its own (then that
// one stays and the old one is retired), and so do its deliveries still waiting.

import type { InStatement } from "@libsql/client";

export function moveChatStatements(from: number, to: number): InStatement[] {
  return [
    {
      sql: `UPDATE OR IGNORE subscriptions
            SET chat_id = ?2, chat_type = 'supergroup',
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE chat_id = ?1`,
      args: [from, to],
    },
    {
      sql: `UPDATE subscriptions
            SET active = 0, inactive_reason = 'migrated',
                updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
            WHERE chat_id = ?`,
      args: [from],
    },
    // A broadcast the supergroup already has stays where it is: never twice.
    {
      sql: "UPDATE OR IGNORE deliveries SET chat_id = ?2 WHERE chat_id = ?1 AND status = 'pending'",
      args: [from, to],
    },
  ];
}
