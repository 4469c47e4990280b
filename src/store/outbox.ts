// The Outbox port over libSQL. Every update after the claim names the lease:
// a delivery another worker has since claimed (this one's lease ran out) is
// left alone.

import type { Client, InStatement } from "@libsql/client";
import type { DeliveryState, Outbox } from "../domain/broadcast/ports.ts";
import { moveChatQueries } from "./chat-moves.ts";
import { claimDeliveries, DUE, PAUSED_UNTIL_KEY, SUMMARY_OWED } from "./outbox-claim.ts";
import { deactivation } from "./subscriptions.ts";
import { statementOf, typed } from "./typed.ts";

const UNLEASE = "lease_owner = NULL, lease_until = NULL";
const MINE = "WHERE id = ? AND lease_owner = ?";

/** ?3 now (numbered as in the claim's conditions). */
const ANYTHING_DUE = `
  SELECT NOT EXISTS (SELECT 1 FROM meta WHERE key = '${PAUSED_UNTIL_KEY}' AND CAST(value AS INTEGER) > ?3)
     AND (EXISTS (SELECT 1 FROM deliveries WHERE ${DUE})
          OR EXISTS (SELECT 1 FROM broadcasts b WHERE ${SUMMARY_OWED})) AS due,
         MAX((SELECT MIN(next_attempt_at) FROM deliveries WHERE status = 'pending'),
             COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = '${PAUSED_UNTIL_KEY}'), 0))
           AS next`;

const PAUSE = `
  INSERT INTO meta (key, value) VALUES ('${PAUSED_UNTIL_KEY}', ?)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value`;

export function createOutbox(client: Client): Outbox {
  const settle = (sql: string, args: (string | number)[]) =>
    client.execute({ sql, args }).then(() => undefined);

  return {
    async due(now) {
      const { rows } = await client.execute({ sql: ANYTHING_DUE, args: [null, null, now] });
      const next = rows[0]?.next;
      return {
        now: Number(rows[0]?.due) === 1,
        next: next === null || next === undefined ? null : Number(next),
      };
    },

    claim: (request) => claimDeliveries(client, request),

    claimNamed: (request, ids) => claimDeliveries(client, request, ids),

    async states(ids) {
      const { rows } = await client.execute({
        // A pause holds every delivery back until it ends.
        sql: `SELECT id, status,
                     MAX(next_attempt_at, COALESCE((SELECT CAST(value AS INTEGER) FROM meta
                                                    WHERE key = '${PAUSED_UNTIL_KEY}'), 0)) AS next_attempt_at
              FROM deliveries WHERE id IN (SELECT value FROM json_each(?))`,
        args: [JSON.stringify(ids)],
      });
      return new Map(
        rows.map((row) => [
          Number(row.id),
          {
            // A CHECK constraint holds status to these values.
            status: String(row.status) as DeliveryState["status"],
            nextAttemptAt: Number(row.next_attempt_at),
          },
        ]),
      );
    },

    failUnsettled: (ids, error) =>
      settle(
        `UPDATE deliveries SET status = 'failed', last_error = ?, ${UNLEASE}
         WHERE id IN (SELECT value FROM json_each(?)) AND status IN ('pending', 'sending')`,
        [error, JSON.stringify(ids)],
      ),

    sent: (id, lease, messageId, at) =>
      settle(
        `UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ?, last_error = NULL, ${UNLEASE} ${MINE}`,
        [messageId, at, id, lease],
      ),

    retry: (id, lease, at, error) =>
      settle(
        `UPDATE deliveries SET status = 'pending', next_attempt_at = ?, last_error = ?, ${UNLEASE} ${MINE}`,
        [at, error, id, lease],
      ),

    defer: (id, lease, at, reason) =>
      settle(
        `UPDATE deliveries
         SET status = 'pending', next_attempt_at = ?, last_error = ?, attempts = attempts - 1, ${UNLEASE}
         ${MINE}`,
        [at, reason, id, lease],
      ),

    fail: (id, lease, error) =>
      settle(`UPDATE deliveries SET status = 'failed', last_error = ?, ${UNLEASE} ${MINE}`, [
        error,
        id,
        lease,
      ]),

    async drop(id, lease, chatId, reason) {
      const dropped: InStatement = {
        sql: `UPDATE deliveries SET status = 'inactive', last_error = ?, ${UNLEASE} ${MINE}`,
        args: [reason ?? "not subscribed", id, lease],
      };
      if (reason === undefined) await client.execute(dropped);
      else
        await client.batch(
          [dropped, statementOf(deactivation(typed(client).db, chatId, reason))],
          "write",
        );
    },

    async move(id, lease, from, to) {
      await client.batch(
        [
          ...moveChatQueries(typed(client).db, from, to).map(statementOf),
          // Due at once in the supergroup (the attempt counts: a chat that keeps
          // moving ends up failed, not sent to forever)...
          {
            sql: `UPDATE OR IGNORE deliveries
                  SET chat_id = ?, status = 'pending', next_attempt_at = 0, ${UNLEASE}
                  ${MINE}`,
            args: [to, id, lease],
          },
          // ...unless the supergroup has this broadcast already.
          {
            sql: `UPDATE deliveries SET status = 'inactive', last_error = 'moved to a supergroup',
                  ${UNLEASE} ${MINE}`,
            args: [id, lease],
          },
        ],
        "write",
      );
    },

    release: (lease) =>
      settle(
        `UPDATE deliveries SET status = 'pending', attempts = attempts - 1, ${UNLEASE}
         WHERE status = 'sending' AND lease_owner = ?`,
        [lease],
      ),

    pause: (until) => settle(PAUSE, [String(until)]),
  };
}
