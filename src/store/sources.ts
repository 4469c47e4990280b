// The WatchSources port over libSQL: the feeds and pages admins watch, with
// the validators of their last good fetch and how checking has gone.

import type { Client, Row } from "@libsql/client";
import type { SourceKind, WatchedSource, WatchSources } from "../domain/watch/ports.ts";
import { nullableText, numeric, text } from "./rows.ts";

const COLUMNS = `id, url, kind, keywords, region_code, etag, last_modified, failures,
  next_attempt_at, last_error, last_checked_at, created_by`;

export function createWatchSources(client: Client): WatchSources {
  return {
    async list() {
      const { rows } = await client.execute(`SELECT ${COLUMNS} FROM watch_sources ORDER BY id`);
      return rows.map(sourceOf);
    },

    async add(source) {
      const { rows } = await client.execute({
        sql: `INSERT INTO watch_sources (url, kind, keywords, region_code, created_by)
              VALUES (?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING RETURNING ${COLUMNS}`,
        args: [
          source.url,
          source.kind,
          source.keywords ? JSON.stringify(source.keywords) : null,
          source.regionCode,
          source.createdBy,
        ],
      });
      return rows[0] ? sourceOf(rows[0]) : null;
    },

    async remove(id) {
      const { rowsAffected } = await client.execute({
        sql: "DELETE FROM watch_sources WHERE id = ?",
        args: [id],
      });
      return rowsAffected > 0;
    },

    async due(now, limit) {
      const { rows } = await client.execute({
        sql: `SELECT ${COLUMNS} FROM watch_sources
              WHERE next_attempt_at IS NULL OR next_attempt_at <= ?
              ORDER BY coalesce(last_checked_at, '') , id LIMIT ?`,
        args: [now, limit],
      });
      return rows.map(sourceOf);
    },

    async recordCheck(id, check) {
      await client.execute(
        check.ok
          ? {
              sql: `UPDATE watch_sources SET etag = ?, last_modified = ?, failures = 0,
                      last_error = NULL, last_checked_at = ?, next_attempt_at = ? WHERE id = ?`,
              args: [check.etag, check.lastModified, check.checkedAt, check.nextAttemptAt, id],
            }
          : {
              sql: `UPDATE watch_sources SET failures = failures + 1, last_error = ?,
                      last_checked_at = ?, next_attempt_at = ? WHERE id = ?`,
              args: [check.error, check.checkedAt, check.nextAttemptAt, id],
            },
      );
    },
  };
}

function sourceOf(row: Row): WatchedSource {
  const keywords = nullableText(row, "keywords");
  return {
    id: numeric(row, "id"),
    url: text(row, "url"),
    // A CHECK constraint holds kind to SOURCE_KINDS.
    kind: text(row, "kind") as SourceKind,
    // Written only by add(), from a string array.
    keywords: keywords ? (JSON.parse(keywords) as string[]) : null,
    regionCode: nullableText(row, "region_code"),
    etag: nullableText(row, "etag"),
    lastModified: nullableText(row, "last_modified"),
    failures: numeric(row, "failures"),
    nextAttemptAt: nullableText(row, "next_attempt_at"),
    lastError: nullableText(row, "last_error"),
    lastCheckedAt: nullableText(row, "last_checked_at"),
    createdBy: text(row, "created_by"),
  };
}
