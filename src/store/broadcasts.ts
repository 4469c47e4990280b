// The Broadcasts port over libSQL: enqueueing is a broadcast row and one
// delivery per matching active subscription, written by INSERT … SELECT in the
// batch of the publication or correction itself, so the outbox can never miss
// (or invent) a release.
//
// A subscription matches a value when its indicator filter (if any) is the
// value's indicator, and its region filter (if any) is the value's region or,
// for a province, the region's province. A release matches when any of its
// values does; a correction when the corrected value does.

import type { Client, InStatement, Row } from "@libsql/client";
import type {
  BroadcastKind,
  BroadcastState,
  Broadcasts,
  CorrectionDetail,
} from "../domain/broadcast/ports.ts";
import { numeric, text } from "./rows.ts";

/** The broadcast inserted last: in the enqueueing batch, the one just written. */
const NEW_BROADCAST = "(SELECT MAX(id) FROM broadcasts)";

/** True when subscription s wants news of value v (columns indicator, region_code). */
const WANTS = `
  (s.indicator_filter IS NULL OR s.indicator_filter = v.indicator)
  AND (s.region_filter IS NULL OR s.region_filter = v.region_code
       OR s.region_filter = (SELECT parent_code FROM regions WHERE code = v.region_code))`;

const INSERT_BROADCAST =
  "INSERT INTO broadcasts (kind, release_id, detail, created_by) VALUES (?, ?, ?, ?)";

const RECENT = `
  SELECT b.id, b.kind, b.release_id, r.title, b.detail, b.created_at,
         COUNT(d.id) FILTER (WHERE d.status IN ('pending', 'sending')) AS pending,
         COUNT(d.id) FILTER (WHERE d.status = 'sent') AS sent,
         COUNT(d.id) FILTER (WHERE d.status = 'failed') AS failed,
         COUNT(d.id) FILTER (WHERE d.status = 'inactive') AS inactive
  FROM broadcasts b
  JOIN releases r ON r.id = b.release_id
  LEFT JOIN deliveries d ON d.broadcast_id = b.id
  GROUP BY b.id
  ORDER BY b.id DESC
  LIMIT ?`;

export function createBroadcasts(client: Client): Broadcasts<InStatement> {
  return {
    forRelease(releaseId, notify) {
      return [
        { sql: INSERT_BROADCAST, args: ["release", releaseId, null, notify] },
        {
          sql: `INSERT INTO deliveries (broadcast_id, chat_id)
                SELECT ${NEW_BROADCAST}, s.chat_id FROM subscriptions s
                WHERE s.active = 1 AND EXISTS (
                  SELECT 1 FROM observations v WHERE v.release_id = ? AND ${WANTS})`,
          args: [releaseId],
        },
      ];
    },

    forCorrection({ release, ...detail }, notify) {
      return [
        {
          sql: INSERT_BROADCAST,
          args: ["correction", release.id, JSON.stringify(detail), notify],
        },
        {
          sql: `INSERT INTO deliveries (broadcast_id, chat_id)
                SELECT ${NEW_BROADCAST}, s.chat_id
                FROM subscriptions s, (SELECT ? AS indicator, ? AS region_code) v
                WHERE s.active = 1 AND ${WANTS}`,
          args: [detail.indicator, detail.region],
        },
      ];
    },

    async recent(limit) {
      const { rows } = await client.execute({ sql: RECENT, args: [limit] });
      return rows.map(broadcastStateOf);
    },

    async retryFailed(broadcastId) {
      const [exists, retried] = await client.batch(
        [
          { sql: "SELECT 1 FROM broadcasts WHERE id = ?", args: [broadcastId] },
          {
            sql: `UPDATE deliveries
                  SET status = 'pending', attempts = 0, next_attempt_at = 0, last_error = NULL
                  WHERE broadcast_id = ? AND status = 'failed'`,
            args: [broadcastId],
          },
          // Its summary is owed again once these are done (changes(): the update before).
          {
            sql: "UPDATE broadcasts SET summary_sent_at = NULL WHERE id = ? AND changes() > 0",
            args: [broadcastId],
          },
        ],
        "write",
      );
      if (exists?.rows.length === 0) return null;
      return retried?.rowsAffected ?? 0;
    },
  };
}

/** A row with the columns of RECENT (and of the summary claim, which has the same). */
export function broadcastStateOf(row: Row): BroadcastState {
  return {
    id: numeric(row, "id"),
    // A CHECK constraint holds kind to the domain's values.
    kind: text(row, "kind") as BroadcastKind,
    release: { id: numeric(row, "release_id"), title: text(row, "title") },
    correction: correctionOf(row),
    createdAt: text(row, "created_at"),
    counts: {
      pending: numeric(row, "pending"),
      sent: numeric(row, "sent"),
      failed: numeric(row, "failed"),
      inactive: numeric(row, "inactive"),
    },
  };
}

/** The detail column of a broadcasts row: the correction it announces, if any. */
export function correctionOf(row: Row): CorrectionDetail | null {
  const detail = row.detail;
  // Written only by forCorrection, from a CorrectionDetail.
  return typeof detail === "string" ? (JSON.parse(detail) as CorrectionDetail) : null;
}
