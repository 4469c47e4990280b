// The ChartFiles port over libSQL: one row per chart key, replaced when the
// chart is drawn again for a newer data version. The lookup reads the data
// version in the same statement, so it stays one round trip.

import type { Client } from "@libsql/client";
import { and, eq, gte, sql } from "drizzle-orm";
import type { ChartFiles } from "../domain/charts/ports.ts";
import { currentDataVersion } from "./data-version.ts";
import { chartFiles } from "./schema.ts";
import { excluded, sent, typed } from "./typed.ts";

export function createChartFiles(client: Client): ChartFiles {
  const { db } = typed(client);
  const current = currentDataVersion(db);
  // Prepared once: a chart request asks this before anything else.
  const find = db
    .select({
      dataVersion: current.version,
      fileId: chartFiles.fileId,
      caption: chartFiles.caption,
    })
    .from(current)
    .leftJoin(
      chartFiles,
      and(
        eq(chartFiles.chartKey, sql.placeholder("chartKey")),
        eq(chartFiles.dataVersion, current.version),
      ),
    )
    .prepare();

  return {
    async find(chartKey) {
      const row = await sent(find.get({ chartKey }));
      return {
        sent:
          row !== undefined && row.fileId !== null && row.caption !== null
            ? { fileId: row.fileId, caption: row.caption }
            : null,
        dataVersion: row?.dataVersion ?? 0,
      };
    },
    async save(chartKey, dataVersion, { fileId, caption }) {
      await sent(
        db
          .insert(chartFiles)
          .values({ chartKey, dataVersion, fileId, caption })
          .onConflictDoUpdate({
            target: chartFiles.chartKey,
            set: {
              dataVersion: excluded(chartFiles.dataVersion),
              fileId: excluded(chartFiles.fileId),
              caption: excluded(chartFiles.caption),
              createdAt: excluded(chartFiles.createdAt),
            },
            // A chart drawn for an older version never replaces a newer one.
            setWhere: gte(excluded(chartFiles.dataVersion), chartFiles.dataVersion),
          }),
      );
    },
  };
}
