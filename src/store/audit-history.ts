// Reading the audit log as changes: each change as its first row, with how many
// values and targets it touched (an import records one row per value).

import type { Client, InValue, Row } from "@libsql/client";
import type { AuditAction, AuditEntry, AuditHistory } from "../domain/admin/ports.ts";
import { nullableNumeric, nullableText, numeric, text } from "./rows.ts";

/** The changes whose ids the subquery selects, newest first. */
function changesWhere(changeIds: string): string {
  return `
    WITH changes AS (
      SELECT change_id, MIN(id) AS first_id, COUNT(region_code) AS observations,
             SUM(region_code IS NULL AND year IS NOT NULL) AS targets
      FROM audit_log
      WHERE change_id IN (${changeIds})
      GROUP BY change_id
    )
    SELECT a.change_id, a.at, a.actor, a.action, a.release_id, a.indicator, a.region_code,
           a.year, a.old_value, a.new_value, a.detail, a.undone, c.observations, c.targets
    FROM changes c JOIN audit_log a ON a.id = c.first_id
    ORDER BY a.change_id DESC`;
}

const RECENT = changesWhere(
  "SELECT DISTINCT change_id FROM audit_log ORDER BY change_id DESC LIMIT ?",
);

/** Creating the draft is not undone (discarding is); an undo is not undone either. */
const LAST_UNDOABLE = changesWhere(`
  SELECT change_id FROM audit_log
  WHERE release_id = ? AND undone = 0 AND action <> 'undo'
  ORDER BY change_id DESC LIMIT 1`);

export function createAuditHistory(client: Client): AuditHistory {
  return {
    async recent(limit) {
      return readChanges(client, RECENT, [limit]);
    },
  };
}

/** The newest change to a draft not undone yet, or null. */
export async function lastUndoableChange(
  client: Client,
  releaseId: number,
): Promise<AuditEntry | null> {
  const [change] = await readChanges(client, LAST_UNDOABLE, [releaseId]);
  return change ?? null;
}

async function readChanges(client: Client, sql: string, args: InValue[]): Promise<AuditEntry[]> {
  const { rows } = await client.execute({ sql, args });
  return rows.map(entryOf);
}

function entryOf(row: Row): AuditEntry {
  const detail = nullableText(row, "detail");
  return {
    changeId: numeric(row, "change_id"),
    at: text(row, "at"),
    actor: text(row, "actor"),
    // A CHECK constraint holds action to the domain's values.
    action: text(row, "action") as AuditAction,
    releaseId: nullableNumeric(row, "release_id"),
    indicator: nullableText(row, "indicator"),
    region: nullableText(row, "region_code"),
    year: nullableNumeric(row, "year"),
    oldValue: nullableNumeric(row, "old_value"),
    newValue: nullableNumeric(row, "new_value"),
    // Written only by this store, as JSON objects of AuditDetail.
    detail: detail === null ? {} : JSON.parse(detail),
    undone: numeric(row, "undone") === 1,
    observations: numeric(row, "observations"),
    targets: numeric(row, "targets"),
  };
}
