// The WatchItems port over libSQL: every item seen on a watched source, once
// per story address, and the candidates among them with the import as read.

import type { Client, Row } from "@libsql/client";
import type { PendingImport } from "../domain/admin/ports.ts";
import type { Candidate, ItemStatus, WatchItems } from "../domain/watch/ports.ts";
import { numeric, text } from "./rows.ts";

const CANDIDATE_COLUMNS = "id, source_id, url, status, payload, created_at";

export function createWatchItems(client: Client): WatchItems {
  return {
    async seen(urlKeys) {
      if (urlKeys.length === 0) return new Set();
      const { rows } = await client.execute({
        sql: `SELECT url_key FROM watch_items WHERE url_key IN (${urlKeys.map(() => "?").join(", ")})`,
        args: urlKeys,
      });
      return new Set(rows.map((row) => text(row, "url_key")));
    },

    async withContent(contentHash) {
      const { rows } = await client.execute({
        sql: `SELECT ${CANDIDATE_COLUMNS} FROM watch_items
              WHERE content_hash = ? AND payload IS NOT NULL ORDER BY id LIMIT 1`,
        args: [contentHash],
      });
      return rows[0] ? candidateOf(rows[0]) : null;
    },

    async record(item) {
      const { rows } = await client.execute({
        sql: `INSERT INTO watch_items (source_id, url_key, url, content_hash, status, note, payload)
              VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url_key) DO NOTHING RETURNING id`,
        args: [
          item.sourceId,
          item.urlKey,
          item.url,
          item.contentHash,
          item.status,
          item.note,
          item.pending ? JSON.stringify(item.pending) : null,
        ],
      });
      return rows[0] ? numeric(rows[0], "id") : null;
    },

    async get(id) {
      const { rows } = await client.execute({
        sql: `SELECT ${CANDIDATE_COLUMNS} FROM watch_items WHERE id = ? AND payload IS NOT NULL`,
        args: [id],
      });
      return rows[0] ? candidateOf(rows[0]) : null;
    },

    async settle(id, status) {
      const { rows } = await client.execute({
        sql: `UPDATE watch_items SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
              WHERE id = ? AND status = 'new' AND payload IS NOT NULL
              RETURNING ${CANDIDATE_COLUMNS}`,
        args: [status, id],
      });
      return rows[0] ? candidateOf(rows[0]) : null;
    },

    async reopen(id) {
      await client.execute({
        sql: "UPDATE watch_items SET status = 'new' WHERE id = ? AND status = 'drafted'",
        args: [id],
      });
    },
  };
}

function candidateOf(row: Row): Candidate {
  return {
    id: numeric(row, "id"),
    sourceId: numeric(row, "source_id"),
    url: text(row, "url"),
    // A CHECK constraint holds status to ITEM_STATUSES.
    status: text(row, "status") as ItemStatus,
    // Written only by record(), from a PendingImport.
    pending: JSON.parse(text(row, "payload")) as PendingImport,
    createdAt: text(row, "created_at"),
  };
}
