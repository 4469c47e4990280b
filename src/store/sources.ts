// The WatchSources port over libSQL: the feeds and pages admins watch, with
// the validators of their last good fetch and how checking has gone.

import type { Client } from "@libsql/client";
import { asc, eq, getTableColumns, isNull, lte, or, sql } from "drizzle-orm";
import type { WatchedSource, WatchSources } from "../domain/watch/ports.ts";
import { watchSources } from "./schema.ts";
import { sent, typed } from "./typed.ts";

const { createdAt: _createdAt, ...sourceColumns } = getTableColumns(watchSources);

type SourceRow = typeof watchSources.$inferSelect;

export function createWatchSources(client: Client): WatchSources {
  const { db } = typed(client);
  return {
    async list() {
      const rows = await sent(db.select(sourceColumns).from(watchSources).orderBy(watchSources.id));
      return rows.map(sourceOf);
    },

    async add(source) {
      const [row] = await sent(
        db
          .insert(watchSources)
          .values({
            url: source.url,
            kind: source.kind,
            keywords: source.keywords ? JSON.stringify(source.keywords) : null,
            regionCode: source.regionCode,
            createdBy: source.createdBy,
          })
          .onConflictDoNothing({ target: watchSources.url })
          .returning(sourceColumns),
      );
      return row ? sourceOf(row) : null;
    },

    async remove(id) {
      const { rowsAffected } = await sent(db.delete(watchSources).where(eq(watchSources.id, id)));
      return rowsAffected > 0;
    },

    async due(now, limit) {
      const rows = await sent(
        db
          .select(sourceColumns)
          .from(watchSources)
          .where(or(isNull(watchSources.nextAttemptAt), lte(watchSources.nextAttemptAt, now)))
          .orderBy(sql`coalesce(${watchSources.lastCheckedAt}, '')`, asc(watchSources.id))
          .limit(limit),
      );
      return rows.map(sourceOf);
    },

    async recordCheck(id, check) {
      await sent(
        db
          .update(watchSources)
          .set(
            check.ok
              ? {
                  etag: check.etag,
                  lastModified: check.lastModified,
                  failures: 0,
                  lastError: null,
                  lastCheckedAt: check.checkedAt,
                  nextAttemptAt: check.nextAttemptAt,
                }
              : {
                  failures: sql`${watchSources.failures} + 1`,
                  lastError: check.error,
                  lastCheckedAt: check.checkedAt,
                  nextAttemptAt: check.nextAttemptAt,
                },
          )
          .where(eq(watchSources.id, id)),
      );
    },
  };
}

function sourceOf({ keywords, ...row }: Omit<SourceRow, "createdAt">): WatchedSource {
  // Written only by add(), from a string array.
  return { ...row, keywords: keywords ? (JSON.parse(keywords) as string[]) : null };
}
