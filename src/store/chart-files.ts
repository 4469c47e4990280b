// The ChartFiles port over libSQL: one row per chart key, replaced when the
// chart is drawn again for a newer data version. The lookup reads the data
// version in the same statement, so it stays one round trip.

import type { Client } from "@libsql/client";
import type { ChartFiles } from "../domain/charts/ports.ts";
import { nullableText, numeric, text } from "./rows.ts";

const FIND = `
  SELECT v.version AS data_version, c.file_id, c.caption
  FROM (SELECT COALESCE(
          (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'data_version'), 0) AS version) v
  LEFT JOIN chart_files c ON c.chart_key = ? AND c.data_version = v.version`;

const SAVE = `
  INSERT INTO chart_files (chart_key, data_version, file_id, caption) VALUES (?, ?, ?, ?)
  ON CONFLICT (chart_key) DO UPDATE SET
    data_version = excluded.data_version,
    file_id = excluded.file_id,
    caption = excluded.caption,
    created_at = excluded.created_at
  WHERE excluded.data_version >= chart_files.data_version`;

export function createChartFiles(client: Client): ChartFiles {
  return {
    async find(chartKey) {
      const { rows } = await client.execute({ sql: FIND, args: [chartKey] });
      const row = rows[0];
      const fileId = row ? nullableText(row, "file_id") : null;
      return {
        sent: row && fileId !== null ? { fileId, caption: text(row, "caption") } : null,
        dataVersion: row ? numeric(row, "data_version") : 0,
      };
    },
    async save(chartKey, dataVersion, { fileId, caption }) {
      await client.execute({ sql: SAVE, args: [chartKey, dataVersion, fileId, caption] });
    },
  };
}
