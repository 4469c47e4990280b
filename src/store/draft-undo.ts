// Undoing one change to the open draft: every value it touched goes back to
// what its audit row recorded as the old value (none: the value is removed),
// the change is marked undone, and the undo itself is recorded.

import { and, eq, inArray, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import type { Actor, AuditEntry } from "../domain/admin/ports.ts";
import { auditEntry } from "./audit.ts";
import { named, setDraftField, TARGET_SCOPE } from "./draft-statements.ts";
import { openDraftId } from "./open-draft.ts";
import { auditLog, observations, targets } from "./schema.ts";
import { excluded, type TypedDatabase } from "./typed.ts";

/** Set-based, so undoing an import of thousands of values is a handful of statements. */
function revertObservations(db: TypedDatabase, changeId: number) {
  const draft = openDraftId(db);
  /** The change's audit rows of values (observations). */
  const valueRows = (oldValue: SQL) =>
    and(eq(auditLog.changeId, changeId), isNotNull(auditLog.regionCode), oldValue);
  return [
    db.delete(observations).where(
      and(
        eq(observations.releaseId, draft),
        inArray(
          sql`(${observations.indicator}, ${observations.regionCode})`,
          db
            .select({ indicator: auditLog.indicator, regionCode: auditLog.regionCode })
            .from(auditLog)
            .where(valueRows(isNull(auditLog.oldValue))),
        ),
      ),
    ),
    db
      .insert(observations)
      .select(
        db
          .select(
            named({
              releaseId: draft,
              indicator: auditLog.indicator,
              regionCode: auditLog.regionCode,
              value: auditLog.oldValue,
              sourceRank: sql`json_extract(${auditLog.detail}, '$.oldSourceRank')`,
              corrected: sql`0`,
              count: sql`NULL`,
              evidence: sql`NULL`,
            }),
          )
          .from(auditLog)
          .where(valueRows(isNotNull(auditLog.oldValue))),
      )
      .onConflictDoUpdate({
        target: [observations.releaseId, observations.indicator, observations.regionCode],
        set: {
          value: excluded(observations.value),
          sourceRank: excluded(observations.sourceRank),
        },
      }),
  ] as const;
}

function revertTargets(db: TypedDatabase, changeId: number) {
  const draft = openDraftId(db);
  /** A target's scope is in its audit detail; rows written before scopes were recorded are national. */
  const scopeOfRow = sql`coalesce(json_extract(${auditLog.detail}, '$.scope'), ${TARGET_SCOPE})`;
  const targetRows = (oldValue: SQL) =>
    and(
      eq(auditLog.changeId, changeId),
      isNull(auditLog.regionCode),
      isNotNull(auditLog.year),
      oldValue,
    );
  return [
    db.delete(targets).where(
      and(
        eq(targets.releaseId, draft),
        inArray(
          sql`(${targets.indicator}, ${targets.year}, ${targets.scope})`,
          db
            .select({
              indicator: auditLog.indicator,
              year: auditLog.year,
              scope: scopeOfRow.as("scope"),
            })
            .from(auditLog)
            .where(targetRows(isNull(auditLog.oldValue))),
        ),
      ),
    ),
    db
      .insert(targets)
      .select(
        db
          .select(
            named({
              id: sql`NULL`,
              indicator: auditLog.indicator,
              year: auditLog.year,
              scope: scopeOfRow,
              value: auditLog.oldValue,
              source: sql`NULL`,
              releaseId: draft,
            }),
          )
          .from(auditLog)
          .where(targetRows(isNotNull(auditLog.oldValue))),
      )
      .onConflictDoUpdate({
        target: [targets.indicator, targets.year, targets.scope, targets.releaseId],
        set: { value: excluded(targets.value) },
      }),
  ] as const;
}

export function undoStatements(db: TypedDatabase, change: AuditEntry, actor: Actor) {
  const { field, old } = change.detail;
  const revert =
    change.action === "update_draft" && field
      ? [setDraftField(db, field, old ?? null)]
      : [...revertObservations(db, change.changeId), ...revertTargets(db, change.changeId)];
  return [
    auditEntry(db, actor, "undo", "open-draft", { detail: { undid: change.changeId } }),
    ...revert,
    db.update(auditLog).set({ undone: true }).where(eq(auditLog.changeId, change.changeId)),
  ] as const;
}
