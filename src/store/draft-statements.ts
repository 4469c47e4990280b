// The statements that change the open draft's contents, each preceded by the
// audit rows that record it. An audit row is written before its change so it
// can read the value being replaced: that old value is what undo restores.
// Rows travel as one JSON array unpacked with json_each, so an import of
// thousands of values is two statements, not thousands.

import { and, eq, is, SQL, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Actor, AuditAction, DraftField, DraftMeta } from "../domain/admin/ports.ts";
import type { DraftObservation, DraftTarget } from "../domain/import/draft-data.ts";
import type { DatePrecision } from "../domain/types.ts";
import { currentChange } from "./audit.ts";
import { openDraftId } from "./open-draft.ts";
import { auditLog, observations, releases, targets } from "./schema.ts";
import { releaseColumns } from "./selections.ts";
import { excluded, isoNow, type TypedDatabase } from "./typed.ts";

/** The scope of a target that does not say: the national target. */
export const TARGET_SCOPE = "national";

/** Columns an admin may edit, by field name: never spliced in from input. */
export const DRAFT_COLUMNS = {
  asOf: releases.asOf,
  presentedOn: releases.presentedOn,
  title: releases.title,
  source: releases.source,
  url: releases.url,
} satisfies Record<DraftField, unknown>;

/**
 * The rows of a JSON array as a FROM source: json_each's own columns (`value`,
 * the element) are not the schema's, so they are named here, once.
 */
function jsonRows(json: string): SQL {
  return sql`json_each(${json}) AS j`;
}

/** A member of the current JSON element (`$.indicator`), the path bound as a value. */
function member(name: string): SQL {
  return sql`json_extract(j.value, ${`$.${name}`})`;
}

/** The JSON object {key: value}, or NULL when value is NULL. */
function objectUnlessNull(key: string, value: Expression): SQL {
  return sql`CASE WHEN ${value} IS NOT NULL THEN json_object(${key}, ${value}) END`;
}

/**
 * The select list of an INSERT … SELECT: each expression named (drizzle wants
 * a name for what is not a column), in the order given, the table's.
 */
export function named<T extends Record<string, SQL | AnySQLiteColumn>>(
  fields: T,
): { [K in keyof T]: T[K] extends SQL<infer V> ? SQL.Aliased<V> : T[K] } {
  const entries = Object.entries(fields).map(([key, field]) => [
    key,
    is(field, SQL) ? field.as(key) : field,
  ]);
  return Object.fromEntries(entries) as {
    [K in keyof T]: T[K] extends SQL<infer V> ? SQL.Aliased<V> : T[K];
  };
}

type Expression = SQL | AnySQLiteColumn;

interface AuditSelection {
  actor: string;
  action: AuditAction;
  releaseId: Expression;
  indicator?: Expression;
  regionCode?: Expression;
  year?: Expression;
  oldValue?: Expression;
  newValue?: Expression;
  detail?: Expression;
}

/** Every column of an audit row of the current change, in the table's order, for INSERT … SELECT. */
export function auditColumns(db: TypedDatabase, row: AuditSelection) {
  const absent = sql`NULL`;
  return named({
    id: absent,
    at: isoNow,
    actor: sql`${row.actor}`,
    action: sql`${row.action}`,
    releaseId: row.releaseId,
    indicator: row.indicator ?? absent,
    regionCode: row.regionCode ?? absent,
    year: row.year ?? absent,
    oldValue: row.oldValue ?? absent,
    newValue: row.newValue ?? absent,
    changeId: currentChange(db),
    detail: row.detail ?? absent,
    undone: sql`0`,
  });
}

/**
 * An audit row for each row of the JSON array, with the value it replaces:
 * the row of `table` it matches (`replaced`), if there is one.
 */
function auditEachRow(
  db: TypedDatabase,
  rows: string,
  audit: AuditSelection,
  table: typeof observations | typeof targets,
  replaced: SQL | undefined,
) {
  return db
    .insert(auditLog)
    .select(db.select(auditColumns(db, audit)).from(jsonRows(rows)).leftJoin(table, replaced));
}

/** The JSON array's rows as `fields`, the source of an INSERT … SELECT. */
function eachRow<T extends Record<string, SQL | AnySQLiteColumn>>(
  db: TypedDatabase,
  rows: string,
  fields: T,
) {
  return (
    db
      .select(named(fields))
      .from(jsonRows(rows))
      // An upsert after INSERT … SELECT needs a WHERE to parse.
      .where(sql`true`)
  );
}

/** Returns the new release's row. The precision is what an import read of its data date. */
export function insertDraft(
  db: TypedDatabase,
  meta: DraftMeta,
  actor: Actor,
  asOfPrecision: DatePrecision = "day",
) {
  return db
    .insert(releases)
    .values({
      asOf: meta.asOf,
      presentedOn: meta.presentedOn,
      title: meta.title,
      source: meta.source,
      url: meta.url,
      status: "draft",
      createdBy: actor,
      asOfPrecision,
    })
    .returning(releaseColumns);
}

