// Reading the audit log as changes: each change as its first row, with how many
// values and targets it touched (an import records one row per value).

import type { Client } from "@libsql/client";
import { and, desc, eq, inArray, ne, type SQLWrapper, sql } from "drizzle-orm";
import type { AuditDetail, AuditEntry, AuditHistory } from "../domain/admin/ports.ts";
import { auditLog } from "./schema.ts";
import { sent, type TypedDatabase, typed } from "./typed.ts";

/** The changes whose ids the subquery selects, newest first. */
async function readChanges(db: TypedDatabase, changeIds: SQLWrapper): Promise<AuditEntry[]> {
  const changes = db.$with("changes").as(
    db
      .select({
        changeId: auditLog.changeId,
        firstId: sql<number>`MIN(${auditLog.id})`.as("first_id"),
        observations: sql<number>`COUNT(${auditLog.regionCode})`.as("observations"),
        targets:
          sql<number>`SUM(${auditLog.regionCode} IS NULL AND ${auditLog.year} IS NOT NULL)`.as(
            "targets",
          ),
      })
      .from(auditLog)
      .where(inArray(auditLog.changeId, changeIds))
      .groupBy(auditLog.changeId),
  );
  const rows = await sent(
    db
      .with(changes)
      .select({
        changeId: auditLog.changeId,
        at: auditLog.at,
        actor: auditLog.actor,
        action: auditLog.action,
        releaseId: auditLog.releaseId,
        indicator: auditLog.indicator,
        region: auditLog.regionCode,
        year: auditLog.year,
        oldValue: auditLog.oldValue,
        newValue: auditLog.newValue,
        detail: auditLog.detail,
        undone: auditLog.undone,
        observations: changes.observations,
        targets: changes.targets,
      })
      .from(changes)
      .innerJoin(auditLog, eq(auditLog.id, changes.firstId))
      .orderBy(desc(auditLog.changeId)),
  );
  return rows.map(({ detail, observations, targets, ...row }) => ({
    ...row,
    // Written only by this store, as JSON objects of AuditDetail.
    detail: detail === null ? {} : (JSON.parse(detail) as AuditDetail),
    observations: Number(observations),
    targets: Number(targets),
  }));
}

export function createAuditHistory(client: Client): AuditHistory {
  const { db } = typed(client);
  return {
    async recent(limit) {
      return readChanges(
        db,
        db
          .selectDistinct({ changeId: auditLog.changeId })
          .from(auditLog)
          .orderBy(desc(auditLog.changeId))
          .limit(limit),
      );
    },
  };
}

/**
 * The newest change to a draft not undone yet, or null. Creating the draft is
 * not undone (discarding is); an undo is not undone either.
 */
export async function lastUndoableChange(
  client: Client,
  releaseId: number,
): Promise<AuditEntry | null> {
  const { db } = typed(client);
  const [change] = await readChanges(
    db,
    db
      .select({ changeId: auditLog.changeId })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.releaseId, releaseId),
          eq(auditLog.undone, false),
          ne(auditLog.action, "undo"),
        ),
      )
      .orderBy(desc(auditLog.changeId))
      .limit(1),
  );
  return change ?? null;
}
