// The ReleaseCatalog port over libSQL: every release, and the values of one
// (or those users see now) for export.

import type { Client } from "@libsql/client";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { ReleaseCatalog } from "../domain/admin/ports.ts";
import { indicators, observations, regions, releases } from "./schema.ts";
import { releaseColumns } from "./selections.ts";
import { sent, type TypedDatabase, typed } from "./typed.ts";

const exportColumns = {
  regionName: regions.name,
  indicator: observations.indicator,
  value: observations.value,
};

/** One release's values, by region and the indicators' order. */
function releaseValues(db: TypedDatabase, releaseId: number) {
  return db
    .select(exportColumns)
    .from(observations)
    .innerJoin(regions, eq(regions.code, observations.regionCode))
    .innerJoin(indicators, eq(indicators.slug, observations.indicator))
    .where(eq(observations.releaseId, releaseId))
    .orderBy(asc(regions.code), asc(indicators.sortOrder));
}

/** What users see now: per (indicator, region), the newest published release that has it. */
function currentValues(db: TypedDatabase) {
  const ranked = db
    .select({
      ...exportColumns,
      code: regions.code,
      sortOrder: indicators.sortOrder,
      recency: sql<number>`ROW_NUMBER() OVER (
        PARTITION BY ${observations.indicator}, ${observations.regionCode}
        ORDER BY ${releases.asOf} DESC, ${releases.id} DESC)`.as("recency"),
    })
    .from(observations)
    .innerJoin(
      releases,
      and(eq(releases.id, observations.releaseId), eq(releases.status, "published")),
    )
    .innerJoin(regions, eq(regions.code, observations.regionCode))
    .innerJoin(indicators, eq(indicators.slug, observations.indicator))
    .as("ranked");
  return db
    .select({ regionName: ranked.regionName, indicator: ranked.indicator, value: ranked.value })
    .from(ranked)
    .where(eq(ranked.recency, 1))
    .orderBy(asc(ranked.code), asc(ranked.sortOrder));
}

export function createReleaseCatalog(client: Client): ReleaseCatalog {
  const { db, reader } = typed(client);
  return {
    async list() {
      return sent(
        db
          .select({
            ...releaseColumns,
            observations: db.$count(observations, eq(observations.releaseId, releases.id)),
          })
          .from(releases)
          .orderBy(desc(releases.asOf), desc(releases.id)),
      );
    },

    async exportRows(releaseId) {
      if (releaseId === undefined) return { ok: await sent(currentValues(db)) };
      const [release, values] = await sent(
        reader.batch([
          reader.select({ found: count() }).from(releases).where(eq(releases.id, releaseId)),
          releaseValues(reader, releaseId),
        ]),
      );
      if (release[0]?.found === 0) return { refused: { reason: "unknown-release", releaseId } };
      return { ok: values };
    },
  };
}
