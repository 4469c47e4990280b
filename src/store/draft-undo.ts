// Undoing one change to the open draft: every value it touched goes back to
// what its audit row recorded as the old value (none: the value is removed),
// the change is marked undone, and the undo itself is recorded.

import type { InStatement } from "@libsql/client";
import type { Actor, AuditEntry } from "../domain/admin/ports.ts";
import { auditRow } from "./audit.ts";
import { DRAFT_COLUMNS, TARGET_SCOPE } from "./draft-statements.ts";
import { OPEN_DRAFT } from "./open-draft.ts";

/** The change's audit rows of values (observations) and targets, by change_id ?1. */
const VALUE_ROWS = "FROM audit_log WHERE change_id = ?1 AND region_code IS NOT NULL";
const TARGET_ROWS =
  "FROM audit_log WHERE change_id = ?1 AND region_code IS NULL AND year IS NOT NULL";

/** Set-based, so undoing an import of thousands of values is a handful of statements. */
const REVERT_OBSERVATIONS = [
  `DELETE FROM observations
   WHERE release_id = ${OPEN_DRAFT}
     AND (indicator, region_code) IN (SELECT indicator, region_code ${VALUE_ROWS} AND old_value IS NULL)`,
  `INSERT INTO observations (release_id, indicator, region_code, value, source_rank)
   SELECT ${OPEN_DRAFT}, indicator, region_code, old_value, json_extract(detail, '$.oldSourceRank')
   ${VALUE_ROWS} AND old_value IS NOT NULL
   ON CONFLICT (release_id, indicator, region_code)
   DO UPDATE SET value = excluded.value, source_rank = excluded.source_rank`,
];

/** A target's scope is in its audit detail; rows written before scopes were recorded are national (?2). */
const TARGET_SCOPE_OF_ROW = "coalesce(json_extract(detail, '$.scope'), ?2)";
const REVERT_TARGETS = [
  `DELETE FROM targets
   WHERE release_id = ${OPEN_DRAFT}
     AND (indicator, year, scope) IN
         (SELECT indicator, year, ${TARGET_SCOPE_OF_ROW} ${TARGET_ROWS} AND old_value IS NULL)`,
  `INSERT INTO targets (indicator, year, scope, value, release_id)
   SELECT indicator, year, ${TARGET_SCOPE_OF_ROW}, old_value, ${OPEN_DRAFT}
   ${TARGET_ROWS} AND old_value IS NOT NULL
   ON CONFLICT (indicator, year, scope, release_id) DO UPDATE SET value = excluded.value`,
];

export function undoStatements(change: AuditEntry, actor: Actor): InStatement[] {
  const { field, old } = change.detail;
  const revert: InStatement[] =
    change.action === "update_draft" && field
      ? [
          {
            sql: `UPDATE releases SET ${DRAFT_COLUMNS[field]} = ? WHERE id = ${OPEN_DRAFT}`,
            args: [old ?? null],
          },
        ]
      : [
          ...REVERT_OBSERVATIONS.map((sql) => ({ sql, args: [change.changeId] })),
          ...REVERT_TARGETS.map((sql) => ({ sql, args: [change.changeId, TARGET_SCOPE] })),
        ];
  return [
    auditRow(actor, "undo", "open-draft", { detail: { undid: change.changeId } }),
    ...revert,
    { sql: "UPDATE audit_log SET undone = 1 WHERE change_id = ?", args: [change.changeId] },
  ];
}
