// Audit rows and the changes that group them. A change is opened by counting
// meta.audit_change up; every audit row written after that in the same batch
// carries the count as its change_id, so undo reverts an import of hundreds of
// values as one change.

import { and, eq, exists, type SQL, sql } from "drizzle-orm";
import type { Actor, AuditAction, AuditDetail } from "../domain/admin/ports.ts";
import { draftRevision, openDraftId } from "./open-draft.ts";
import { auditLog, meta, releases } from "./schema.ts";
import type { TypedDatabase } from "./typed.ts";

/** The meta key counting changes. */
const AUDIT_CHANGE = "audit_change";

/** meta.audit_change counted up by one. */
const nextChange = sql`CAST(${meta.value} AS INTEGER) + 1`;

/** The change opened last in this batch. */
export function currentChange(db: TypedDatabase) {
  return sql<number>`${db
    .select({ change: sql`CAST(${meta.value} AS INTEGER)` })
    .from(meta)
    .where(eq(meta.key, AUDIT_CHANGE))}`;
}

/**
 * Opens a change when `condition` holds (always, without one), and otherwise
 * fails the whole batch: a NULL for meta's NOT NULL value turns "no" into a
 * rollback instead of a write.
 */
function openChangeWhen(db: TypedDatabase, condition?: SQL) {
  const first = condition === undefined ? sql`'1'` : sql`CASE WHEN ${condition} THEN '1' END`;
  const next =
    condition === undefined ? nextChange : sql`CASE WHEN ${condition} THEN ${nextChange} END`;
  return db
    .insert(meta)
    .values({ key: AUDIT_CHANGE, value: first })
    .onConflictDoUpdate({ target: meta.key, set: { value: next } });
}

/** Opens a change: every audit row after it in the same batch belongs to it. */
export function openChange(db: TypedDatabase) {
  return openChangeWhen(db);
}

/**
 * Opens a change to a draft, and fails the whole batch unless that draft is
 * still the open one and still at the revision it was read at: "published,
 * discarded or changed meanwhile" (a double-tapped button, a second admin)
 * becomes a rollback instead of a write over something the admin never saw.
 */
export function openDraftChange(db: TypedDatabase, releaseId: number, revision: number) {
  const stillOpen = exists(
    db
      .select({ id: releases.id })
      .from(releases)
      .where(and(eq(releases.id, releaseId), eq(releases.status, "draft"))),
  );
  return openChangeWhen(db, sql`${stillOpen} AND ${draftRevision(db, releaseId)} = ${revision}`);
}

/**
 * Opens a change, and fails the whole batch unless the statement just before
 * it changed exactly one row: the guard after an UPDATE conditioned on the
 * value it replaces (changes() reports the last completed statement).
 */
export function openChangeIfOneRowChanged(db: TypedDatabase) {
  return openChangeWhen(db, sql`changes() = 1`);
}

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