export function editDraft(
  db: TypedDatabase,
  field: DraftField,
  value: string | null,
  actor: Actor,
) {
  const column = DRAFT_COLUMNS[field];
  return [
    db.insert(auditLog).select(
      db
        .select(
          auditColumns(db, {
            actor,
            action: "update_draft",
            releaseId: releases.id,
            detail: sql`json_object('field', ${field}, 'old', ${column}, 'new', ${value})`,
          }),
        )
        .from(releases)
        .where(eq(releases.id, openDraftId(db))),
    ),
    setDraftField(db, field, value),
  ] as const;
}

/** Sets one descriptive field of the open draft. */
export function setDraftField(db: TypedDatabase, field: DraftField, value: string | null) {
  // The domain refuses an empty required field; a NULL that slipped through fails NOT NULL.
  const change = { [field]: value } as Partial<Record<DraftField, string>>;
  return db
    .update(releases)
    .set(change)
    .where(eq(releases.id, openDraftId(db)));
}

/**
 * Values written into the draft. An import replaces what the source said of
 * each value's rank; a single edit keeps it (a corrected typo in the highest
 * value is still the highest). The old rank rides in the audit detail. The
 * count and the evidence sentence come with the value: a value set by hand
 * has neither, since the old sentence no longer speaks for it.
 */
export function writeObservations(
  db: TypedDatabase,
  actor: Actor,
  action: "import" | "set_value",
  values: DraftObservation[],
) {
  const rows = JSON.stringify(values);
  const draft = openDraftId(db);
  return [
    auditEachRow(
      db,
      rows,
      {
        actor,
        action,
        releaseId: draft,
        indicator: member("indicator"),
        regionCode: member("region"),
        oldValue: observations.value,
        newValue: member("value"),
        detail: objectUnlessNull("oldSourceRank", observations.sourceRank),
      },
      observations,
      and(
        eq(observations.releaseId, draft),
        eq(observations.indicator, member("indicator")),
        eq(observations.regionCode, member("region")),
      ),
    ),
    db
      .insert(observations)
      .select(
        eachRow(db, rows, {
          releaseId: draft,
          indicator: member("indicator"),
          regionCode: member("region"),
          value: member("value"),
          sourceRank: member("sourceRank"),
          corrected: sql`0`,
          count: member("count"),
          evidence: member("evidence"),
        }),
      )
      .onConflictDoUpdate({
        target: [observations.releaseId, observations.indicator, observations.regionCode],
        set: {
          value: excluded(observations.value),
          ...(action === "import" ? { sourceRank: excluded(observations.sourceRank) } : {}),
          count: excluded(observations.count),
          evidence: excluded(observations.evidence),
        },
      }),
  ] as const;
}

export function removeObservation(
  db: TypedDatabase,
  actor: Actor,
  subject: { indicator: string; region: string },
) {
  const match = and(
    eq(observations.releaseId, openDraftId(db)),
    eq(observations.indicator, subject.indicator),
    eq(observations.regionCode, subject.region),
  );
  return [
    db.insert(auditLog).select(
      db
        .select(
          auditColumns(db, {
            actor,
            action: "remove_value",
            releaseId: observations.releaseId,
            indicator: observations.indicator,
            regionCode: observations.regionCode,
            oldValue: observations.value,
            detail: objectUnlessNull("oldSourceRank", observations.sourceRank),
          }),
        )
        .from(observations)
        .where(match),
    ),
    db.delete(observations).where(match),
  ] as const;
}

/** Targets by indicator, year and scope (national, or a region's own); the scope rides in the audit detail for undo. */
export function writeTargets(
  db: TypedDatabase,
  actor: Actor,
  action: "import" | "set_target",
  values: DraftTarget[],
) {
  const rows = JSON.stringify(values.map((t) => ({ ...t, scope: t.scope ?? TARGET_SCOPE })));
  const draft = openDraftId(db);
  return [
    auditEachRow(
      db,
      rows,
      {
        actor,
        action,
        releaseId: draft,
        indicator: member("indicator"),
        year: member("year"),
        oldValue: targets.value,
        newValue: member("value"),
        detail: sql`json_object('scope', ${member("scope")})`,
      },
      targets,
      and(
        eq(targets.releaseId, draft),
        eq(targets.indicator, member("indicator")),
        eq(targets.year, member("year")),
        eq(targets.scope, member("scope")),
      ),
    ),
    db
      .insert(targets)
      .select(
        eachRow(db, rows, {
          id: sql`NULL`,
          indicator: member("indicator"),
          year: member("year"),
          scope: member("scope"),
          value: member("value"),
          source: sql`NULL`,
          releaseId: draft,
        }),
      )
      .onConflictDoUpdate({
        target: [targets.indicator, targets.year, targets.scope, targets.releaseId],
        set: { value: excluded(targets.value) },
      }),
  ] as const;
}
