// The open draft: named in SQL, and read with what users see now beside each
// of its values. At most one release is a draft at a time (a unique index
// holds it), so statements in a batch that has just created the draft, or
// checked it with openDraftChange, can name it without knowing its id.

import type { Client } from "@libsql/client";
import { and, asc, desc, eq, isNull, or, type SQLWrapper, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { OpenDraft } from "../domain/admin/ports.ts";
import { auditLog, indicators, observations, releases, targets } from "./schema.ts";
import { releaseColumns } from "./selections.ts";
import { sent, type TypedDatabase, typed } from "./typed.ts";

/** The open draft's id, for a statement of a batch that created or checked it. */
export function openDraftId(db: TypedDatabase) {
  return sql<number>`${db.select({ id: releases.id }).from(releases).where(eq(releases.status, "draft"))}`;
}

/**
 * A draft's revision: the newest change recorded against it. Every change to a
 * draft writes audit rows under a new change id, its creation included.
 */
export function draftRevision(db: TypedDatabase, release: SQLWrapper | number) {
  return sql<number>`coalesce(${db
    .select({ newest: sql`MAX(${auditLog.changeId})` })
    .from(auditLog)
    .where(eq(auditLog.releaseId, release))}, 0)`.mapWith(Number);
}

const draftObservation = alias(observations, "draft_observation");
const draftTarget = alias(targets, "draft_target");

// "What users see now" is chosen as the facts query chooses: the newest
// published release that has the value.
function draftObservations(db: TypedDatabase) {
  const current = db
    .select({ value: observations.value })
    .from(observations)
    .innerJoin(
      releases,
      and(eq(releases.id, observations.releaseId), eq(releases.status, "published")),
    )
    .where(
      and(
        eq(observations.indicator, draftObservation.indicator),
        eq(observations.regionCode, draftObservation.regionCode),
      ),
    )
    .orderBy(desc(releases.asOf), desc(releases.id))
    .limit(1);
  return db
    .select({
      indicator: draftObservation.indicator,
      region: draftObservation.regionCode,
      value: draftObservation.value,
      sourceRank: draftObservation.sourceRank,
      current: sql<number | null>`${current}`,
    })
    .from(draftObservation)
    .innerJoin(indicators, eq(indicators.slug, draftObservation.indicator))
    .where(eq(draftObservation.releaseId, openDraftId(db)))
    .orderBy(asc(indicators.sortOrder), asc(draftObservation.regionCode));
}

function draftTargets(db: TypedDatabase) {
  const current = db
    .select({ value: targets.value })
    .from(targets)
    .leftJoin(releases, eq(releases.id, targets.releaseId))
    .where(
      and(
        eq(targets.indicator, draftTarget.indicator),
        eq(targets.year, draftTarget.year),
        eq(targets.scope, draftTarget.scope),
        or(isNull(targets.releaseId), eq(releases.status, "published")),
      ),
    )
    .orderBy(sql`${releases.id} IS NULL`, desc(releases.asOf), desc(releases.id))
    .limit(1);
  return db
    .select({
      indicator: draftTarget.indicator,
      year: draftTarget.year,
      value: draftTarget.value,
      current: sql<number | null>`${current}`,
    })
    .from(draftTarget)
    .innerJoin(indicators, eq(indicators.slug, draftTarget.indicator))
    .where(eq(draftTarget.releaseId, openDraftId(db)))
    .orderBy(asc(indicators.sortOrder), asc(draftTarget.year));
}

export async function readOpenDraft(client: Client): Promise<OpenDraft | null> {
  const { reader } = typed(client);
  const [release, observationRows, targetRows] = await sent(
    reader.batch([
      reader
        .select({ ...releaseColumns, revision: draftRevision(reader, releases.id) })
        .from(releases)
        .where(eq(releases.status, "draft")),
      draftObservations(reader),
      draftTargets(reader),
    ]),
  );
  const row = release[0];
  if (row === undefined) return null;
  const { revision, ...draft } = row;
  return { release: draft, revision, observations: observationRows, targets: targetRows };
}
