// The open draft: named in SQL, and read with what users see now beside each
// of its values. At most one release is a draft at a time (a unique index
// holds it), so statements in a batch that has just created the draft, or
// checked it with beginDraftChange, can name it without knowing its id.

import type { Client, ResultSet } from "@libsql/client";
import type { OpenDraft } from "../domain/admin/ports.ts";
import type { SourceRank } from "../domain/types.ts";
import {
  nullableNumeric,
  nullableText,
  numeric,
  RELEASE_COLUMNS,
  releaseOf,
  text,
} from "./rows.ts";

export const OPEN_DRAFT = "(SELECT id FROM releases WHERE status = 'draft')";

/**
 * A draft's revision: the newest change recorded against it. Every change to a
 * draft writes audit rows under a new change id, its creation included.
 */
export function draftRevisionOf(releaseSql: string): string {
  return `coalesce((SELECT MAX(change_id) FROM audit_log WHERE release_id = ${releaseSql}), 0)`;
}

// "What users see now" is chosen as the facts query chooses: the newest
// published release that has the value.
const DRAFT_OBSERVATIONS = `
  SELECT d.indicator, d.region_code, d.value, d.source_rank,
         (SELECT o.value FROM observations o
          JOIN releases r ON r.id = o.release_id AND r.status = 'published'
          WHERE o.indicator = d.indicator AND o.region_code = d.region_code
          ORDER BY r.as_of DESC, r.id DESC LIMIT 1) AS current
  FROM observations d
  JOIN indicators i ON i.slug = d.indicator
  WHERE d.release_id = ${OPEN_DRAFT}
  ORDER BY i.sort_order, d.region_code`;

const DRAFT_TARGETS = `
  SELECT d.indicator, d.year, d.value,
         (SELECT t.value FROM targets t
          LEFT JOIN releases r ON r.id = t.release_id
          WHERE t.indicator = d.indicator AND t.year = d.year AND t.scope = d.scope
            AND (t.release_id IS NULL OR r.status = 'published')
          ORDER BY r.id IS NULL, r.as_of DESC, r.id DESC LIMIT 1) AS current
  FROM targets d
  JOIN indicators i ON i.slug = d.indicator
  WHERE d.release_id = ${OPEN_DRAFT}
  ORDER BY i.sort_order, d.year`;

export async function readOpenDraft(client: Client): Promise<OpenDraft | null> {
  const [release, observations, targets] = (await client.batch(
    [
      `SELECT ${RELEASE_COLUMNS}, ${draftRevisionOf("releases.id")} AS revision
       FROM releases WHERE status = 'draft'`,
      DRAFT_OBSERVATIONS,
      DRAFT_TARGETS,
    ],
    "read",
  )) as [ResultSet, ResultSet, ResultSet];
  const row = release.rows[0];
  if (row === undefined) return null;
  return {
    release: releaseOf(row),
    revision: numeric(row, "revision"),
    observations: observations.rows.map((o) => ({
      indicator: text(o, "indicator"),
      region: text(o, "region_code"),
      value: numeric(o, "value"),
      // A CHECK constraint holds source_rank to the domain's values.
      sourceRank: nullableText(o, "source_rank") as SourceRank | null,
      current: nullableNumeric(o, "current"),
    })),
    targets: targets.rows.map((t) => ({
      indicator: text(t, "indicator"),
      year: numeric(t, "year"),
      value: numeric(t, "value"),
      current: nullableNumeric(t, "current"),
    })),
  };
}
