// The ReleaseCatalog port over libSQL: every release, and the values of one
// (or those users see now) for export.

import type { Client, Row } from "@libsql/client";
import type { ExportRow, ReleaseCatalog } from "../domain/admin/ports.ts";
import { numeric, RELEASE_COLUMNS, releaseOf, text } from "./rows.ts";

const RELEASES = `
  SELECT ${RELEASE_COLUMNS},
         (SELECT COUNT(*) FROM observations o WHERE o.release_id = releases.id) AS observations
  FROM releases
  ORDER BY as_of DESC, id DESC`;

const RELEASE_VALUES = `
  SELECT g.name, o.indicator, o.value
  FROM observations o
  JOIN regions g ON g.code = o.region_code
  JOIN indicators i ON i.slug = o.indicator
  WHERE o.release_id = ?
  ORDER BY g.code, i.sort_order`;

/** What users see now: per (indicator, region), the newest published release that has it. */
const CURRENT_VALUES = `
  SELECT name, indicator, value
  FROM (
    SELECT g.code, g.name, o.indicator, o.value, i.sort_order,
           ROW_NUMBER() OVER (
             PARTITION BY o.indicator, o.region_code ORDER BY r.as_of DESC, r.id DESC
           ) AS recency
    FROM observations o
    JOIN releases r ON r.id = o.release_id AND r.status = 'published'
    JOIN regions g ON g.code = o.region_code
    JOIN indicators i ON i.slug = o.indicator
  )
  WHERE recency = 1
  ORDER BY code, sort_order`;

export function createReleaseCatalog(client: Client): ReleaseCatalog {
  return {
    async list() {
      const { rows } = await client.execute(RELEASES);
      return rows.map((row) => ({ ...releaseOf(row), observations: numeric(row, "observations") }));
    },

    async exportRows(releaseId) {
      if (releaseId === undefined) {
        return { ok: (await client.execute(CURRENT_VALUES)).rows.map(exportRowOf) };
      }
      const [release, values] = await client.batch(
        [
          { sql: "SELECT 1 FROM releases WHERE id = ?", args: [releaseId] },
          { sql: RELEASE_VALUES, args: [releaseId] },
        ],
        "read",
      );
      if (release?.rows.length === 0) return { refused: { reason: "unknown-release", releaseId } };
      return { ok: (values?.rows ?? []).map(exportRowOf) };
    },
  };
}

function exportRowOf(row: Row): ExportRow {
  return {
    regionName: text(row, "name"),
    indicator: text(row, "indicator"),
    value: numeric(row, "value"),
  };
}
