// Audit rows and the changes that group them. A change is opened by counting
// meta.audit_change up; every audit row written after that in the same batch
// carries the count as its change_id, so undo reverts an import of hundreds of
// values as one change.

import type { InStatement, InValue } from "@libsql/client";
import { eq, sql } from "drizzle-orm";
import type { Actor, AuditAction, AuditDetail } from "../domain/admin/ports.ts";
import { draftRevisionOf, OPEN_DRAFT } from "./open-draft.ts";
import { auditLog, meta, releases } from "./schema.ts";
import type { TypedDatabase } from "./typed.ts";

/** The meta key counting changes. */
const AUDIT_CHANGE = "audit_change";

const NEXT_CHANGE = "CAST(value AS INTEGER) + 1";

/** The change opened last in this batch. */
export const CURRENT_CHANGE =
  "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'audit_change')";

export const INSERT_AUDIT = `
  INSERT INTO audit_log
    (actor, action, release_id, indicator, region_code, year, old_value, new_value, detail,
     change_id)`;

/** Opens a change: every audit row after it in the same batch belongs to it. */
export const beginChange: InStatement = `
  INSERT INTO meta (key, value) VALUES ('audit_change', '1')
  ON CONFLICT (key) DO UPDATE SET value = ${NEXT_CHANGE}`;

/**
 * Opens a change to a draft, and fails the whole batch unless that draft is
 * still the open one and still at the revision it was read at: a NULL for the
 * counter's NOT NULL column turns "published, discarded or changed meanwhile"
 * (a double-tapped button, a second admin) into a rollback instead of a write
 * over something the admin never saw.
 */
export function beginDraftChange(releaseId: number, revision: number): InStatement {
  const stillAsRead = `EXISTS (SELECT 1 FROM releases WHERE id = ?1 AND status = 'draft')
    AND ${draftRevisionOf("?1")} = ?2`;
  return {
    sql: `
      INSERT INTO meta (key, value) VALUES ('audit_change', CASE WHEN ${stillAsRead} THEN '1' END)
      ON CONFLICT (key) DO UPDATE SET value = CASE WHEN ${stillAsRead} THEN ${NEXT_CHANGE} END`,
    args: [releaseId, revision],
  };
}

/**
 * Opens a change, and fails the whole batch unless the statement just before
 * it changed exactly one row: the guard after an UPDATE conditioned on the
 * value it replaces (changes() reports the last completed statement).
 */
export const beginChangeIfOneRowChanged: InStatement = `
  INSERT INTO meta (key, value) VALUES ('audit_change', CASE WHEN changes() = 1 THEN '1' END)
  ON CONFLICT (key) DO UPDATE SET value = CASE WHEN changes() = 1 THEN ${NEXT_CHANGE} END`;

export interface AuditFields {
  indicator?: string;
  region?: string;
  year?: number;
  oldValue?: number;
  newValue?: number;
  detail?: AuditDetail;
}

/**
 * One audit row of the current change, with values known before the batch.
 * `release` is a release id, the open draft, or none (editor changes).
 */
export function auditRow(
  actor: Actor,
  action: AuditAction,
  release: number | "open-draft" | null,
  fields: AuditFields = {},
): InStatement {
  const releaseSql = release === "open-draft" ? OPEN_DRAFT : "?";
  const args: InValue[] = [
    actor,
    action,
    ...(release === "open-draft" ? [] : [release]),
    fields.indicator ?? null,
    fields.region ?? null,
    fields.year ?? null,
    fields.oldValue ?? null,
    fields.newValue ?? null,
    fields.detail ? JSON.stringify(fields.detail) : null,
  ];
  return {
    sql: `${INSERT_AUDIT} VALUES (?, ?, ${releaseSql}, ?, ?, ?, ?, ?, ?, ${CURRENT_CHANGE})`,
    args,
  };
}

// The same statements through drizzle's builder, for the repositories converted to it.

/** meta.audit_change counted up by one, as a text value again. */
const nextChange = sql`CAST(${meta.value} AS INTEGER) + 1`;

/** The change opened last in this batch. */
export function currentChange(db: TypedDatabase) {
  return sql<number>`(${db
    .select({ change: sql`CAST(${meta.value} AS INTEGER)` })
    .from(meta)
    .where(eq(meta.key, AUDIT_CHANGE))})`;
}

/** Opens a change: every audit row after it in the same batch belongs to it. */
export function openChange(db: TypedDatabase) {
  return db
    .insert(meta)
    .values({ key: AUDIT_CHANGE, value: "1" })
    .onConflictDoUpdate({ target: meta.key, set: { value: nextChange } });
}

/**
 * Opens a change, and fails the whole batch unless the statement just before
 * it changed exactly one row: the guard after an UPDATE conditioned on the
 * value it replaces (changes() reports the last completed statement). A NULL
 * for the NOT NULL value turns "not exactly one" into a rollback.
 */
export function openChangeIfOneRowChanged(db: TypedDatabase) {
  const oneRow = sql`changes() = 1`;
  return db
    .insert(meta)
    .values({ key: AUDIT_CHANGE, value: sql`CASE WHEN ${oneRow} THEN '1' END` })
    .onConflictDoUpdate({
      target: meta.key,
      set: { value: sql`CASE WHEN ${oneRow} THEN ${nextChange} END` },
    });
}

/** The open draft's id, for a statement of a batch that created or checked it. */
export function openDraftId(db: TypedDatabase) {
  return sql<number>`(${db
    .select({ id: releases.id })
    .from(releases)
    .where(eq(releases.status, "draft"))})`;
}

/** One audit row of the current change, with values known before the batch. */
export function auditEntry(
  db: TypedDatabase,
  actor: Actor,
  action: AuditAction,
  release: number | "open-draft" | null,
  fields: AuditFields = {},
) {
  return db.insert(auditLog).values({
    actor,
    action,
    releaseId: release === "open-draft" ? openDraftId(db) : release,
    indicator: fields.indicator ?? null,
    regionCode: fields.region ?? null,
    year: fields.year ?? null,
    oldValue: fields.oldValue ?? null,
    newValue: fields.newValue ?? null,
    detail: fields.detail ? JSON.stringify(fields.detail) : null,
    changeId: currentChange(db),
  });
}
