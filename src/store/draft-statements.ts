// The statements that change the open draft's contents, each preceded by the
// audit rows that record it. An audit row is written before its change so it
// can read the value being replaced: that old value is what undo restores.
// Rows travel as one JSON array unpacked with json_each, so an import of
// thousands of values is two statements, not thousands.

import type { InStatement } from "@libsql/client";
import type { Actor, DraftField, DraftMeta } from "../domain/admin/ports.ts";
import type { DraftObservation, DraftTarget } from "../domain/import/draft-data.ts";
import type { DatePrecision } from "../domain/types.ts";
import { CURRENT_CHANGE, INSERT_AUDIT } from "./audit.ts";
import { OPEN_DRAFT } from "./open-draft.ts";
import { RELEASE_COLUMNS } from "./rows.ts";

/** The scope of a target that does not say: the national target. */
export const TARGET_SCOPE = "national";

/** Columns an admin may edit, by field name: never spliced in from input. */
export const DRAFT_COLUMNS: Record<DraftField, string> = {
  asOf: "as_of",
  presentedOn: "presented_on",
  title: "title",
  source: "source",
  url: "url",
};

/** Returns the new release's row. The precision is what an import read of its data date. */
export function insertDraft(
  meta: DraftMeta,
  actor: Actor,
  asOfPrecision: DatePrecision = "day",
): InStatement {
  return {
    sql: `INSERT INTO releases (as_of, presented_on, title, source, url, status, created_by, as_of_precision)
          VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)
          RETURNING ${RELEASE_COLUMNS}`,
    args: [meta.asOf, meta.presentedOn, meta.title, meta.source, meta.url, actor, asOfPrecision],
  };
}

export function editDraft(field: DraftField, value: string | null, actor: Actor): InStatement[] {
  const column = DRAFT_COLUMNS[field];
  return [
    {
      sql: `${INSERT_AUDIT}
            SELECT ?1, 'update_draft', id, NULL, NULL, NULL, NULL, NULL,
                   json_object('field', ?2, 'old', ${column}, 'new', ?3), ${CURRENT_CHANGE}
            FROM releases WHERE id = ${OPEN_DRAFT}`,
      args: [actor, field, value],
    },
    { sql: `UPDATE releases SET ${column} = ? WHERE id = ${OPEN_DRAFT}`, args: [value] },
  ];
}

/**
 * Values written into the draft. An import replaces what the source said of
 * each value's rank; a single edit keeps it (a corrected typo in the highest
 * value is still the highest). The old rank rides in the audit detail. The
 * count and the evidence sentence come with the value: a value set by hand
 * has neither, since the old sentence no longer speaks for it.
 */
export function writeObservations(
  actor: Actor,
  action: "import" | "set_value",
  observations: DraftObservation[],
): InStatement[] {
  const rows = JSON.stringify(observations);
  const rank = action === "import" ? "excluded.source_rank" : "observations.source_rank";
  return [
    {
      sql: `${INSERT_AUDIT}
            SELECT ?1, ?2, ${OPEN_DRAFT}, json_extract(j.value, '$.indicator'),
                   json_extract(j.value, '$.region'), NULL, o.value, json_extract(j.value, '$.value'),
                   CASE WHEN o.source_rank IS NOT NULL
                        THEN json_object('oldSourceRank', o.source_rank) END,
                   ${CURRENT_CHANGE}
            FROM json_each(?3) j
            LEFT JOIN observations o
              ON o.release_id = ${OPEN_DRAFT}
             AND o.indicator = json_extract(j.value, '$.indicator')
             AND o.region_code = json_extract(j.value, '$.region')`,
      args: [actor, action, rows],
    },
    {
      // WHERE true: an upsert after INSERT … SELECT needs it to parse.
      sql: `INSERT INTO observations (release_id, indicator, region_code, value, source_rank, count, evidence)
            SELECT ${OPEN_DRAFT}, json_extract(value, '$.indicator'), json_extract(value, '$.region'),
                   json_extract(value, '$.value'), json_extract(value, '$.sourceRank'),
                   json_extract(value, '$.count'), json_extract(value, '$.evidence')
            FROM json_each(?) WHERE true
            ON CONFLICT (release_id, indicator, region_code)
            DO UPDATE SET value = excluded.value, source_rank = ${rank},
                          count = excluded.count, evidence = excluded.evidence`,
      args: [rows],
    },
  ];
}

export function removeObservation(
  actor: Actor,
  subject: { indicator: string; region: string },
): InStatement[] {
  const match = `release_id = ${OPEN_DRAFT} AND indicator = ? AND region_code = ?`;
  return [
    {
      sql: `${INSERT_AUDIT}
            SELECT ?, 'remove_value', release_id, indicator, region_code, NULL, value, NULL,
                   CASE WHEN source_rank IS NOT NULL
                        THEN json_object('oldSourceRank', source_rank) END,
                   ${CURRENT_CHANGE}
            FROM observations WHERE ${match}`,
      args: [actor, subject.indicator, subject.region],
    },
    { sql: `DELETE FROM observations WHERE ${match}`, args: [subject.indicator, subject.region] },
  ];
}

/** Targets by indicator, year and scope (national, or a region's own); the scope rides in the audit detail for undo. */
export function writeTargets(
  actor: Actor,
  action: "import" | "set_target",
  targets: DraftTarget[],
): InStatement[] {
  const rows = JSON.stringify(targets.map((t) => ({ ...t, scope: t.scope ?? TARGET_SCOPE })));
  return [
    {
      sql: `${INSERT_AUDIT}
            SELECT ?1, ?2, ${OPEN_DRAFT}, json_extract(j.value, '$.indicator'), NULL,
                   json_extract(j.value, '$.year'), t.value, json_extract(j.value, '$.value'),
                   json_object('scope', json_extract(j.value, '$.scope')),
                   ${CURRENT_CHANGE}
            FROM json_each(?3) j
            LEFT JOIN targets t
              ON t.release_id = ${OPEN_DRAFT}
             AND t.indicator = json_extract(j.value, '$.indicator')
             AND t.year = json_extract(j.value, '$.year')
             AND t.scope = json_extract(j.value, '$.scope')`,
      args: [actor, action, rows],
    },
    {
      sql: `INSERT INTO targets (indicator, year, scope, value, release_id)
            SELECT json_extract(value, '$.indicator'), json_extract(value, '$.year'),
                   json_extract(value, '$.scope'), json_extract(value, '$.value'), ${OPEN_DRAFT}
            FROM json_each(?1) WHERE true
            ON CONFLICT (indicator, year, scope, release_id) DO UPDATE SET value = excluded.value`,
      args: [rows],
    },
  ];
}
